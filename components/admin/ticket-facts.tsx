import type { TicketDetailDto } from '@/lib/support/admin-queries';
import { TOPIC_LABELS } from '@/lib/support/format';
import { formatDuration } from '@/lib/support/format';
import { Card, Fact, Facts, When } from './detail-card';
import { HistoryCard } from './history-card';

/** Topic, order, response and resolution times, and the rating. */
export function TicketTimes({ ticket, targetHours }: { ticket: TicketDetailDto; targetHours: number }) {
  return (
    <Card id="times" title="Details and times">
      <Facts>
        <Fact label="Topic">{TOPIC_LABELS[ticket.topic]}</Fact>
        <Fact label="Order">{ticket.orderNumber ?? <span className="text-ink-soft">None named</span>}</Fact>
        <Fact label="Opened">
          <When at={ticket.dates.created} />
        </Fact>
        <Fact label="First response">
          {ticket.firstResponseMs === null ? (
            <span className={ticket.breaching ? 'font-semibold text-accent' : 'text-ink-soft'}>
              {ticket.breaching ? `None yet: over the ${targetHours}-hour target` : 'None yet'}
            </span>
          ) : (
            <>
              {formatDuration(ticket.firstResponseMs)}
              {ticket.firstResponseMs > targetHours * 3_600_000 && (
                <span className="text-accent"> (over the {targetHours}-hour target)</span>
              )}
            </>
          )}
        </Fact>
        <Fact label="Resolution">
          {ticket.resolutionMs === null ? <span className="text-ink-soft">Not solved</span> : formatDuration(ticket.resolutionMs)}
        </Fact>
        {ticket.rating && (
          <Fact label="Rating">
            {ticket.rating.value === 'GOOD' ? 'Good' : 'Bad'}
            {ticket.rating.comment && <span className="block text-sm text-ink-soft">“{ticket.rating.comment}”</span>}
          </Fact>
        )}
      </Facts>
    </Card>
  );
}

/** Every recorded change, who made it and when. */
export function TicketHistory({ events }: { events: TicketDetailDto['events'] }) {
  return <HistoryCard events={events} />;
}
