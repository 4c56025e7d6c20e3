import Image from 'next/image';
import { COVER_KINDS, COVER_MAX_BYTES } from '@/lib/content/schemas';
import { acceptOf, describeKinds, formatBytes } from '@/lib/storage/sniff';
import { describedBy, FieldError } from './article-fields';

const HINT = `A ${describeKinds(COVER_KINDS)}, up to ${formatBytes(COVER_MAX_BYTES)}. Wide pictures (about 16:9) look best.`;

/** The cover: what is there now, a file to replace it, and a way to remove it. */
export function ArticleCoverField({ current, errors, removeChecked }: { current: string | null; errors?: string[]; removeChecked: boolean }) {
  const id = 'field-coverImage';
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-semibold">Cover image</legend>
      {current && (
        <div className="flex flex-col gap-2">
          <Image src={current} alt="The current cover image" width={320} height={180} unoptimized className="h-auto w-full max-w-xs rounded-lg border border-line object-cover" />
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="removeCover" defaultChecked={removeChecked} className="size-5 accent-teal" />
            Remove the cover image
          </label>
        </div>
      )}
      <div className="flex flex-col gap-1.5">
        <label htmlFor={id}>{current ? 'Replace it with' : 'Upload a cover'}</label>
        <p id={`${id}-hint`} className="text-sm text-ink-soft">{HINT}</p>
        <input
          id={id}
          name="coverImage"
          type="file"
          accept={acceptOf(COVER_KINDS)}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, HINT, errors)}
          className="min-h-11 rounded-lg border border-ink-soft/40 bg-white px-3 py-2 text-base file:mr-3 file:rounded-full file:border-0 file:bg-teal-light file:px-4 file:py-1.5 file:font-semibold file:text-teal-dark aria-invalid:border-accent"
        />
        <FieldError id={id} errors={errors} />
      </div>
    </fieldset>
  );
}
