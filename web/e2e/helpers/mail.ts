import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { stack } from './stack';

/** The newest mail the CMS sent to `address`, waiting up to 10 s for it (the CMS mails after it answers). */
export async function waitForMailTo(address: string, sentAfter: Date): Promise<ParsedMail> {
  const started = Date.now();
  while (Date.now() - started < 10_000) {
    const names = readdirSync(stack.mailDir).sort().reverse();
    for (const name of names) {
      const mail = await simpleParser(readFileSync(path.join(stack.mailDir, name)));
      const sentTo = mail.to && !Array.isArray(mail.to) ? mail.to.text : '';
      if (sentTo === address && (mail.date ?? new Date(0)) >= new Date(sentAfter.getTime() - 1000))
        return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail to ${address} within 10 s`);
}
