import type { Availability } from '@/lib/catalog/policy';

export function StockNote({ availability }: { availability: Availability }) {
  if (availability.kind === 'out-of-stock') return <span className="font-semibold text-accent">Out of stock</span>;
  if (availability.kind === 'low-stock') return <span className="font-semibold text-accent">Only {availability.left} left</span>;
  return <span className="text-teal-dark">In stock</span>;
}
