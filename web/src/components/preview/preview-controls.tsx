'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect } from 'react';
import styles from './preview-banner.module.css';

/** The message Strapi's admin panel posts to the preview iframe after the editor saves. */
export const STRAPI_UPDATE = 'strapiUpdate';

function isStrapiUpdate(event: MessageEvent): boolean {
  const data: unknown = event.data;
  return typeof data === 'object' && data !== null && 'type' in data && data.type === STRAPI_UPDATE;
}

/**
 * "Exit preview" (POST, so no prefetch can end preview by accident; back to the same page), and, inside the
 * admin panel's preview iframe, a refresh of the page whenever the editor saves. Only the framing window
 * (the admin panel) is listened to; a refresh is all a message can cause.
 */
export function PreviewControls() {
  const pathname = usePathname();
  const router = useRouter();

  useEffect(() => {
    if (window.parent === window) return;
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && isStrapiUpdate(event)) router.refresh();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [router]);

  return (
    <form method="post" action="/api/preview/exit" className={styles.exit}>
      <input type="hidden" name="path" value={pathname} />
      <button type="submit" className={styles.button}>
        Exit preview
      </button>
    </form>
  );
}
