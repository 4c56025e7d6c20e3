import { Card, When } from './detail-card';

/** Every recorded change to a return or ticket: what, when and who. */
export function HistoryCard({ events }: { events: { message: string; at: Date; actor: string | null }[] }) {
  return (
    <Card id="history" title="History">
      {events.length === 0 ? (
        <p className="text-ink-soft">Nothing recorded yet.</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {events.map((event, i) => (
            <li key={i} className="border-l-2 border-teal pl-3">
              <p>{event.message}</p>
              <p className="text-sm text-ink-soft">
                <When at={event.at} /> · {event.actor ?? 'System'}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
