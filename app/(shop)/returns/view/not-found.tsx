import { DeadLink } from '@/components/links/dead-link';

/** A return link that is wrong, altered, expired or replaced by a newer one. It says no more than that. */
export default function ReturnLinkNotFound() {
  return (
    <DeadLink
      what="return"
      fresh={{ href: '/orders/lookup', label: 'get a fresh link to your order', rest: 'by e-mail: its page lists its returns.' }}
    />
  );
}
