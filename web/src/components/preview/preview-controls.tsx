'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { fetchJson } from '@/lib/http/fetch-json';
import { loadPage } from './load-page';
import styles from './preview-banner.module.css';

/** The message Strapi's admin panel posts to the preview iframe after the editor saves. */
export const STRAPI_UPDATE = 'strapiUpdate';

function isStrapiUpdate(event: MessageEvent): boolean {
  const data: unknown = event.data;
  return typeof data === 'object' && data !== null && 'type' in data && data.type === STRAPI_UPDATE;
}

/** Leaves draft mode (a JSON POST, like every call that changes something) and answers where to go. */
async function exitPreview(pathname: string): Promise<string> {
  const { ok, status, body } = await fetchJson('/api/preview/exit', {
    method: 'POST',
    body: JSON.stringify({ path: encodeURI(pathname) }),
  });
  if (!ok || typeof body !== 'object' || body === null || !('path' in body)) {
    throw new Error(`Leaving preview failed (${status}).`);
  }
  return typeof body.path === 'string' ? body.path : '/';
}

/**
 * "Exit preview" (back to the same page, loaded afresh without drafts), and, inside the admin panel's preview
 * iframe, a refresh of the page whenever the editor saves. Only the framing window (the admin panel) is
 * listened to; a refresh is all a message can cause.
 */
export function PreviewControls() {
  const pathname = usePathname();
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (window.parent === window) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isStrapiUpdate(event)) router.refresh();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [router]);

  const onExit = () => {
    setProblem(null);
    exitPreview(pathname).then(
      (path) => loadPage(path),
      () => setProblem('Could not leave preview. Try again in a moment.'),
    );
  };

  return (
    <div className={styles.exit}>
      <button type="button" className={styles.button} onClick={onExit}>
        Exit preview
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
    </div>
  );
}
