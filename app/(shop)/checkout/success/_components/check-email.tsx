import Link from 'next/link';

/** What a browser sees without proof that it paid: no name, address or e-mail, only where to look. */
export function CheckEmail({ number }: { number?: string }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6">
      <h1 className="font-serif text-4xl font-bold">Check your e-mail</h1>
      <p className="mt-4 text-lg text-ink-soft">
        {number ? `If you placed order ${number}, ` : 'If you paid, '}
        your confirmation e-mail has your order and a link to it. You can also <Link href="/orders/lookup">look up an order</Link>.
      </p>
    </div>
  );
}
