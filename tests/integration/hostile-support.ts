import { expect } from 'vitest';
import type { ActionResult } from '@/lib/action-result';
import { db } from '@/lib/db';
import { run } from '../support/next-navigation';

/**
 * Shared by the hostile-input tests (not a test file itself): the strings an
 * attacker sends, the forms built from them, a cookie jar standing in for the
 * request's cookies, and the check that a refused attempt changed nothing.
 */
export const cookieJar = new Map<string, string>();

export async function nextHeaders() {
  const base = await import('../support/next-headers');
  return {
    ...base,
    cookies: async () => ({
      get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
      set: (name: string, value: string) => void cookieJar.set(name, value),
      delete: (name: string) => void cookieJar.delete(name),
    }),
  };
}

/** What every field of every public form is tried with. `refuse`: no form may accept it. */
export const HOSTILE_STRINGS: Record<string, string> = {
  nul: 'hello\u0000world',
  'lone surrogate': 'broken \uD800 text',
  '10,000 characters': 'a'.repeat(10_000),
  'RTL marks': '\u202Egnp.exe\u202C \u200F\u200E',
  'SQL-ish': '\'; DROP TABLE "Order"; --',
  empty: '',
};
// FormData holds USVStrings: a lone surrogate is already U+FFFD when an action reads it (run-action screens for it anyway).
const MUST_REFUSE = new Set(['nul', '10,000 characters']);

export interface HostileCase {
  label: string;
  /** Built when the test runs, so a filling may use what `beforeAll` made (an order, a signed link). */
  form: () => FormData;
  mustRefuse: boolean;
}

/**
 * Each of `fields` in the filling `base` replaced by each hostile string, by
 * a file (a wrong type), repeated with a NUL, and the form with nothing in
 * it. `lenient` fields replace anything odd with a default by design (a
 * sign-in's callbackUrl becomes /account).
 */
export function hostileCases(
  fields: readonly string[],
  base: () => Record<string, string>,
  lenient: readonly string[] = [],
): HostileCase[] {
  const cases: HostileCase[] = [{ label: 'no fields at all', form: () => new FormData(), mustRefuse: true }];
  for (const field of fields) {
    for (const [kind, text] of Object.entries(HOSTILE_STRINGS)) {
      const mustRefuse = MUST_REFUSE.has(kind) && (kind === 'nul' || !lenient.includes(field));
      cases.push({ label: `${field}: ${kind}`, form: () => toForm({ ...base(), [field]: text }), mustRefuse });
    }
    const wrongType = () => {
      const form = toForm(base());
      form.set(field, new File(['{"$gt": ""}'], 'x.json', { type: 'application/json' }));
      return form;
    };
    cases.push({ label: `${field}: a file instead of text`, form: wrongType, mustRefuse: false });
    const repeated = () => {
      const form = toForm(base());
      form.append(field, '\u0000');
      return form;
    };
    cases.push({ label: `${field}: repeated, the second with a NUL`, form: repeated, mustRefuse: true });
  }
  return cases;
}

function toForm(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) form.append(key, value);
  return form;
}

/** Rows in the tables a visitor's input could reach (rate-limit counters are meant to move). */
export async function rowCounts(): Promise<Record<string, number>> {
  const counts = await Promise.all([
    db.user.count(),
    db.verificationToken.count(),
    db.cart.count(),
    db.cartItem.count(),
    db.order.count(),
    db.orderEvent.count(),
    db.returnRequest.count(),
    db.returnEvent.count(),
    db.refund.count(),
    db.ticket.count(),
    db.ticketMessage.count(),
    db.ticketEvent.count(),
    db.outboxMessage.count(),
    db.testCheckoutSession.count(),
  ]);
  const names = ['user', 'verificationToken', 'cart', 'cartItem', 'order', 'orderEvent', 'returnRequest', 'returnEvent'];
  names.push('refund', 'ticket', 'ticketMessage', 'ticketEvent', 'outboxMessage', 'testCheckoutSession');
  return Object.fromEntries(names.map((name, i) => [name, counts[i]!]));
}

export type FormActionUnderTest = (previous: ActionResult, data: FormData) => Promise<ActionResult>;

/**
 * Sends one hostile form: it must not throw (a 500), must not answer with the
 * generic "something went wrong", must be refused when `mustRefuse`, and a
 * refusal must leave every table as it was.
 */
export async function expectHandled(action: FormActionUnderTest, hostile: HostileCase): Promise<void> {
  await db.rateLimitBucket.deleteMany();
  const before = await rowCounts();
  const { result, redirect } = await run(action, hostile.form());
  const refused = result ? !result.ok : false;
  expect(result?.code, `${hostile.label}: ${result?.message}`).not.toBe('INTERNAL');
  if (hostile.mustRefuse) expect(refused || redirect === '/support/thanks', `${hostile.label} was accepted`).toBe(true);
  if (refused) {
    expect(result!.message, hostile.label).toBeTruthy();
    expect(await rowCounts(), `${hostile.label} changed the database`).toEqual(before);
  }
}
