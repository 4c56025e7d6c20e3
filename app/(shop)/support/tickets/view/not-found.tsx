import { DeadLink } from '@/components/links/dead-link';

/** A conversation link that is wrong, altered, expired or replaced by a newer one. It says no more than that. */
export default function TicketLinkNotFound() {
  return (
    <DeadLink
      what="conversation"
      fresh={{ href: '/support#contact', label: 'write to us again', rest: '(mention your reference) and we will pick it up.' }}
    />
  );
}
