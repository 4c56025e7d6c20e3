import { redFlagsBy, URGENCY_LEAD } from '@/lib/content/labels';

/** The note every health article and guide carries: not advice, and every red flag with its urgency. */
export function MedicalNotice({ subject = 'This article' }: { subject?: string }) {
  return (
    <aside aria-labelledby="red-flags" className="mt-12 rounded-2xl border-2 border-accent bg-accent-light p-6">
      <h2 id="red-flags" className="text-xl font-bold">
        When to call a doctor, not reach for a tool
      </h2>
      <p className="mt-2 font-semibold">{URGENCY_LEAD['same-day']}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="red-flags-same-day">
        {redFlagsBy('same-day').map((flag) => (
          <li key={flag.id}>{flag.text}</li>
        ))}
      </ul>
      <p className="mt-4">{URGENCY_LEAD.prompt}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="red-flags-prompt">
        {redFlagsBy('prompt').map((flag) => (
          <li key={flag.id}>{flag.text}</li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-ink-soft">
        {subject} shares experience and general information. It is not medical advice, and QL Claw is a massage tool, not a medical device.
        If your back pain keeps coming back, have it assessed by a back-pain professional.
      </p>
    </aside>
  );
}
