export interface ChartBar {
  /** In full, for the table and screen readers: "Mon, Jun 1". */
  label: string;
  /** Lines under the bar, short: ["Mon", "Jun 1"]. Defaults to the label. */
  tick?: string[];
  value: number;
  /** The value in words: "3 h 5 min". Defaults to the number. */
  display?: string;
}

const BAR = 40;
const GAP = 20;
const PLOT = 120;
const TOP = 24;
const AXIS = 40;

/**
 * A server-rendered bar chart: an SVG whose aria-label summarises the data
 * (`summary`), and the same numbers as a visually hidden table for screen
 * readers that explore tables. Values are printed on the bars, so nothing is
 * told by height or colour alone.
 */
export function BarChart({
  title,
  summary,
  bars,
  labelHeader,
  valueHeader,
}: {
  title: string;
  summary: string;
  bars: ChartBar[];
  labelHeader: string;
  valueHeader: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = bars.length * (BAR + GAP) + GAP;
  const height = TOP + PLOT + AXIS;
  return (
    <figure className="flex flex-col gap-2">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-md"
        preserveAspectRatio="xMinYMid meet"
      >
        <line x1={GAP / 2} x2={width - GAP / 2} y1={TOP + PLOT} y2={TOP + PLOT} className="stroke-line" strokeWidth={2} />
        {bars.map((bar, i) => {
          const h = bar.value > 0 ? Math.max(2, (bar.value / max) * PLOT) : 0;
          const x = GAP + i * (BAR + GAP);
          const cx = x + BAR / 2;
          return (
            <g key={bar.label}>
              <rect x={x} y={TOP + PLOT - h} width={BAR} height={h} rx={4} className="fill-teal" />
              <text x={cx} y={TOP + PLOT - h - 6} textAnchor="middle" fontSize={12} fontWeight={700} className="fill-ink">
                {bar.display ?? bar.value}
              </text>
              {(bar.tick ?? [bar.label]).map((line, j) => (
                <text key={j} x={cx} y={TOP + PLOT + 16 + j * 14} textAnchor="middle" fontSize={11} className="fill-ink-soft">
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.display ?? bar.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** "Mon, Jun 1: 3; Tue, Jun 2: 0". */
export function describeBars(bars: ChartBar[]): string {
  return bars.map((b) => `${b.label}: ${b.display ?? b.value}`).join('; ');
}
