import { randomInt } from 'node:crypto';
import type { TestStrapi } from './strapi';
import { issueFormToken } from '../../src/rules/form-token';
import { z } from 'zod';
import {
  CLIENT_IP_HEADER,
  WEB_SECRET_HEADER,
  commenterSignedInSchema,
  ownCommentSchema,
  singleResponse,
  type CommenterProfile,
} from '@skinfacts/shared';
import { bodyOf } from './responses';

export const WEB_SECRET = 'test-web-to-cms-secret';

/** A fresh form token for `article`, as if the form had been open for `openForMs`. */
export function formToken(article: string, openForMs = 10_000) {
  const key = (process.env.APP_KEYS ?? '').split(',')[0] ?? '';
  return issueFormToken(key, article, Date.now() - openForMs);
}

let visitor = 0;
/** A different visitor each call: its own IP (sent the way the site sends it) and email address. */
export function newVisitor() {
  visitor += 1;
  return {
    ip: `203.0.113.${randomInt(1, 250)}-${visitor}`,
    email: `visitor${visitor}-${randomInt(1e9)}@example.org`,
  };
}

export function postComment(app: TestStrapi, data: Record<string, unknown>, ip: string) {
  return app
    .http()
    .post('/api/comments')
    .set(WEB_SECRET_HEADER, WEB_SECRET)
    .set(CLIENT_IP_HEADER, ip)
    .send({ data });
}

/** The comment a post answers with (201), as the site reads it: public fields and the status the visitor may see. */
export const submitted = (res: { body: unknown }) => bodyOf(res, singleResponse(ownCommentSchema)).data;

/** GET /api/comments/form-token's answer. */
export const formTokenAnswer = (res: { body: unknown }) =>
  bodyOf(res, z.object({ data: z.object({ formToken: z.string().min(1), commentsOpen: z.boolean() }) })).data;

/** Signs a commenter in as the site does once their provider vouched for them: their account and a new session. */
export async function signInCommenter(app: TestStrapi, profile: CommenterProfile) {
  const res = await app
    .http()
    .post('/api/commenter-accounts/sign-in')
    .set(WEB_SECRET_HEADER, WEB_SECRET)
    .send({ profile })
    .expect(201);
  return bodyOf(res, commenterSignedInSchema).data;
}
