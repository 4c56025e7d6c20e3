/**
 * The one gate for text that reaches an e-mail. Anything a customer typed (a name, a subject, a message) can carry
 * CR/LF or other control characters: in a header they would start a new header (a Bcc:, a second body), and in the
 * body they hide or reorder text. `renderEmail` and `enqueueEmail` pass every string through these.
 */

// C0 and C1 controls (includes TAB, CR, LF), DEL, the Unicode line and paragraph separators, and the bidi overrides
// that make a name read backwards ("Alex\u202Egnp.exe").
const HEADER_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, but newline and tab are the body's own.
const BODY_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One line, fit for a header or a subject: controls become spaces, runs of spaces collapse. */
export function headerText(value: string): string {
  return value.replace(HEADER_UNSAFE, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A body: CRLF and lone CR become newlines; other controls are removed. */
export function bodyText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(BODY_UNSAFE, '');
}
