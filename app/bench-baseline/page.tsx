import type { Metadata } from 'next';
import { Counter } from './counter';

/**
 * The benchmark's baseline: the least a prerendered page of this build can be
 * (root layout, one tiny client component). `npm run bench` compares the
 * store's pages with it; it is not linked from anywhere and not indexed.
 */
export const metadata: Metadata = { title: 'Benchmark baseline', robots: { index: false } };

export default function BenchBaselinePage() {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-bold">Benchmark baseline</h1>
      <p className="mt-2">A bare prerendered page with one client component.</p>
      <Counter />
    </main>
  );
}
