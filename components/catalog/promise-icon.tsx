import type { PromiseId } from '@/lib/site';

const paths: Record<PromiseId, string> = {
  guarantee: 'M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3zm-3.5 9.5l2.5 2.5 4.5-5',
  shipping: 'M3 7h11v8H3zM14 10h4l3 3v2h-7M7 18.5a1.5 1.5 0 100-3 1.5 1.5 0 000 3zm10 0a1.5 1.5 0 100-3 1.5 1.5 0 000 3z',
  checkout: 'M6 10V8a6 6 0 1112 0v2M5 10h14v10H5zM12 14v2',
  support: 'M4 12a8 8 0 1116 0v4a2 2 0 01-2 2h-2v-6h4M4 12v4a2 2 0 002 2h2v-6H4',
};

export function PromiseIcon({ id, className = 'h-6 w-6' }: { id: PromiseId; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[id]} />
    </svg>
  );
}
