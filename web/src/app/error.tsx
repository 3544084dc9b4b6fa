'use client';

import { useEffect } from 'react';
import { ContentUnavailable } from '@/components/ui/content-unavailable';

/** Catches rendering errors below the root layout (e.g. a CMS failure on a content page). */
export default function RouteError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <ContentUnavailable>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </ContentUnavailable>
  );
}
