import {
  COMMENTER_SESSION_HEADER,
  WEB_SECRET_HEADER,
  commenterSignedInSchema,
  type CommenterProfile,
} from '@skinfacts/shared';
import { formToken, newVisitor, postComment, WEB_SECRET } from './comment-posting';
import { bodyOf } from './responses';
import type { TestStrapi } from './strapi';

/** Commenters who signed in at a provider, as the site tells the CMS about them (needs WEB_TO_CMS_SECRET). */

export const asSite = (app: TestStrapi, path: string, payload: unknown) =>
  app
    .http()
    .post(path)
    .set(WEB_SECRET_HEADER, WEB_SECRET)
    .send(payload as object);

let subjects = 0;
/** A new provider profile (generic OpenID Connect unless overridden). */
export const profile = (overrides: Partial<CommenterProfile> = {}): CommenterProfile => {
  subjects += 1;
  return {
    provider: 'oidc',
    subject: `subject-${subjects}-${Math.random()}`,
    displayName: `Commenter ${subjects}`,
    email: `commenter${subjects}@example.org`,
    avatarUrl: null,
    ...overrides,
  };
};

/** The site's sign-in call: the account (created or refreshed) and a new session token. */
export async function signIn(app: TestStrapi, who: CommenterProfile) {
  const res = await asSite(app, '/api/commenter-accounts/sign-in', { profile: who }).expect(201);
  return bodyOf(res, commenterSignedInSchema).data;
}

let posts = 0;
/** A signed-in comment on `article`, as the site sends it (it fills name and email; the CMS takes the account's). */
export function postSignedIn(
  app: TestStrapi,
  article: string,
  sessionToken: string,
  overrides: Record<string, unknown> = {},
) {
  return postComment(
    app,
    {
      article,
      authorName: 'Whatever the form said',
      authorEmail: 'form@example.org',
      authorUrl: 'https://spam.example',
      // Letters only: a number in the text could read as a dose and hold the comment.
      body: `A signed-in question, take ${'i'.repeat((posts += 1))}`,
      formToken: formToken(article),
      ...overrides,
    },
    newVisitor().ip,
  ).set(COMMENTER_SESSION_HEADER, sessionToken);
}
