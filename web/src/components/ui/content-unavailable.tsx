import type { ReactNode } from 'react';

/** Shown instead of content when the CMS cannot be reached. */
export function ContentUnavailable({ children }: { children?: ReactNode }) {
  return (
    <div className="notice" role="status">
      <h2>Content is temporarily unavailable</h2>
      <p>We couldn’t load this content just now. Please try again in a moment.</p>
      {children}
    </div>
  );
}
