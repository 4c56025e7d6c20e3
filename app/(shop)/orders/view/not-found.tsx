import { DeadLink } from '@/components/links/dead-link';

/** An order link that is wrong, altered, expired or replaced by a newer one. It says no more than that. */
export default function OrderLinkNotFound() {
  return <DeadLink what="order" fresh={{ href: '/orders/lookup', label: 'get a fresh link', rest: 'by e-mail with your order number.' }} />;
}
