import type { TicketStatus, TicketTopic } from '@/lib/db/generated/enums';

/** Ticket references read as SUP-3107. */
export function formatTicketNumber(number: number): string {
  return `SUP-${number}`;
}

export function parseTicketNumber(input: string): number | null {
  const match = /SUP-?(\d{1,9})/i.exec(input);
  return match ? Number(match[1]) : null;
}

export const TOPIC_LABELS: Record<TicketTopic, string> = {
  SHIPPING: 'Shipping and delivery',
  RETURNS: 'Returns and the 60-day guarantee',
  USING: 'Using QL Claw on a muscle',
  ORDERS: 'Orders and payment',
  OTHER: 'Something else',
};

export const STATUS_LABELS: Record<TicketStatus, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING_CUSTOMER: 'Waiting for you',
  SOLVED: 'Solved',
  CLOSED: 'Closed',
};

/** "under a minute", "45 min", "3 h 5 min", "2 days 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} days ${hours % 24} h` : `${days} days`;
}

/** A ticket's age in the inbox: "3 h", "2 days". */
export function formatAge(hours: number): string {
  if (hours < 1) return 'Under 1 h';
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
