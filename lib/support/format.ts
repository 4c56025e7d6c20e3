import type { TicketStatus, TicketTopic } from '@/lib/db/generated/enums';

/** Ticket references read as SUP-3107. */
export function formatTicketNumber(number: number): string {
  return `SUP-${number}`;
}

export function parseTicketNumber(input: string): number | null {
  const match = /SUP-?(\d{1,9})/i.exec(input);
  return match ? Number(match[1]) : null;
}

/** Replies to SUP-3107 go to support+SUP-3107@…: the reference travels in the address. */
export function replyAddress(supportAddress: string, number: number): string {
  const [local, domain] = supportAddress.split('@');
  return `${local}+${formatTicketNumber(number)}@${domain}`;
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
