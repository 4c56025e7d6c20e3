/** The icons in public/icons.svg, one file the browser caches, so a page's markup and RSC payload carry only a reference. */
export type IconName = 'logo' | 'search' | 'guarantee' | 'shipping' | 'checkout' | 'support';

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={className} aria-hidden="true" focusable="false">
      <use href={`/icons.svg#${name}`} />
    </svg>
  );
}
