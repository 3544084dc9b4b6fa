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

/** Publishes a draft with `changes` applied, as "Publish" does after an edit in the form. */
export async function publishWith(
  session: AdminSession,
  uid: 'api::article.article' | 'api::treatment.treatment',
  documentId: string,
  changes: Record<string, unknown>,
) {
  const url = `${session.cmsUrl}/content-manager/collection-types/${uid}/${documentId}/actions/publish`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
    body: JSON.stringify(changes),
  });
  if (!response.ok) throw new Error(`publish failed: ${response.status} ${await response.text()}`);
}

export function publishArticleWith(
  session: AdminSession,
  documentId: string,
  changes: Record<string, unknown>,
) {
  return publishWith(session, 'api::article.article', documentId, changes);
}

type CollectionUid = 'api::article.article' | 'api::treatment.treatment' | 'api::topic.topic';

function collectionUrl(session: AdminSession, uid: CollectionUid, documentId?: string): string {
  const base = `${session.cmsUrl}/content-manager/collection-types/${uid}`;
  return documentId ? `${base}/${documentId}` : base;
}

/** Creates an entry as "Save" does for a new one (a type without draft & publish is public at once). */
export async function createEntry(
  session: AdminSession,
  uid: CollectionUid,
  fields: Record<string, unknown>,
): Promise<{ documentId: string }> {
  const response = await fetch(collectionUrl(session, uid), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${session.token}` },
    body: JSON.stringify(fields),
  });
  if (!response.ok) throw new Error(`create failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { data: { documentId: string } };
  return { documentId: body.data.documentId };
}

/** Deletes an entry, as "Delete entry" does. */
export async function deleteEntry(session: AdminSession, uid: CollectionUid, documentId: string) {
  const response = await fetch(collectionUrl(session, uid, documentId), {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${session.token}` },
  });
  if (!response.ok) throw new Error(`delete failed: ${response.status} ${await response.text()}`);
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
