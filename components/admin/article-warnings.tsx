import { FieldError } from '@/components/ui/field';

/**
 * The content guard's findings (lib/content/claims-guard.ts) for the saved
 * text, or for the text just refused at "Publish": claim words, a missing
 * safety pointer, a short red-flag list, a promise the store does not keep.
 */
export function ArticleWarnings({ saved, refused }: { saved: string[]; refused?: string[] }) {
  const warnings = refused ?? saved;
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="content-warnings" className="rounded-xl border-2 border-accent bg-accent-light p-4">
      <h2 id="content-warnings" className="text-lg font-bold">
        Check before publishing ({warnings.length})
      </h2>
      <p className="mt-1 text-sm">
        A health article beside a Buy button must not promise outcomes, must point to the safety answer when it suggests belly or
        front-of-hip work, and must list every red flag if it lists any.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm" data-testid="content-warnings">
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      <label className="mt-3 flex items-center gap-2 font-medium">
        <input type="checkbox" name="acknowledgeWarnings" />I have checked these: publish anyway
      </label>
      {refused && <FieldError id="acknowledgeWarnings" errors={['Tick the box to publish with these warnings, or edit the text.']} />}
    </section>
  );
}
