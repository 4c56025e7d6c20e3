import Link from 'next/link';
import { formatDuration } from '@/lib/support/format';
import type { SupportMetricsDto } from '@/lib/support/metrics';
import { BarChart, describeBars, type ChartBar } from './bar-chart';

const HOUR = 3_600_000;
const cardClass = 'flex min-w-0 flex-col gap-3 rounded-2xl border border-line bg-white p-5';

/** Support over the last 7 days: volume per day, median first response against the target, and satisfaction. */
export function SupportCharts({ metrics }: { metrics: SupportMetricsDto }) {
  const { volume, firstResponse, satisfaction } = metrics;
  const opened = volume.reduce((n, d) => n + d.count, 0);
  const volumeBars: ChartBar[] = volume.map((d) => ({
    label: d.label,
    tick: [d.label.split(', ')[0]!, d.label.split(', ')[1] ?? ''],
    value: d.count,
  }));
  const median = firstResponse.medianMs;
  const responseBars: ChartBar[] = [
    ...(median === null ? [] : [{ label: 'Median first response', tick: ['Median'], value: median, display: formatDuration(median) }]),
    { label: 'Target', tick: ['Target'], value: firstResponse.targetHours * HOUR, display: `${firstResponse.targetHours} h` },
  ];
  const rated = satisfaction.good + satisfaction.bad;
  const percent = satisfaction.rate === null ? null : Math.round(satisfaction.rate * 100);
  const ratingBars: ChartBar[] = [
    { label: 'Good', value: satisfaction.good },
    { label: 'Bad', value: satisfaction.bad },
  ];
  return (
    <section aria-labelledby="support-health" className="mt-8">
      <h2 id="support-health" className="text-xl font-bold">
        Support, last 7 days
      </h2>
      <div className="mt-3 grid gap-4 xl:grid-cols-3">
        <div className={cardClass}>
          <h3 className="font-semibold">Tickets opened</h3>
          <p className="text-3xl font-bold">{opened}</p>
          <BarChart
            title="Tickets opened per day, last 7 days"
            summary={`Tickets opened per day, last 7 days, ${opened} in all. ${describeBars(volumeBars)}.`}
            bars={volumeBars}
            labelHeader="Day"
            valueHeader="Tickets opened"
          />
        </div>
        <div className={cardClass}>
          <h3 className="font-semibold">Median first response</h3>
          <p className="text-3xl font-bold">{median === null ? 'No replies yet' : formatDuration(median)}</p>
          <p className="text-sm text-ink-soft">
            Over {firstResponse.answered === 1 ? '1 ticket' : `${firstResponse.answered} tickets`} first answered this week; the target is{' '}
            {firstResponse.targetHours} hours.
          </p>
          <BarChart
            title="Median first response against the target"
            summary={`Median first response against the target: ${describeBars(responseBars)}.`}
            bars={responseBars}
            labelHeader="Measure"
            valueHeader="Time"
          />
        </div>
        <div className={cardClass}>
          <h3 className="font-semibold">Satisfaction</h3>
          <p className="text-3xl font-bold">{percent === null ? 'No ratings yet' : `${percent}% good`}</p>
          <p className="text-sm text-ink-soft">{rated === 1 ? '1 rating' : `${rated} ratings`} given this week.</p>
          <BarChart
            title="Ratings this week"
            summary={`Ratings this week: ${describeBars(ratingBars)}${percent === null ? '' : `, ${percent}% good`}.`}
            bars={ratingBars}
            labelHeader="Rating"
            valueHeader="Tickets"
          />
        </div>
      </div>
      <p className="mt-3">
        <Link href="/admin/support">Open the support inbox</Link>
      </p>
    </section>
  );
}
