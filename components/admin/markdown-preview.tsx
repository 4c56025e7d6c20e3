'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import { renderMarkdown } from '@/lib/content/format';
import { TextAreaField } from '@/components/ui/text-area-field';

/**
 * The Markdown body with a live preview beside it, rendered by the same
 * sanitising renderer as the blog. Before JavaScript loads it is a plain
 * textarea (and the preview of what was saved), so the form still submits.
 */
export function MarkdownPreview({
  id,
  name,
  label,
  hint,
  defaultValue,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  defaultValue: string;
  errors?: string[];
}) {
  const [source, setSource] = useState(defaultValue);
  // Typing stays responsive on long articles: the preview catches up between keystrokes.
  const deferred = useDeferredValue(source);
  const html = useMemo(() => renderMarkdown(deferred).html, [deferred]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextAreaField
        id={id}
        name={name}
        label={label}
        hint={hint}
        value={source}
        onChange={(event) => setSource(event.target.value)}
        rows={20}
        required
        spellCheck
        errors={errors}
        className="min-h-80 flex-1 font-mono text-sm leading-6"
      />
      <div className="flex flex-col gap-1.5">
        <p id={`${id}-preview`} className="font-semibold">
          Preview
        </p>
        <div
          role="region"
          aria-labelledby={`${id}-preview`}
          // Focusable so keyboard users can scroll a long preview.
          tabIndex={0}
          className="prose-store max-h-[40rem] min-h-80 overflow-y-auto rounded-lg border border-line bg-white px-4 py-2 text-base"
          // Sanitised by renderMarkdown: no scripts, event handlers or javascript: links survive it.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      </div>
    </div>
  );
}
