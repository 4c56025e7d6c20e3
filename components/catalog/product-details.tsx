import Link from 'next/link';
import type { ProductDto } from '@/lib/catalog/queries';

/** What's in the box, specs, how to use it on each muscle, and the FAQ. */
export function ProductDetails({ product }: { product: ProductDto }) {
  return (
    <div className="mt-10 flex flex-col gap-10">
      {product.usage.length > 0 && (
        <section aria-labelledby="how-to-use">
          <h2 id="how-to-use" className="font-serif text-2xl font-bold">
            How to use it on each muscle
          </h2>
          <ul className="mt-4 flex flex-col gap-4">
            {product.usage.map((entry) => (
              <li key={entry.muscle} className="rounded-2xl border border-line bg-white p-5">
                <h3 className="font-bold">{entry.title}</h3>
                <p className="mt-1 text-ink-soft">{entry.steps}</p>
                <p className="mt-2 text-sm">
                  <Link href={`/muscles/${entry.muscle}`} className="font-semibold">
                    More on the {entry.title.toLowerCase()}: where it is and when to see a professional
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="specs">
        <h2 id="specs" className="font-serif text-2xl font-bold">
          In the box and specs
        </h2>
        <dl className="mt-4 grid gap-4">
          {product.inTheBox.length > 0 && (
            <div>
              <dt className="font-semibold">What&apos;s in the box</dt>
              <dd>
                <ul className="mt-1 list-disc pl-6">
                  {product.inTheBox.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {product.dimensions && (
            <div>
              <dt className="font-semibold">Dimensions</dt>
              <dd>{product.dimensions}</dd>
            </div>
          )}
          {product.materials && (
            <div>
              <dt className="font-semibold">Materials</dt>
              <dd>{product.materials}</dd>
            </div>
          )}
        </dl>
      </section>
      {product.faq.length > 0 && (
        <section aria-labelledby="faq">
          <h2 id="faq" className="font-serif text-2xl font-bold">
            Questions
          </h2>
          <div className="mt-4 flex flex-col gap-2">
            {product.faq.map((entry) => (
              <details key={entry.question} className="rounded-xl border border-line bg-white p-4">
                <summary className="cursor-pointer font-semibold">{entry.question}</summary>
                <p className="mt-2 text-ink-soft">{entry.answer}</p>
              </details>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
