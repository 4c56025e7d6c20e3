import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/email/render';
import { bodyText, headerText } from '@/lib/email/sanitize';
import { ticketAcknowledgementEmail, ticketReplyEmail } from '@/lib/email/ticket-emails';

const hostileNames = [
  'Alex\r\nBcc: victim@example.test',
  'Alex\nSubject: You won',
  'Alex\u0000\u0007\u001b[31m',
  'Alex\u2028Line\u2029Para',
  'Alex\u202Egnp.exe',
  'Alex\u0085Next',
];

describe('control characters never reach an e-mail header, subject or single-line block', () => {
  it('strips CR, LF, NUL, ESC, C1, line separators and bidi overrides from header text', () => {
    for (const name of hostileNames) expect(headerText(name)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(headerText('Alex\r\nBcc: victim@example.test')).toBe('Alex Bcc: victim@example.test');
    expect(headerText('  Sam \t Lee  ')).toBe('Sam Lee');
  });

  it('keeps newlines and tabs in bodies, folds CRLF and lone CR, and drops the other controls', () => {
    expect(bodyText('Line one\r\nLine two\rLine three\n\tindented')).toBe('Line one\nLine two\nLine three\n\tindented');
    expect(bodyText('Hi\u0000 there\u001b[31m\u202E')).toBe('Hi there[31m');
  });

  it('renders a hostile name and subject into one-line headings and subjects, and a message into clean paragraphs', () => {
    for (const name of hostileNames) {
      const ack = ticketAcknowledgementEmail({ number: 'SUP-1', name: `${name} Back`, url: 'http://localhost/x' });
      const heading = ack.text.split('\n')[0]!;
      expect(heading.startsWith('Thanks, Alex')).toBe(true);
      expect(heading).not.toMatch(/[\u0000-\u001f\u2028\u202e]/);
      expect(ack.subject).toBe('[SUP-1] Your QL Claw support request');
    }
    const reply = ticketReplyEmail({
      number: 'SUP-1',
      staffName: 'Sam\r\nBcc: x@y.test',
      body: 'Hello\u0000\r\nWorld',
      url: 'http://localhost/x',
    });
    expect(reply.text).toContain('Hello\nWorld');
    expect(reply.text).toContain('Sam Bcc: x@y.test, QL Claw support');
    expect(reply.text).not.toMatch(/[\u0000\r]/);
    const rendered = renderEmail({
      subject: 'Order\r\nBcc: a@b.test',
      preheader: 'p\n',
      blocks: [{ kind: 'rows', rows: [['Name', 'A\nB']] }],
    });
    expect(rendered.subject).toBe('Order Bcc: a@b.test');
    expect(rendered.text).toContain('Name: A B');
  });
});
