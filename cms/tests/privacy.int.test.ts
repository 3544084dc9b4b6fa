import { z } from 'zod';
import { privacyEraseResultSchema, privacyExportSchema, WEB_SECRET_HEADER } from '@skinfacts/shared';
import { hashIp } from '../src/api/comment/services/comment';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createApiToken, createFixtures, type Fixtures } from './helpers/fixtures';
import { revalidationEnv, startFakeSite, waitForChange, type FakeSite } from './helpers/fake-site';
import { bearer, createUser } from './helpers/moderation-world';
import { newVisitor, WEB_SECRET } from './helpers/comment-posting';
import { approvedComment, sendReport, storedReports } from './helpers/report-world';
import { bodyOf, errorOf, record } from './helpers/responses';
import { commentRow, privacyAudits, privacyRequests, storedCommentRow } from './helpers/privacy-world';

let site: FakeSite;
let app: TestStrapi;
let fixtures: Fixtures;
let moderatorJwt: string;
let readerJwt: string;

beforeAll(async () => {
  site = await startFakeSite();
  app = await startTestStrapi({ ...revalidationEnv(site), WEB_TO_CMS_SECRET: WEB_SECRET });
  fixtures = await createFixtures(app.strapi);
  moderatorJwt = await createUser(app, 'moderator', 'mod');
  readerJwt = await createUser(app, 'authenticated', 'reader');
});
afterAll(async () => {
  await app.stop();
  await site.close();
});

const audits = () => privacyAudits(app);
const storedComment = (documentId: string) => storedCommentRow(app, documentId);

const SUBSCRIPTION_UID = 'api::email-subscription.email-subscription';
const storedSubscription = (email: string) =>
  app.strapi.db.query(SUBSCRIPTION_UID).findOne({ where: { email: email.toLowerCase() } });

/** A person with three comments (two approved, one pending; the address in two spellings), one of them reported,
 * who has also reported someone else's comment from the connection their comments came from, and confirmed the
 * mails about their comments. */
async function person(name: string) {
  const email = `${name}@example.org`;
  const ip = newVisitor().ip;
  const ipHash = hashIp(ip, process.env.COMMENT_IP_SALT ?? '');
  const open = fixtures.articles.open.documentId;
  const mine = {
    authorName: name,
    authorEmail: email,
    authorUrl: `https://${name}.example.org`,
    ipHash,
    userAgent: 'Firefox',
  };
  const approved = await approvedComment(app, open, mine);
  const shouty = await approvedComment(app, open, { ...mine, authorEmail: email.toUpperCase() });
  const pending = await approvedComment(app, open, { ...mine, moderationStatus: 'pending' });
  await sendReport(app, newVisitor().ip, {
    comment: approved,
    reason: 'abuse',
    note: `${name} is rude`,
  }).expect(201);
  const someoneElses = await approvedComment(app, open);
  await sendReport(app, ip, { comment: someoneElses, reason: 'spam' }).expect(201);
  // As the CMS stores it once the commenter confirmed the double opt-in (src/notifications/subscriptions.ts).
  await app.strapi.db.query(SUBSCRIPTION_UID).create({
    data: { email, subscriptionStatus: 'confirmed', confirmationSentAt: new Date(), confirmedAt: new Date() },
  });
  return { email, ipHash, comments: [approved, shouty, pending], someoneElses };
}

const { exportAs, eraseAs } = privacyRequests(() => app);
const asModerator = () => bearer(moderatorJwt);
describe('who may export and erase', () => {
  it('refuses visitors, the site’s secret and users without the Moderator role, and logs nothing', async () => {
    const pat = await person('pat');
    const before = (await audits()).length;
    const callers: Record<string, string>[] = [{}, { [WEB_SECRET_HEADER]: WEB_SECRET }, bearer(readerJwt)];
    for (const auth of callers) {
      const exported = await exportAs(auth, { email: pat.email });
      const erased = await eraseAs(auth, { email: pat.email, comments: 'delete' });
      expect([401, 403]).toContain(exported.status);
      expect([401, 403]).toContain(erased.status);
      expect(JSON.stringify(exported.body)).not.toContain('pat@example.org');
    }
    expect((await audits()).length).toBe(before);
    expect((await storedComment(pat.comments[0] ?? ''))?.authorEmail).toBe(pat.email);
  });

  it('answers 400 for a bad address, an unknown field or mode, and logs nothing', async () => {
    const before = (await audits()).length;
    const bad = await exportAs(asModerator(), { email: 'not-an-address' }).expect(400);
    expect(errorOf(bad).details?.fieldErrors?.email?.[0]).toMatch(/valid email/i);
    await exportAs(asModerator(), { email: 'a@example.org', everything: true }).expect(400);
    await eraseAs(asModerator(), { email: 'a@example.org' }).expect(400);
    await eraseAs(asModerator(), { email: 'a@example.org', comments: 'shred' }).expect(400);
    expect((await audits()).length).toBe(before);
  });
});

describe('export', () => {
  it('gives everything stored about the address, whatever its case, and writes the audit log', async () => {
    const sam = await person('sam');
    const res = await exportAs(asModerator(), { email: 'Sam@Example.org' }).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { data } = bodyOf(res, privacyExportSchema);
    expect(data.email).toBe('Sam@Example.org');
    const comments = z.array(commentRow).parse(data.sections.comments);
    expect(comments.map((c) => c.documentId).sort()).toEqual([...sam.comments].sort());
    expect(comments[0]).toMatchObject({
      ipHash: sam.ipHash,
      userAgent: 'Firefox',
      authorUrl: 'https://sam.example.org',
    });
    expect(record.parse(data.sections.comments?.[0]).article).toMatchObject({
      documentId: fixtures.articles.open.documentId,
    });
    const reports = z
      .array(z.looseObject({ kind: z.string(), reason: z.string() }))
      .parse(data.sections.reports);
    expect(reports.map((r) => [r.kind, r.reason])).toEqual([
      ['about-your-comment', 'abuse'],
      ['filed-from-your-connection', 'spam'],
    ]);
    expect(JSON.stringify(data)).not.toMatch(/reporterHash|reportKey/);
    expect(data.sections.subscriptions).toEqual([
      expect.objectContaining({ email: 'sam@example.org', subscriptionStatus: 'confirmed' }),
    ]);

    const [entry] = (await audits()).slice(-1);
    expect(entry).toMatchObject({
      action: 'export',
      actor: 'mod@example.com',
      emailMasked: 's•••@example.org',
      commentMode: null,
      counts: { comments: 3, reports: 2, subscriptions: 1, accounts: 0, mails: 0 },
    });
    expect(entry?.emailHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(entry)).not.toContain('sam@example.org');
  });

  it('is open to a full-access API token (an admin’s tool), logged under the token’s name', async () => {
    const token = await createApiToken(app.strapi);
    const res = await exportAs(bearer(token), { email: 'nobody@example.org' }).expect(200);
    expect(bodyOf(res, privacyExportSchema).data.sections).toEqual({
      comments: [],
      reports: [],
      subscriptions: [],
      accounts: [],
      mails: [],
    });
    expect((await audits()).slice(-1)[0]?.actor).toMatch(/^api-token:test-/);
  });
});

describe('erase', () => {
  it('anonymises: text kept under "Anonymous", address, website, IP hash and user agent gone; pages revalidated', async () => {
    const kim = await person('kim');
    site.received.length = 0;
    const res = await eraseAs(asModerator(), { email: 'kim@example.org', comments: 'anonymise' }).expect(200);
    expect(bodyOf(res, privacyEraseResultSchema).data.counts).toEqual({
      reportsUnlinked: 1,
      reportsDeleted: 0,
      commentsAnonymised: 3,
      subscriptionsDeleted: 1,
      accountsDeleted: 0,
      mailsDeleted: 0,
    });
    expect(await storedSubscription(kim.email)).toBeNull();
    for (const documentId of kim.comments) {
      expect(await storedComment(documentId)).toMatchObject({
        authorName: 'Anonymous',
        authorEmail: 'anonymous@erased.invalid',
        authorUrl: null,
        ipHash: null,
        userAgent: null,
        body: expect.stringMatching(/^Comment number/) as unknown,
      });
    }
    expect((await storedComment(kim.comments[2] ?? ''))?.moderationStatus).toBe('pending');
    const change = await waitForChange(site, (c) => c.type === 'comment');
    expect(change).toMatchObject({ articles: [fixtures.articles.open.documentId] });
    const shown = await app.http().get(`/api/comments/${kim.comments[0]}`).expect(200);
    expect(record.parse(record.parse(shown.body).data).authorName).toBe('Anonymous');
    // The report Kim filed is linked to nobody now; the one about Kim's comment stays for the moderators.
    const filed = await storedReports(app, kim.someoneElses);
    expect(filed.map((r) => r.reporterHash === kim.ipHash)).toEqual([false]);
    expect(await storedReports(app, kim.comments[0] ?? '')).toHaveLength(1);

    const again = await exportAs(asModerator(), { email: 'kim@example.org' }).expect(200);
    expect(bodyOf(again, privacyExportSchema).data.sections).toEqual({
      comments: [],
      reports: [],
      subscriptions: [],
      accounts: [],
      mails: [],
    });
    const erasure = (await audits()).find((entry) => entry.action === 'erase');
    expect(erasure).toMatchObject({
      actor: 'mod@example.com',
      emailMasked: 'k•••@example.org',
      commentMode: 'anonymise',
      counts: {
        commentsAnonymised: 3,
        reportsUnlinked: 1,
        reportsDeleted: 0,
        subscriptionsDeleted: 1,
        accountsDeleted: 0,
      },
    });
  });

  it('deletes: the comments and the reports about them are gone; pages revalidated; logged', async () => {
    const lee = await person('lee');
    site.received.length = 0;
    const res = await eraseAs(asModerator(), { email: 'lee@example.org', comments: 'delete' }).expect(200);
    expect(bodyOf(res, privacyEraseResultSchema).data.counts).toEqual({
      reportsUnlinked: 1,
      reportsDeleted: 1,
      commentsDeleted: 3,
      subscriptionsDeleted: 1,
      accountsDeleted: 0,
      mailsDeleted: 0,
    });
    expect(await storedSubscription(lee.email)).toBeNull();
    for (const documentId of lee.comments) expect(await storedComment(documentId)).toBeNull();
    expect(await storedReports(app, lee.someoneElses)).toHaveLength(1);
    await waitForChange(site, (c) => c.type === 'comment');
    await app.http().get(`/api/comments/${lee.comments[0]}`).expect(404);
    expect((await audits()).slice(-1)[0]).toMatchObject({ action: 'erase', commentMode: 'delete' });
  });

  it('is all or nothing: a failure part-way leaves every record and the log as they were', async () => {
    const max = await person('max');
    let failOn: string | null = max.comments[1] ?? null;
    app.strapi.documents.use((context, next) => {
      const params = context.params as { documentId?: string };
      if (context.uid === 'api::comment.comment' && failOn && params.documentId === failOn) {
        throw new Error('disk full (test)');
      }
      return next();
    });
    const before = (await audits()).length;
    const res = await eraseAs(asModerator(), { email: 'max@example.org', comments: 'anonymise' });
    failOn = null;
    expect(res.status).toBe(500);
    for (const documentId of max.comments) {
      expect(await storedComment(documentId)).toMatchObject({ authorName: 'max', ipHash: max.ipHash });
    }
    expect((await storedReports(app, max.someoneElses)).map((r) => r.reporterHash)).toEqual([max.ipHash]);
    expect(await storedSubscription(max.email)).toMatchObject({ subscriptionStatus: 'confirmed' });
    expect((await audits()).length).toBe(before);
  });
});

describe('the audit log', () => {
  it('is read-only outside the CMS’s own writes: the Document Service (admin panel, API) cannot change it', async () => {
    const log = app.strapi.documents('api::privacy-audit.privacy-audit');
    const data = { action: 'export', actor: 'forger', emailMasked: 'x', emailHash: 'y' } as const;
    await expect(log.create({ data })).rejects.toThrow(/read-only/);
    const [first] = await log.findMany({ limit: 1 });
    expect(first).toBeDefined();
    await expect(log.delete({ documentId: first?.documentId ?? '' })).rejects.toThrow(/read-only/);
    expect((await audits()).some((entry) => entry.actor === 'forger')).toBe(false);
  });
});
