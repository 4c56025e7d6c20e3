import Link from 'next/link';
import { redFlagsBy, URGENCY_LEAD } from '@/lib/content/labels';
import { muscles, promiseWording, storeTerms } from '@/lib/site';

const card = 'rounded-2xl border border-line bg-white p-6';

/** Short answers to what people ask most, before they write to us. */
export function HelpTopics() {
  return (
    <div className="mt-6 grid gap-6 md:grid-cols-2">
      <section aria-labelledby="help-shipping" className={card}>
        <h3 id="help-shipping" className="text-lg font-bold">
          Shipping and delivery
        </h3>
        <p className="mt-2">
          We ship fast, with tracking, to {storeTerms.countryCount} countries. {promiseWording.deliveryTimes} When your parcel leaves us you
          get an e-mail with its tracking link, and the same link sits on your order&apos;s page.
        </p>
      </section>
      <section aria-labelledby="help-returns" className={card}>
        <h3 id="help-returns" className="text-lg font-bold">
          Returns and the 60-day guarantee
        </h3>
        <p className="mt-2">
          {promiseWording.guaranteeInDetail} Signed in? Start from <Link href="/account/returns">your returns</Link>. Ordered as a guest?{' '}
          <Link href="/orders/lookup">Find your order</Link> and start the return from its page.
        </p>
      </section>
      <section aria-labelledby="help-using" className={card}>
        <h3 id="help-using" className="text-lg font-bold">
          Using QL Claw on each muscle
        </h3>
        <p className="mt-2">Each guide shows where the muscle is, how it feels when it is tight, and how to work on it with QL Claw:</p>
        <ul className="mt-2 flex flex-col gap-1">
          {muscles.map((muscle) => (
            <li key={muscle.slug}>
              <Link href={`/muscles/${muscle.slug}`}>{muscle.name}</Link>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm">
          Before you start, read <Link href="/products/ql-claw#who-shouldnt-use-it">who shouldn&apos;t use it</Link>.
        </p>
        <div className="mt-2 text-sm text-ink-soft">
          <p>QL Claw is a massage tool, not a medical device, and our answers are not medical advice.</p>
          <p className="mt-1">
            {URGENCY_LEAD['same-day']}{' '}
            {redFlagsBy('same-day')
              .map((flag) => flag.text)
              .join('; ')}
            .
          </p>
          <p className="mt-1">
            {URGENCY_LEAD.prompt}{' '}
            {redFlagsBy('prompt')
              .map((flag) => flag.text)
              .join('; ')}
            .
          </p>
        </div>
      </section>
      <section aria-labelledby="help-orders" className={card}>
        <h3 id="help-orders" className="text-lg font-bold">
          Orders and payment
        </h3>
        <p className="mt-2">
          Checkout is secure and encrypted: your card details go to our payment provider and never reach us. Your receipt arrives by e-mail;
          see your orders in <Link href="/account/orders">your account</Link> or <Link href="/orders/lookup">look one up</Link> with its
          number.
        </p>
      </section>
    </div>
  );
}
