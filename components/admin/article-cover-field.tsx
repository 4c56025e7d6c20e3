import Image from 'next/image';
import { TextField } from '@/components/ui/text-field';
import { COVER_KINDS, COVER_MAX_BYTES } from '@/lib/content/schemas';
import { acceptOf, describeKinds, formatBytes } from '@/lib/storage/format';

const HINT = `A ${describeKinds(COVER_KINDS)}, up to ${formatBytes(COVER_MAX_BYTES)}. Wide pictures (about 16:9) look best.`;

/** The cover: what is there now, a file to replace it, and a way to remove it. */
export function ArticleCoverField({
  current,
  errors,
  removeChecked,
}: {
  current: string | null;
  errors?: string[];
  removeChecked: boolean;
}) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 font-semibold">Cover image</legend>
      {current && (
        <div className="flex flex-col gap-2">
          <Image
            src={current}
            alt="The current cover image"
            width={320}
            height={180}
            unoptimized
            className="h-auto w-full max-w-xs rounded-lg border border-line object-cover"
          />
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="removeCover" defaultChecked={removeChecked} className="size-5 accent-teal" />
            Remove the cover image
          </label>
        </div>
      )}
      <TextField
        label={current ? 'Replace it with' : 'Upload a cover'}
        labelClassName="font-normal"
        hint={HINT}
        name="coverImage"
        type="file"
        accept={acceptOf(COVER_KINDS)}
        errors={errors}
      />
    </fieldset>
  );
}
