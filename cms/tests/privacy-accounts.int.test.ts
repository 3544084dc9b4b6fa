/**
 * Privacy requests and commenter accounts (sign-in): an account is found by the email its provider gave,
 * exported with its sessions, and deleted on erasure.
 */
import { z } from 'zod';
import { privacyEraseResultSchema, privacyExportSchema, WEB_SECRET_HEADER } from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { bearer, createUser } from './helpers/moderation-world';
import { signInCommenter, WEB_SECRET } from './helpers/comment-posting';
import { approvedComment } from './helpers/report-world';
import { bodyOf } from './helpers/responses';
import { privacyAudits, privacyRequests, storedCommentRow } from './helpers/privacy-world';

let app: TestStrapi;
let fixtures: Fixtures;
let moderatorJwt: string;

beforeAll(async () => {
  app = await startTestStrapi({ WEB_TO_CMS_SECRET: WEB_SECRET });
  fixtures = await createFixtures(app.strapi);
  moderatorJwt = await createUser(app, 'moderator', 'mod');
});
afterAll(() => app.stop());

const audits = () => privacyAudits(app);
const storedComment = (documentId: string) => storedCommentRow(app, documentId);
const { exportAs, eraseAs } = privacyRequests(() => app);
const asModerator = () => bearer(moderatorJwt);

describe('commenter accounts (sign-in)', () => {
  const signIn = (login: string, email: string) =>
    signInCommenter(app, {
      provider: 'github',
      subject: login,
      displayName: `${login} signed in`,
      email,
      avatarUrl: `https://pictures.example/${login}.png`,
    });

  it('are exported by the email the provider gave, whatever its case, with their sessions but no token hash', async () => {
    const { account } = await signIn('ali', 'Ali@Example.org');
    const res = await exportAs(asModerator(), { email: 'ali@example.org' }).expect(200);
    const { data } = bodyOf(res, privacyExportSchema);
    const accounts = z.array(z.looseObject({ sessions: z.array(z.unknown()) })).parse(data.sections.accounts);
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({
      documentId: account.documentId,
      provider: 'github',
      email: 'Ali@Example.org',
      avatarUrl: 'https://pictures.example/ali.png',
    });
    expect(accounts[0]?.sessions).toHaveLength(1);
    expect(JSON.stringify(data)).not.toMatch(/tokenHash|accountKey/);
    expect((await audits()).slice(-1)[0]?.counts).toMatchObject({ accounts: 1 });
  });

  it('are deleted on erasure: sessions end, and every comment of the account is gone or anonymised', async () => {
    const { account, sessionToken } = await signIn('bo', 'bo@example.org');
    const open = fixtures.articles.open.documentId;
    const mine = { authorName: 'bo signed in', commenterAccount: account.documentId };
    const withAddress = await approvedComment(app, open, { ...mine, authorEmail: 'bo@example.org' });
    // Written while the provider gave another address: found through the account, not the address.
    const olderAddress = await approvedComment(app, open, { ...mine, authorEmail: 'bo-old@example.org' });

    const res = await eraseAs(asModerator(), { email: 'bo@example.org', comments: 'delete' }).expect(200);
    expect(bodyOf(res, privacyEraseResultSchema).data.counts).toEqual({
      reportsUnlinked: 0,
      reportsDeleted: 0,
      commentsDeleted: 1,
      subscriptionsDeleted: 0,
      accountsDeleted: 1,
      mailsDeleted: 0,
    });
    expect(await storedComment(withAddress)).toBeNull();
    expect(await storedComment(olderAddress)).toMatchObject({ authorName: 'Anonymous', ipHash: null });
    const left: unknown = await app.strapi.db
      .query('api::commenter-account.commenter-account')
      .findOne({ where: { documentId: account.documentId } });
    expect(left).toBeNull();
    const session = app.http().post('/api/commenter-accounts/session').set(WEB_SECRET_HEADER, WEB_SECRET);
    await session.send({ sessionToken }).expect(401);
    const again = await exportAs(asModerator(), { email: 'bo@example.org' }).expect(200);
    expect(bodyOf(again, privacyExportSchema).data.sections.accounts).toEqual([]);
  });
});
