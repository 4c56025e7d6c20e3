import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { SelectField } from '@/components/ui/select-field';
import { StatusBadge } from '@/components/ui/status-badge';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';

describe('cn', () => {
  it('lets a later class beat an earlier one that sets the same thing, and keeps the rest', () => {
    // The class order is the input under test; the Tailwind plugin would sort it.
    // prettier-ignore
    expect(cn('min-h-11 px-6 py-2.5 bg-teal', 'px-3', false && 'hidden', { 'text-sm': true })).toBe('min-h-11 py-2.5 bg-teal px-3 text-sm');
  });
});

describe('form primitives', () => {
  it('ties a text field to its label, hint and error', () => {
    const html = renderToStaticMarkup(
      h(TextField, { label: 'E-mail', name: 'email', hint: 'We answer here.', errors: ['Enter an e-mail address.'] }),
    );
    expect(html).toContain('<label for="field-email"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="field-email-hint field-email-error"');
    expect(html).toContain('<p id="field-email-error" class="text-sm font-medium text-accent">Enter an e-mail address.</p>');
  });

  it('leaves a field without errors valid, and keeps a description given from outside', () => {
    const html = renderToStaticMarkup(
      h(
        SelectField,
        { id: 'saved-reply', label: 'Saved reply', name: 'reply', 'aria-describedby': 'saved-reply-hint' },
        h('option', { value: '' }, 'Choose one…'),
      ),
    );
    expect(html).not.toContain('aria-invalid="');
    expect(html).toContain('aria-describedby="saved-reply-hint"');
    expect(html).toContain('<option value="">Choose one…</option>');
  });

  it('lets className override the control’s defaults', () => {
    const html = renderToStaticMarkup(h(TextAreaField, { label: 'Body', name: 'body', className: 'min-h-80 text-sm' }));
    expect(html).toMatch(/<textarea[^>]* class="[^"]*min-h-80 text-sm"/);
    expect(html).not.toContain('min-h-11');
    expect(renderToStaticMarkup(h(Button, { className: 'px-4' }, 'Save'))).not.toContain('px-6');
    expect(renderToStaticMarkup(h(StatusBadge, { tone: 'info', className: 'px-3' }, 'Open'))).not.toContain('px-2.5');
  });

  it('renders the submit button as a plain, enabled submit button before any submission', () => {
    const html = renderToStaticMarkup(h(SubmitButton, { pendingLabel: 'Saving…' }, 'Save changes'));
    expect(html).toMatch(/^<button type="submit" class="[^"]*">Save changes<\/button>$/);
  });
});
