import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { z } from 'zod';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { mailEnv, mailsSettled, post, recipients } from './helpers/mail-world';
import { createUser } from './helpers/moderation-world';
import { outboxMessages, waitUntil } from './helpers/outbox';
import { startSecondCms, type SecondCms } from './helpers/second-cms-process';
import { startSmtpPeer } from './helpers/smtp-peer';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';

/**
 * Delivery of mails through the outbox (issue 14): retries while the SMTP server is down, a takeover after an
 * instance died mid-send, and two CMS processes claiming the same mails (run on PostgreSQL by
 * `npm run test:postgres`; on SQLite the two processes share one file).
 */
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let app: TestStrapi;
let fixtures: Fixtures;

beforeAll(async () => {
  smtp = await startSmtpPeer();
  app = await startTestStrapi(mailEnv(smtp.port));
  fixtures = await createFixtures(app.strapi);
  await createUser(app, 'moderator', 'mod-dee');
});
afterAll(async () => {
  await app.stop();
  await smtp.stop();
});

const mail = (n: number) => ({
  subject: `Mail ${n}`,
  text: `Text ${n}`,
  html: `<p>Text ${n}</p>`,
});

/** An `email` outbox row as the CMS writes it, due now. */
function mailRow(n: number, prefix: string) {
  const now = new Date();
  return {
    kind: 'email',
    payload: JSON.stringify({
      to: `reader${n}@example.org`,
      ...mail(n),
      messageId: `<${prefix}-${n}-${randomUUID()}@skinfacts.test>`,
      headers: {},
      about: `test ${n}`,
    }),
    delivery_status: 'pending',
    attempts: 0,
    next_attempt_at: now,
    document_id: randomUUID(),
    published_at: now,
    created_at: now,
    updated_at: now,
  };
}

it('retries while the SMTP server is down, shows the error meanwhile, and delivers once it is back', async () => {
  const port = smtp.port;
  await smtp.stop();
  await post(app, fixtures.articles.open.documentId, { body: 'Held while mail is down' });
  const failing = await waitUntil('a failed attempt recorded', async () => {
    const [message] = (await outboxMessages(app.strapi, 'email')).slice(-1);
    return message && message.attempts >= 2 && message.deliveryStatus === 'pending' ? message : null;
  });
  expect(failing.lastError).toMatch(/^SMTP: .*ECONNREFUSED/);

  smtp = await startSmtpPeer(port);
  const [delivered] = await smtp.waitForMails(1);
  expect(recipients([delivered!])).toEqual(['mod-dee@example.com']);
  await mailsSettled(app);
  const [message] = (await outboxMessages(app.strapi, 'email')).slice(-1);
  expect(message).toMatchObject({ deliveryStatus: 'sent' });
  expect(smtp.mails).toHaveLength(1);
});

it('after an instance died mid-send, sends again only what the SMTP server had not accepted, with the same Message-ID', async () => {
  smtp.mails.length = 0;
  const died = (n: number, receipt: string | null) => ({
    ...mailRow(n, 'died'),
    delivery_status: 'sending',
    attempts: 1,
    claimed_by: 'an-instance-that-died',
    claimed_until: new Date(Date.now() - 1000),
    delivery_receipt: receipt,
  });
  await app.strapi.db.connection('outbox_messages').insert([died(1, '250 OK: queued as 1'), died(2, null)]);
  app.strapi.log.level = 'error';
  const [resent] = await smtp.waitForMails(1);
  await mailsSettled(app);
  expect(smtp.mails.map((each) => each.subject)).toEqual(['Mail 2']);
  expect(resent?.messageId).toMatch(/^<died-2-/);
  const taken = (await outboxMessages(app.strapi, 'email')).slice(-2);
  expect(taken.map((message) => [message.deliveryStatus, message.attempts])).toEqual([
    ['sent', 2],
    ['sent', 2],
  ]);
});

describe('two CMS instances on one database', () => {
  let second: SecondCms;
  beforeAll(async () => {
    second = await startSecondCms();
  });
  afterAll(() => second.stop());

  it('send each of 40 mails exactly once', async () => {
    smtp.mails.length = 0;
    smtp.hold();
    // All at once, as a burst of held comments would queue them; each instance finds them by polling.
    await app.strapi.db
      .connection('outbox_messages')
      .insert(Array.from({ length: 40 }, (_, n) => mailRow(n, 'race')));
    // Both instances claim while the first mails wait at the SMTP server.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    smtp.release();
    await smtp.waitForMails(40);
    await mailsSettled(app, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const subjects = smtp.mails.map((each) => each.subject).sort();
    expect(subjects).toEqual(Array.from({ length: 40 }, (_, n) => `Mail ${n}`).sort());
    expect(new Set(smtp.mails.map((each) => each.messageId)).size).toBe(40);
    const race = (await outboxMessages(app.strapi, 'email')).slice(-40);
    expect(race.every((message) => message.deliveryStatus === 'sent' && message.attempts === 1)).toBe(true);
  });

  it('a CMS process killed mid-send: the other instances send its mails once its lease ran out, none twice', async () => {
    smtp.mails.length = 0;
    const doomed = await startSecondCms({ OUTBOX_LEASE_MS: '4000' });
    // The greeting is held back: every instance has claimed mails and opened connections, none has sent one.
    smtp.hold('connect');
    await app.strapi.db
      .connection('outbox_messages')
      .insert(Array.from({ length: 30 }, (_, n) => mailRow(n, 'killed')));
    // Instances name their claims host:pid:… (src/outbox/index.ts). The doomed one claims by polling.
    const claimedByDoomed = async () =>
      z
        .array(z.object({ id: z.coerce.number() }))
        .parse(
          await app.strapi.db
            .connection('outbox_messages')
            .where('delivery_status', 'sending')
            .andWhere('claimed_by', 'like', `${os.hostname()}:${doomed.pid}:%`)
            .select('id'),
        );
    const doomedClaims = await waitUntil('claims by the process about to die', async () => {
      const rows = await claimedByDoomed();
      return rows.length > 0 ? rows : null;
    });
    await doomed.kill();
    smtp.release();
    await smtp.waitForMails(30);
    await mailsSettled(app, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const subjects = smtp.mails.map((each) => each.subject).sort();
    expect(subjects).toEqual(Array.from({ length: 30 }, (_, n) => `Mail ${n}`).sort());
    const killed = (await outboxMessages(app.strapi, 'email')).slice(-30);
    expect(killed.every((message) => message.deliveryStatus === 'sent')).toBe(true);
    // What the dead process had claimed was claimed again by a living one.
    const retaken = killed.filter((message) => doomedClaims.some((row) => row.id === message.id));
    expect(retaken.length).toBeGreaterThan(0);
    expect(retaken.every((message) => message.attempts >= 2)).toBe(true);
  });
});
