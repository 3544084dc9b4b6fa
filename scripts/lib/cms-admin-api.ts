/**
 * The CMS admin panel's own REST API — what its Save and Publish buttons call — used the way an editor would,
 * logged in with an admin account. Browser tests and benchmarks publish through it.
 */
export interface AdminSession {
  cmsUrl: string;
  token: string;
}

export async function adminLogin(
  cmsUrl: string,
  credentials: { email: string; password: string },
): Promise<AdminSession> {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`admin login failed: ${response.status}`);
  const body = (await response.json()) as { data: { token: string } };
  return { cmsUrl, token: body.data.token };
}

type DraftUid = 'api::article.article' | 'api::treatment.treatment';
type CollectionUid = DraftUid | 'api::topic.topic';

/** One call to the content manager's API; a non-2xx answer throws with the CMS's own explanation. */
async function adminRequest(session: AdminSession, method: string, path: string, body?: unknown) {
  const response = await fetch(`${session.cmsUrl}/content-manager${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
  return response;
}

/** Publishes a draft with `changes` applied, as "Publish" does after an edit in the form. */
export async function publishWith(
  session: AdminSession,
  uid: DraftUid,
  documentId: string,
  changes: Record<string, unknown>,
) {
  await adminRequest(session, 'POST', `/collection-types/${uid}/${documentId}/actions/publish`, changes);
}

export function publishArticleWith(
  session: AdminSession,
  documentId: string,
  changes: Record<string, unknown>,
) {
  return publishWith(session, 'api::article.article', documentId, changes);
}

/** Creates an entry as "Save" does for a new one (a type without draft & publish is public at once). */
export async function createEntry(
  session: AdminSession,
  uid: CollectionUid,
  fields: Record<string, unknown>,
): Promise<{ documentId: string }> {
  const response = await adminRequest(session, 'POST', `/collection-types/${uid}`, fields);
  const body = (await response.json()) as { data: { documentId: string } };
  return { documentId: body.data.documentId };
}

/** Deletes an entry, as "Delete entry" does. */
export async function deleteEntry(session: AdminSession, uid: CollectionUid, documentId: string) {
  await adminRequest(session, 'DELETE', `/collection-types/${uid}/${documentId}`);
}

/** Saves `changes` to the draft without publishing them, as "Save" does on a published entry. */
export async function saveDraftWith(
  session: AdminSession,
  uid: DraftUid,
  documentId: string,
  changes: Record<string, unknown>,
) {
  await adminRequest(session, 'PUT', `/collection-types/${uid}/${documentId}`, changes);
}

/** Throws the draft's changes away, as "Discard changes" does: the draft is the published version again. */
export async function discardDraft(session: AdminSession, uid: DraftUid, documentId: string) {
  await adminRequest(session, 'POST', `/collection-types/${uid}/${documentId}/actions/discard`, {});
}

/** The link the Preview button opens for the draft (or the published version) of an entry. */
export async function previewUrl(
  session: AdminSession,
  uid: DraftUid,
  documentId: string,
  status: 'draft' | 'published',
): Promise<string> {
  const query = new URLSearchParams({ documentId, status });
  const response = await adminRequest(session, 'GET', `/preview/url/${uid}?${query}`);
  const body = (await response.json()) as { data: { url?: string } };
  if (!body.data.url) throw new Error(`the CMS has no preview link for ${uid} ${documentId}`);
  return body.data.url;
}

/** Resolves with the milliseconds until `text` appears on `url`, polling every `intervalMs`. */
export async function waitForText(
  url: string,
  text: string,
  timeoutMs: number,
  intervalMs = 25,
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if ((await (await fetch(url)).text()).includes(text)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`"${text}" did not appear on ${url} within ${timeoutMs} ms`);
}
