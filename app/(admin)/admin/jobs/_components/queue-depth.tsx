import type { QueueDepth } from '@/lib/jobs/admin-queries';

const FIGURES: [keyof QueueDepth, string][] = [
  ['ready', 'Due, waiting for a worker'],
  ['running', 'Running'],
  ['scheduled', 'Scheduled later'],
  ['retrying', 'Failed, will retry'],
  ['permanentlyFailed', 'Failed for good'],
];

/** The queue in five numbers: a growing "due" count means the workers are not keeping up (or not running). */
export function QueueDepthSummary({ depth }: { depth: QueueDepth }) {
  return (
    <section aria-labelledby="queue-depth" className="rounded-2xl border border-line bg-white p-4">
      <h2 id="queue-depth" className="text-xl font-bold">
        Queue
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-4 sm:grid-cols-5">
        {FIGURES.map(([key, label]) => (
          <div key={key}>
            <dt className="text-sm text-ink-soft">{label}</dt>
            <dd className="text-2xl font-bold">{depth[key].toLocaleString('en-US')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
