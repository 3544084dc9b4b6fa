'use client';

import { useEffect } from 'react';
import { ContentUnavailable } from '@/components/ui/content-unavailable';

/**
 * Shown when a page below the root layout fails to render — in practice, the CMS being unreachable or
 * answering with an error. The error's details stay in the server log (matched by `digest`); visitors
 * never see a message or a stack trace. A page that failed this way is not cached (ISR keeps serving the
 * last good version of a page it already had).
 */
export default function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <ContentUnavailable>
      <button type="button" className="button" onClick={() => retry()}>
        Try again
      </button>
    </ContentUnavailable>
  );
}
