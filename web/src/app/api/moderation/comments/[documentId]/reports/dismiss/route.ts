import { withSession } from '@/lib/auth/with-session';
import { noStoreJson } from '@/lib/http/json-response';
import { dismissCommentReports } from '@/lib/cms/moderation-privacy';

type Params = { params: Promise<{ documentId: string }> };

/** POST /api/moderation/comments/:documentId/reports/dismiss — dismisses the comment's open reports. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  const { documentId } = await params;
  if (!/^[A-Za-z0-9]{1,64}$/.test(documentId)) return noStoreJson({ error: 'Unknown comment.' }, 400);
  return withSession(request, async (jwt) => ({ data: await dismissCommentReports(jwt, documentId) }));
}
