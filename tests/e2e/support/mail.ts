import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { E2E_MAIL_DIR } from './config';

/** Waits for the newest e-mail to `to` (optionally matching a subject) in the SMTP receiver's folder. */
export async function waitForMail(to: string, subject?: RegExp, after = 0): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        const files = (await readdir(E2E_MAIL_DIR)).sort().reverse();
        for (const file of files) {
          if (Number(file.split('-')[0]) < after) continue;
          const mail = await simpleParser(await readFile(path.join(E2E_MAIL_DIR, file)));
          const recipients = [mail.to]
            .flat()
            .flatMap((a) => a?.value ?? [])
            .map((a) => a.address?.toLowerCase());
          if (recipients.includes(to.toLowerCase()) && (!subject || subject.test(mail.subject ?? ''))) {
            found = mail;
            return true;
          }
        }
        return false;
      },
      { timeout: 20_000, message: `an e-mail to ${to}` },
    )
    .toBe(true);
  return found!;
}

export function firstLink(mail: ParsedMail, pattern: RegExp): string {
  const link = mail.text?.match(pattern)?.[0];
  if (!link) throw new Error(`no link matching ${pattern} in "${mail.subject}"`);
  return link;
}
