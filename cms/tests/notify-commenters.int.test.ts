import type { ParsedMail } from 'mailparser';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import {
  SITE,
  addressOf,
  ageComments,
  forwardToken,
  headerOf,
  linkIn,
  mailEnv,
  mailsSettled,
  post,
  unsubscribeUrlOf,
} from './helpers/mail-world';
import { bearer, createUser } from './helpers/moderation-world';
import { outboxMessages, waitUntil } from './helpers/outbox';
import { startSmtpPeer } from './helpers/smtp-peer';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';

let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
let app: TestStrapi;
let fixtures: Fixtures;
let moderator: string;

beforeAll(async () => {
  smtp = await startSmtpPeer();
  app = await startTestStrapi(mailEnv(smtp.port));
  fixtures = await createFixtures(app.strapi);
  // A moderator who wants no mail, so every mail here is a commenter's.
  moderator = await createUser(app, 'moderator', 'quiet-mod');
  await app.strapi.db
    .query('plugin::users-permissions.user')
    .update({ where: { email: 'quiet-mod@example.com' }, data: { moderatorMails: false } });
  await mailsSettled(app);
});
afterAll(async () => {
  await app.stop();
  await smtp.stop();
});

const open = () => fixtures.articles.open.documentId;

async function mailsAfter(action: () => Promise<unknown>, expected: number): Promise<ParsedMail[]> {
  smtp.mails.length = 0;
  await action();
  if (expected > 0) await smtp.waitForMails(expected);
  await mailsSettled(app);
  return [...smtp.mails];
}

const decide = (documentId: string, moderationStatus: string) =>
  app
    .http()
    .patch(`/api/moderation/comments/${documentId}`)
    .set(bearer(moderator))
    .send({ moderationStatus })
    .expect(200);

describe('double opt-in', () => {
  it('mails nothing to a commenter who did not tick the box', async () => {
    const quiet = await mailsAfter(async () => {
      const comment = await post(app, open(), { body: 'No mails please' });
      await decide(comment.documentId, 'approved');
    }, 0);
    expect(quiet).toEqual([]);
  });

  it('asks first; until the address is confirmed, an approval mails nothing; after it, one mail', async () => {
    const email = 'Opt.In@Example.org';
    let comment = { documentId: '' };
    const [confirm] = await mailsAfter(async () => {
      comment = await post(app, open(), { authorEmail: email, notifyMe: true, body: 'Tell me' });
    }, 1);
    expect(addressOf(confirm as ParsedMail)).toBe('opt.in@example.org');
    expect(confirm?.subject).toBe('Please confirm your email address');
    expect(confirm?.text).toContain('Open article');
    expect(confirm?.text).not.toContain('Tell me');
    expect(headerOf(confirm as ParsedMail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    // Approved before confirming: nothing.
    expect(await mailsAfter(() => decide(comment.documentId, 'approved'), 0)).toEqual([]);

    const confirmUrl = linkIn(confirm as ParsedMail, `${SITE}/email/confirm?token=`);
    await forwardToken(app, 'confirm', confirmUrl).expect(200, { data: { done: 'confirmed' } });

    // Another comment, ticked again: no second confirmation; approved: one mail.
    let second = { documentId: '' };
    await ageComments(app, email);
    const approved = await mailsAfter(async () => {
      second = await post(app, open(), { authorEmail: email, notifyMe: true, body: 'Second question' });
      await decide(second.documentId, 'approved');
    }, 1);
    expect(approved.map((mail) => mail.subject)).toEqual(['Your comment is published: Open article']);
    expect(approved[0]?.text).toContain('Second question');
    expect(approved[0]?.text).toContain(`${SITE}/articles/open-article#comment-${second.documentId}`);
    // Approving again (pending → approved twice) does not mail twice; rejecting mails nothing.
    expect(await mailsAfter(() => decide(second.documentId, 'rejected'), 0)).toEqual([]);
  });

  it('sends one confirmation a day at most, however often the address is typed in', async () => {
    const email = 'victim@example.org';
    const mails = await mailsAfter(async () => {
      await post(app, open(), { authorEmail: email, notifyMe: true, body: 'One' });
      await ageComments(app, email);
      await post(app, fixtures.articles.second.documentId, {
        authorEmail: email,
        notifyMe: true,
        body: 'Two',
      });
    }, 1);
    expect(mails).toHaveLength(1);
  });

  it('sends nothing, not even a confirmation, for a comment filed as spam', async () => {
    const spam = await mailsAfter(
      () => post(app, open(), { notifyMe: true, honeypot: 'http://spam.example' }),
      0,
    );
    expect(spam).toEqual([]);
  });
});

describe('replies and unsubscribing', () => {
  async function confirmedCommenter(email: string, body: string) {
    let comment = { documentId: '' };
    const [confirm] = await mailsAfter(async () => {
      comment = await post(app, open(), { authorEmail: email, notifyMe: true, body });
    }, 1);
    const confirmUrl = linkIn(confirm as ParsedMail, `${SITE}/email/confirm?token=`);
    await forwardToken(app, 'confirm', confirmUrl).expect(200);
    const [approval] = await mailsAfter(() => decide(comment.documentId, 'approved'), 1);
    return { ...comment, confirmUrl, unsubscribeUrl: unsubscribeUrlOf(approval as ParsedMail) };
  }

  it('mails one mail per approved reply, naming the replier but never their address', async () => {
    const parent = await confirmedCommenter('parent@example.org', 'Is it painful?');
    const replier = 'replier-secret@example.org';
    let pendingReply = { documentId: '' };
    // A pending reply mails nobody; approving it mails the parent's author once.
    const pending = await mailsAfter(async () => {
      pendingReply = await post(app, open(), {
        parent: parent.documentId,
        authorName: 'Rita Replier',
        authorEmail: replier,
        body: 'Not for me',
      });
    }, 0);
    expect(pending).toEqual([]);
    const [reply] = await mailsAfter(() => decide(pendingReply.documentId, 'approved'), 1);
    expect(addressOf(reply as ParsedMail)).toBe('parent@example.org');
    expect(reply?.subject).toBe('Rita Replier replied to your comment');
    expect(reply?.text).toContain('Not for me');
    expect(JSON.stringify([reply?.text, reply?.html, reply?.headerLines])).not.toContain(replier);
    // A spam reply mails nobody.
    const spam = await mailsAfter(async () => {
      const next = await post(app, open(), { parent: parent.documentId, body: 'Spam reply' });
      await decide(next.documentId, 'spam');
    }, 0);
    expect(spam).toEqual([]);
    // A staff reply is approved at once: one mail.
    const staff = await mailsAfter(
      () =>
        app
          .http()
          .post(`/api/moderation/comments/${parent.documentId}/replies`)
          .set(bearer(moderator))
          .send({ body: 'Thanks for asking!' })
          .expect(201),
      1,
    );
    expect(staff[0]?.subject).toBe('quiet-mod replied to your comment');
  });

  it('stops every mail after a one-click unsubscribe, and an old confirmation link cannot undo it', async () => {
    const parent = await confirmedCommenter('leaver@example.org', 'Goodbye soon');
    const [firstReply] = await mailsAfter(async () => {
      const reply = await post(app, open(), { parent: parent.documentId, body: 'Reply one' });
      await decide(reply.documentId, 'approved');
    }, 1);
    const oneClick = unsubscribeUrlOf(firstReply as ParsedMail);
    expect(`${oneClick.origin}${oneClick.pathname}`).toBe(`${SITE}/api/email/unsubscribe`);
    expect(
      linkIn(firstReply as ParsedMail, `${SITE}/email/unsubscribe?token=`).searchParams.get('token'),
    ).toBe(oneClick.searchParams.get('token'));

    const reply = await post(app, open(), { parent: parent.documentId, body: 'Reply two' });
    await forwardToken(app, 'unsubscribe', oneClick).expect(200, { data: { done: 'unsubscribed' } });
    const after = await mailsAfter(() => decide(reply.documentId, 'approved'), 0);
    expect(after).toEqual([]);
    // The old confirmation link cannot switch the mails back on.
    const refused = await forwardToken(app, 'confirm', parent.confirmUrl).expect(400);
    expect(JSON.stringify(refused.body)).toContain('This link has expired');
    const row: unknown = await app.strapi.db
      .query('api::email-subscription.email-subscription')
      .findOne({ where: { email: 'leaver@example.org' } });
    expect(row).toMatchObject({ subscriptionStatus: 'unsubscribed' });
  });

  it('drops, unsent, a mail that was queued before its address unsubscribed', async () => {
    const parent = await confirmedCommenter('changed-mind@example.org', 'Will it scar?');
    // The reply's mail is queued while the SMTP server is down, and waits for its retry.
    const port = smtp.port;
    await smtp.stop();
    const reply = await post(app, open(), { parent: parent.documentId, body: 'Reply while mail is down' });
    await decide(reply.documentId, 'approved');
    const queued = await waitUntil('the reply mail waiting for its retry', async () => {
      const [message] = (await outboxMessages(app.strapi, 'email')).slice(-1);
      return message?.deliveryStatus === 'pending' && message.lastError ? message : null;
    });
    expect(JSON.stringify(queued.payload)).toContain('changed-mind@example.org');

    await forwardToken(app, 'unsubscribe', parent.unsubscribeUrl).expect(200);
    smtp = await startSmtpPeer(port);
    await mailsSettled(app);
    const [settled] = (await outboxMessages(app.strapi, 'email')).filter((m) => m.id === queued.id);
    expect(settled?.deliveryStatus).toBe('sent');
    const receipt: unknown = await app.strapi.db
      .connection('outbox_messages')
      .where({ id: queued.id })
      .first('delivery_receipt');
    expect(receipt).toEqual({ delivery_receipt: 'not sent: the address stopped its mails' });
    expect(smtp.mails).toEqual([]);
  });
});
