import type { ParsedMail } from 'mailparser';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import {
  SITE,
  forwardToken,
  headerOf,
  mailEnv,
  mailsSettled,
  post,
  recipients,
  saveCommentSettings,
  unsubscribeUrlOf,
} from './helpers/mail-world';
import { createUser } from './helpers/moderation-world';
import { outboxMessages } from './helpers/outbox';
import { startSmtpPeer } from './helpers/smtp-peer';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';

let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let app: TestStrapi;
let fixtures: Fixtures;
const MODERATORS = ['mod-ann@example.com', 'mod-bob@example.com'];

beforeAll(async () => {
  smtp = await startSmtpPeer();
  app = await startTestStrapi(mailEnv(smtp.port));
  fixtures = await createFixtures(app.strapi);
  await createUser(app, 'moderator', 'mod-ann');
  await createUser(app, 'moderator', 'mod-bob');
  await createUser(app, 'authenticated', 'reader-cy');
  await mailsSettled(app);
  smtp.mails.length = 0;
});
afterAll(async () => {
  await app.stop();
  await smtp.stop();
});

const open = () => fixtures.articles.open.documentId;

/** Every mail the SMTP server accepted from here on, once every queued mail has settled. */
async function mailsAfter(action: () => Promise<unknown>, expected: number): Promise<ParsedMail[]> {
  smtp.mails.length = 0;
  await action();
  if (expected > 0) await smtp.waitForMails(expected);
  await mailsSettled(app);
  return [...smtp.mails];
}

describe('a held comment is mailed to every moderator', () => {
  const longBody = `<script>alert("x")</script> ${'Redness after needling? '.repeat(20)}THE-END-PAST-300`;

  it('names the article, the author (not their email), the first 300 characters, the reason and a link', async () => {
    let posted = { documentId: '', email: '' };
    const mails = await mailsAfter(async () => {
      posted = await post(app, open(), { authorName: 'Zoë <b>Bold</b>', body: longBody });
    }, 2);
    expect(recipients(mails)).toEqual(MODERATORS);
    for (const mail of mails) {
      expect(mail.subject).toBe('A comment is waiting for you: Open article');
      expect(mail.text).toContain('Article: Open article');
      expect(mail.text).toContain('From: Zoë <b>Bold</b>');
      expect(mail.text).toContain('Held because: new comments wait for a moderator');
      expect(mail.text).toContain(longBody.slice(0, 250));
      expect(mail.text).not.toContain('THE-END-PAST-300');
      expect(mail.text).toContain(`${SITE}/moderation?comment=${posted.documentId}`);
      // User content is escaped in the HTML part.
      const html = String(mail.html);
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(html).toContain('Zoë &lt;b&gt;Bold&lt;/b&gt;');
      expect(html).not.toContain('<script>');
      expect(html).toContain(`href="${SITE}/moderation?comment=${posted.documentId}"`);
      // Never the commenter's address.
      expect(JSON.stringify([mail.text, mail.html, mail.headerLines])).not.toContain(posted.email);
      expect(headerOf(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(unsubscribeUrlOf(mail).origin + unsubscribeUrlOf(mail).pathname).toBe(
        `${SITE}/api/email/unsubscribe`,
      );
      expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@skinfacts\.test>$/);
    }
    const sent = await outboxMessages(app.strapi, 'email');
    expect(sent.slice(-2).map((message) => message.deliveryStatus)).toEqual(['sent', 'sent']);
  });

  it('mails nobody else about a pending comment, and nobody about an approved one', async () => {
    const mails = await mailsAfter(() => post(app, open(), { body: 'A plain question' }), 2);
    expect(recipients(mails)).toEqual(MODERATORS);
    // An address with an earlier approved comment, posting with auto-approve on: approved at once, no mail.
    const known = 'known-visitor@example.org';
    const earlier = await app.strapi.documents('api::comment.comment').create({
      data: {
        article: open(),
        authorName: 'Known',
        authorEmail: known,
        body: 'An earlier comment',
        moderationStatus: 'approved',
      },
    });
    // Written an hour ago, so the flood interval does not hold the next one back.
    await app.strapi.db.query('api::comment.comment').update({
      where: { documentId: earlier.documentId },
      data: { createdAt: new Date(Date.now() - 3_600_000) },
    });
    await mailsSettled(app);
    await saveCommentSettings(app, { autoApprove: true });
    let auto = { moderationStatus: '' };
    const again = await mailsAfter(async () => {
      auto = await post(app, open(), { authorEmail: known, body: 'Second, auto-approved' });
    }, 0);
    await saveCommentSettings(app, { autoApprove: false });
    expect(auto.moderationStatus).toBe('approved');
    expect(again).toEqual([]);
  });

  it('mails spam with a reason from its text, and nothing about a bot’s spam', async () => {
    await saveCommentSettings(app, { disallowedWords: 'casino' });
    const worded = await mailsAfter(() => post(app, open(), { body: 'Best casino deals here' }), 2);
    expect(worded.map((mail) => mail.text)).toEqual([
      expect.stringContaining('Held because: filed as spam: disallowed word "casino"'),
      expect.stringContaining('Held because: filed as spam: disallowed word "casino"'),
    ]);
    const bot = await mailsAfter(() => post(app, open(), { honeypot: 'http://x.example' }), 0);
    expect(bot).toEqual([]);
    await saveCommentSettings(app, { disallowedWords: '' });
  });
});

describe('a moderator can switch their mails off', () => {
  it('with the one-click link of a mail: the others still get theirs', async () => {
    const [first] = await mailsAfter(() => post(app, open(), { body: 'Another question' }), 2);
    const stopUrl = unsubscribeUrlOf(first as ParsedMail);
    await forwardToken(app, 'unsubscribe', stopUrl).expect(200, { data: { done: 'unsubscribed' } });
    // Twice is harmless.
    await forwardToken(app, 'unsubscribe', stopUrl).expect(200);

    const after = await mailsAfter(() => post(app, open(), { body: 'Yet another question' }), 1);
    const others = MODERATORS.filter((address) => address !== recipients([first as ParsedMail])[0]);
    expect(recipients(after)).toEqual(others);
  });

  it('refuses a link that is not ours, and the site alone may forward one', async () => {
    const forged = new URL(
      `${SITE}/api/email/unsubscribe?token=eyJwIjoibW9kZXJhdG9yLW9mZiIsInUiOjF9.${'A'.repeat(43)}`,
    );
    const refused = await forwardToken(app, 'unsubscribe', forged).expect(400);
    expect(JSON.stringify(refused.body)).toContain('This link has expired');
    await app
      .http()
      .post('/api/email-links/unsubscribe')
      .send({ token: forged.searchParams.get('token') })
      .expect(403);
    await forwardToken(app, 'unsubscribe', new URL(`${SITE}/x?token=short`)).expect(400);
  });
});

describe('digest mode', () => {
  it('gathers held comments into one mail per moderator once the oldest is N minutes old', async () => {
    await app.strapi.db.query('plugin::users-permissions.user').updateMany({
      where: { email: { $in: MODERATORS } },
      data: { moderatorMails: true },
    });
    await saveCommentSettings(app, { moderatorMails: 'digest', digestEveryMinutes: 1 });
    const quiet = await mailsAfter(async () => {
      await post(app, open(), { authorName: 'First Digest', body: 'Digest one' });
      await post(app, open(), { authorName: 'Second Digest', body: 'Digest two' });
      await new Promise((resolve) => setTimeout(resolve, 600));
    }, 0);
    expect(quiet).toEqual([]);

    // A minute later (the notices are dated back rather than waiting one).
    const mails = await mailsAfter(async () => {
      await app.strapi.db
        .query('api::moderator-notice.moderator-notice')
        .updateMany({ where: { digestedAt: null }, data: { heldAt: new Date(Date.now() - 61_000) } });
    }, 2);
    expect(recipients(mails)).toEqual(MODERATORS);
    for (const mail of mails) {
      expect(mail.subject).toBe('2 comments are waiting for you');
      expect(mail.text).toMatch(/From: First Digest[\s\S]*From: Second Digest/);
    }
    // Each comment is in one digest only.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(smtp.mails).toHaveLength(2);
    await saveCommentSettings(app, { moderatorMails: 'each-held-comment' });
  });
});
