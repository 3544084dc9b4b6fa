import { z } from 'zod';
import {
  commentReportResultSchema,
  dismissedReportsSchema,
  moderationQueueSchema,
  WEB_SECRET_HEADER,
} from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { revalidationEnv, startFakeSite, waitForChange, type FakeSite } from './helpers/fake-site';
import { bearer, createUser, stored } from './helpers/moderation-world';
import { newVisitor, WEB_SECRET } from './helpers/comment-posting';
import { approvedComment, countReports, sendReport, storedReports } from './helpers/report-world';
import { bodyOf, errorOf } from './helpers/responses';

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

const result = (res: { body: unknown }) => bodyOf(res, commentReportResultSchema).data;
const newComment = () => approvedComment(app, fixtures.articles.open.documentId);
const spamReport = (comment: string, note?: string) => ({ comment, reason: 'spam', note });

async function queue(status: string) {
  const res = await app
    .http()
    .get(`/api/moderation/comments?status=${status}&pageSize=100`)
    .set(bearer(moderatorJwt))
    .expect(200);
  return bodyOf(res, moderationQueueSchema).data;
}

describe('who may report, and what', () => {
  it('refuses anyone but the site (no secret, a wrong one, a logged-in user), storing nothing', async () => {
    const comment = await newComment();
    const before = await countReports(app);
    const body = { data: spamReport(comment) };
    const anonymous = await app.http().post('/api/comment-reports').send(body);
    const wrong = await app.http().post('/api/comment-reports').set(WEB_SECRET_HEADER, 'wrong').send(body);
    const user = await app.http().post('/api/comment-reports').set(bearer(readerJwt)).send(body);
    expect([anonymous.status, wrong.status, user.status]).toEqual([403, 403, 403]);
    expect(errorOf(anonymous).message).toMatch(/only the skinfacts site/i);
    expect(await countReports(app)).toBe(before);
  });

  it('has no route that lists or reads reports', async () => {
    for (const path of ['/api/comment-reports', '/api/comment-reports/1']) {
      const res = await app.http().get(path).set(WEB_SECRET_HEADER, WEB_SECRET);
      expect([404, 405]).toContain(res.status);
    }
  });

  it('answers 400 naming the field for a bad reason, an unknown field or a long note', async () => {
    const comment = await newComment();
    const { ip } = newVisitor();
    const badReason = await sendReport(app, ip, { comment, reason: 'boring' }).expect(400);
    expect(errorOf(badReason).details?.fieldErrors?.reason?.[0]).toMatch(/choose a reason/i);
    const extra = await sendReport(app, ip, { ...spamReport(comment), reporterHash: 'x' }).expect(400);
    expect(errorOf(extra).message + JSON.stringify(errorOf(extra).details)).toMatch(/reporterHash/);
    const longNote = await sendReport(app, ip, spamReport(comment, 'x'.repeat(501))).expect(400);
    expect(errorOf(longNote).details?.fieldErrors?.note?.[0]).toMatch(/500/);
    await sendReport(app, ip, { reason: 'spam' }).expect(400);
    expect(await storedReports(app, comment)).toEqual([]);
  });

  it('answers 404 for a comment that is not public (pending, rejected, unknown)', async () => {
    const { ip } = newVisitor();
    for (const comment of [
      fixtures.comments.pending.documentId,
      fixtures.comments.rejected.documentId,
      'doesnotexist1',
    ]) {
      const res = await sendReport(app, ip, spamReport(comment)).expect(404);
      expect(errorOf(res).message).toMatch(/no approved comment/i);
    }
  });
});

describe('reports take a comment back to pending', () => {
  it('after 3 distinct visitors; the same visitor twice counts once; the page is revalidated', async () => {
    const comment = await newComment();
    const [first, second, third] = [newVisitor(), newVisitor(), newVisitor()];
    expect(result(await sendReport(app, first.ip, spamReport(comment, 'Selling pills')).expect(201))).toEqual(
      {
        counted: true,
        heldForModeration: false,
      },
    );
    const again = await sendReport(app, first.ip, { comment, reason: 'abuse' }).expect(200);
    expect(result(again)).toEqual({ counted: false, heldForModeration: false });
    await sendReport(app, second.ip, { comment, reason: 'medical-misinformation' }).expect(201);
    expect((await stored(app, comment)).moderationStatus).toBe('approved');

    site.received.length = 0;
    const held = await sendReport(app, third.ip, { comment, reason: 'other', note: 'Off topic' }).expect(201);
    expect(result(held)).toEqual({ counted: true, heldForModeration: true });

    const row = await stored(app, comment);
    expect(row).toMatchObject({ moderationStatus: 'pending', moderatedBy: 'visitor reports' });
    expect(row.spamSignals).toEqual({ reasons: ['reported by 3 visitors'] });
    expect(await waitForChange(site, (c) => c.type === 'comment')).toEqual({
      type: 'comment',
      articles: [fixtures.articles.open.documentId],
      articleSlugs: [fixtures.articles.open.slug],
    });
    await app.http().get(`/api/comments/${comment}`).expect(404);
    // Now pending: nobody can report it any more.
    await sendReport(app, newVisitor().ip, spamReport(comment)).expect(404);

    const reports = await storedReports(app, comment);
    expect(reports.map((r) => r.reason)).toEqual(['spam', 'medical-misinformation', 'other']);
    expect(new Set(reports.map((r) => r.reporterHash)).size).toBe(3);
    expect(reports.every((r) => r.reporterHash !== null && !r.reporterHash.includes('203.0.113'))).toBe(true);
  });

  it('moves the comment once when several reports cross the threshold together', async () => {
    const comment = await newComment();
    await sendReport(app, newVisitor().ip, spamReport(comment)).expect(201);
    const together = await Promise.all(
      [newVisitor(), newVisitor(), newVisitor(), newVisitor()].map((v) =>
        sendReport(app, v.ip, spamReport(comment)),
      ),
    );
    const answers = together.filter((res) => res.status === 201).map(result);
    const notFoundAfterHold = together.filter((res) => res.status === 404).length;
    expect(answers.filter((a) => a.heldForModeration)).toHaveLength(1);
    expect(answers.length + notFoundAfterHold).toBe(4);
    expect((await stored(app, comment)).moderationStatus).toBe('pending');
  });

  it('follows the Comment settings’ reportThreshold', async () => {
    const settings = app.strapi.documents('api::comment-setting.comment-setting');
    await settings.create({ data: { reportThreshold: 1 } as never });
    try {
      const comment = await newComment();
      const res = await sendReport(app, newVisitor().ip, spamReport(comment)).expect(201);
      expect(result(res).heldForModeration).toBe(true);
      expect((await stored(app, comment)).spamSignals).toEqual({ reasons: ['reported by 1 visitor'] });
    } finally {
      const current = await settings.findFirst({});
      if (current) await settings.delete({ documentId: current.documentId });
    }
  });

  it('rate-limits a visitor: the sixth report within 10 minutes is a 429 with Retry-After', async () => {
    const { ip } = newVisitor();
    const comments = await Promise.all([1, 2, 3, 4, 5, 6].map(() => newComment()));
    for (const comment of comments.slice(0, 5)) await sendReport(app, ip, spamReport(comment)).expect(201);
    const limited = await sendReport(app, ip, spamReport(comments[5] ?? '')).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await storedReports(app, comments[5] ?? '')).toEqual([]);
    // Another visitor is not limited by it.
    await sendReport(app, newVisitor().ip, spamReport(comments[5] ?? '')).expect(201);
  });
});

describe('moderators see reports and dismiss them', () => {
  it('shows open reports with reasons and notes (never who filed them), and dismisses them', async () => {
    const comment = await newComment();
    await sendReport(app, newVisitor().ip, spamReport(comment, 'Links to a shop')).expect(201);
    await sendReport(app, newVisitor().ip, { comment, reason: 'abuse' }).expect(201);

    const listed = (await queue('approved')).find((c) => c.documentId === comment);
    expect(listed?.reports.map(({ reason, note }) => ({ reason, note }))).toEqual([
      { reason: 'spam', note: 'Links to a shop' },
      { reason: 'abuse', note: null },
    ]);
    const raw = await app
      .http()
      .get('/api/moderation/comments?status=approved&pageSize=100')
      .set(bearer(moderatorJwt));
    expect(JSON.stringify(raw.body)).not.toMatch(/reporterHash|reportKey|dismissedBy/);

    const dismissed = await app
      .http()
      .post(`/api/moderation/comments/${comment}/reports/dismiss`)
      .set(bearer(moderatorJwt))
      .expect(200);
    expect(bodyOf(dismissed, dismissedReportsSchema).data.dismissed).toBe(2);
    expect((await queue('approved')).find((c) => c.documentId === comment)?.reports).toEqual([]);
    const reports = await storedReports(app, comment);
    expect(reports.map((r) => r.dismissedBy)).toEqual(['mod@example.com', 'mod@example.com']);

    // Dismissed reports no longer count: two new visitors do not reach the threshold of 3.
    await sendReport(app, newVisitor().ip, spamReport(comment)).expect(201);
    const second = await sendReport(app, newVisitor().ip, spamReport(comment)).expect(201);
    expect(result(second).heldForModeration).toBe(false);
    expect((await stored(app, comment)).moderationStatus).toBe('approved');
  });

  it('re-approving a comment that reports took back to pending dismisses its open reports', async () => {
    const comment = await newComment();
    const keptOpen = await newComment();
    for (const visitor of [newVisitor(), newVisitor(), newVisitor()]) {
      await sendReport(app, visitor.ip, spamReport(comment)).expect(201);
    }
    await sendReport(app, newVisitor().ip, spamReport(keptOpen)).expect(201);
    expect((await stored(app, comment)).moderationStatus).toBe('pending');

    await app
      .http()
      .patch(`/api/moderation/comments/${comment}`)
      .set(bearer(moderatorJwt))
      .send({ moderationStatus: 'approved' })
      .expect(200);
    const reports = await storedReports(app, comment);
    expect(reports.map((r) => r.dismissedBy)).toEqual([
      'mod@example.com',
      'mod@example.com',
      'mod@example.com',
    ]);
    expect(reports.every((r) => r.dismissedAt !== null)).toBe(true);
    expect((await queue('approved')).find((c) => c.documentId === comment)?.reports).toEqual([]);
    // Another comment's reports stay open; and the re-approved one needs 3 new reporters to be held again.
    expect((await storedReports(app, keptOpen)).map((r) => r.dismissedAt)).toEqual([null]);
    const next = await sendReport(app, newVisitor().ip, spamReport(comment)).expect(201);
    expect(result(next).heldForModeration).toBe(false);
    expect((await stored(app, comment)).moderationStatus).toBe('approved');
  });

  it('refuses dismissal to visitors and non-moderators, and 404s an unknown comment', async () => {
    const comment = await newComment();
    await sendReport(app, newVisitor().ip, spamReport(comment)).expect(201);
    const path = `/api/moderation/comments/${comment}/reports/dismiss`;
    expect([401, 403]).toContain((await app.http().post(path)).status);
    await app.http().post(path).set(bearer(readerJwt)).expect(403);
    await app.http().post(path).set(WEB_SECRET_HEADER, WEB_SECRET).expect(403);
    expect((await storedReports(app, comment)).map((r) => r.dismissedAt)).toEqual([null]);
    await app
      .http()
      .post('/api/moderation/comments/nosuchcomment/reports/dismiss')
      .set(bearer(moderatorJwt))
      .expect(404);
    expect(z.number().parse(await countReports(app))).toBeGreaterThan(0);
  });
});
