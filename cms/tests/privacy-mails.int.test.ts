/**
 * Privacy requests and the outbox's mails: mails to the address are in the export, and erasing deletes them, so a
 * mail still waiting never reaches an erased address; mails to anyone else stay.
 */
import { z } from 'zod';
import { privacyEraseResultSchema, privacyExportSchema } from '@skinfacts/shared';
import { OUTBOX_UID } from '../src/outbox/types';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { bearer, createUser } from './helpers/moderation-world';
import { bodyOf } from './helpers/responses';
import { privacyRequests } from './helpers/privacy-world';

let app: TestStrapi;
let moderatorJwt: string;

beforeAll(async () => {
  app = await startTestStrapi();
  moderatorJwt = await createUser(app, 'moderator', 'mod');
});
afterAll(() => app.stop());

const { exportAs, eraseAs } = privacyRequests(() => app);
const asModerator = () => bearer(moderatorJwt);

let mails = 0;
/** A mail in the outbox as the CMS queues one (src/notifications/email-kind.ts); already sent, as most are. */
async function mailTo(to: string, subject: string) {
  mails += 1;
  const payload = {
    to,
    subject,
    text: `${subject}, in words.`,
    html: `<p>${subject}</p>`,
    messageId: `<privacy-test-${mails}@skinfacts.test>`,
    headers: {},
    about: `privacy test mail to ${to}`,
  };
  const now = new Date();
  await app.strapi.db.query(OUTBOX_UID).create({
    data: { kind: 'email', payload, deliveryStatus: 'sent', attempts: 1, nextAttemptAt: now, sentAt: now },
  });
}

/** Addresses the outbox holds mails for, one entry per mail. */
async function outboxRecipients(): Promise<string[]> {
  const rows: unknown = await app.strapi.db.query(OUTBOX_UID).findMany({ where: { kind: 'email' } });
  return z
    .array(z.looseObject({ payload: z.looseObject({ to: z.string() }) }))
    .parse(rows)
    .map((row) => row.payload.to.toLowerCase());
}

it('exports the mails to the address, whatever its case, and erasing deletes them and no one else’s', async () => {
  await mailTo('Noor@Example.org', 'Your comment is published');
  await mailTo('noor@example.org', 'Someone replied to your comment');
  await mailTo('bystander@example.org', 'Your comment is published');

  const exported = await exportAs(asModerator(), { email: 'noor@example.org' }).expect(200);
  const mails = z
    .array(z.looseObject({ subject: z.string(), text: z.string(), deliveryStatus: z.string() }))
    .parse(bodyOf(exported, privacyExportSchema).data.sections.mails);
  expect(mails.map((mail) => mail.subject)).toEqual([
    'Your comment is published',
    'Someone replied to your comment',
  ]);
  expect(mails[0]?.text).toBe('Your comment is published, in words.');

  const erased = await eraseAs(asModerator(), { email: 'NOOR@example.org', comments: 'delete' }).expect(200);
  expect(bodyOf(erased, privacyEraseResultSchema).data.counts).toMatchObject({ mailsDeleted: 2 });
  expect(await outboxRecipients()).toEqual(['bystander@example.org']);
  const again = await exportAs(asModerator(), { email: 'noor@example.org' }).expect(200);
  expect(bodyOf(again, privacyExportSchema).data.sections.mails).toEqual([]);
});
