import { commentSubmissionSchema, fieldErrors } from '@skinfacts/shared';
import { env } from '@/env';
import { jsonBodyOf } from '@/lib/http/json-request';
import { listApprovedComments, submitComment } from '@/lib/cms/comments';
import { commentListQuerySchema } from '@/lib/comments/list-query';
import { signOwnToken } from '@/lib/comments/own-token';
import { forVisitor, type VisitorError } from '@/lib/comments/visitor-response';
import { noStoreJson } from '@/lib/http/json-response';
import { visitorIp } from '@/lib/comments/visitor-ip';
import { commenterSessionFrom } from '@/lib/commenter/session-cookie';
import { signedInCommenter, withAccountAuthor } from '@/lib/commenter/signed-in-comment';

/** GET /api/comments?article=<documentId>&page=N — a page of approved comments (the CMS read is cached). */
export async function GET(request: Request): Promise<Response> {
  const query = commentListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return noStoreJson({ error: 'Ask for ?article=<documentId>&page=<number>.' } satisfies VisitorError, 400);
  }
  return forVisitor(async () => {
    const { comments, pagination } = await listApprovedComments(query.data.article, query.data.page);
    return noStoreJson({ data: comments, meta: { pagination } });
  });
}

/**
 * POST /api/comments — the comment form. Checked with the same schema the CMS uses, then sent on with the
 * visitor's IP and the site's secret. The answer carries an own-comment token, with which the browser can later
 * ask for the comment's status (see own/route.ts).
 */
export async function POST(request: Request): Promise<Response> {
  const body = await jsonBodyOf(request);
  const sessionToken = commenterSessionFrom(request);
  const signedIn = sessionToken ? await signedInCommenter(sessionToken) : null;
  if (signedIn instanceof Response) return signedIn;
  // A signed-in commenter's name and email are the account's (the CMS puts them in; these only pass the schema).
  const parsed = commentSubmissionSchema.safeParse(signedIn ? withAccountAuthor(body, signedIn) : body);
  if (!parsed.success) {
    return noStoreJson(
      {
        error: 'Your comment has a few problems. Fix the fields marked and send it again.',
        fieldErrors: fieldErrors(parsed.error),
      } satisfies VisitorError,
      400,
    );
  }
  return forVisitor(async () => {
    const comment = await submitComment(parsed.data, {
      ip: visitorIp(request.headers),
      userAgent: request.headers.get('user-agent'),
      commenterSession: signedIn ? sessionToken : null,
    });
    const ownToken = env.WEB_TO_CMS_SECRET ? signOwnToken(env.WEB_TO_CMS_SECRET, comment.documentId) : null;
    return noStoreJson({ data: comment, ownToken }, 201);
  });
}
