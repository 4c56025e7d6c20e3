import type { Metadata } from 'next';
import { CheckEmail } from './_components/check-email';

export const metadata: Metadata = { title: 'Thank you', robots: { index: false } };

/** Where a return with an unknown or expired checkout lands: it shows nothing about any order. */
export default function CheckoutSuccessPage() {
  return <CheckEmail />;
}
