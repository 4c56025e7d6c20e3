import { CHECK_FIRST, NEVER_OVER, PRESSURE_RULES } from '@/lib/content/labels';

/** The deep-pressure safety rules, beside "Add to cart" on the product page: where the decision is made. */
export function SafetyRules() {
  return (
    <section
      aria-labelledby="who-shouldnt-use-it-heading"
      id="who-shouldnt-use-it"
      className="rounded-2xl border-2 border-accent bg-accent-light p-5"
    >
      <h2 id="who-shouldnt-use-it-heading" className="font-serif text-2xl font-bold">
        Who shouldn&apos;t use it?
      </h2>
      <p className="mt-2">Check with a doctor or physio before you use QL Claw if you:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {CHECK_FIRST.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mt-3">Never use it over:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {NEVER_OVER.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mt-3">{PRESSURE_RULES.front}</p>
      <p className="mt-2">{PRESSURE_RULES.back}</p>
      <p className="mt-2">{PRESSURE_RULES.kidney}</p>
    </section>
  );
}
