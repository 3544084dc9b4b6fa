'use client';

import { useEffect } from 'react';
import './globals.css';

/**
 * Replaces the root layout when it fails to render (e.g. the CMS fails while the layout is rendering),
 * so it brings its own <html> and <body>. Friendly words only: no message, no stack trace.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en">
      <body>
        <main id="main">
          <div className="container">
            <h1>Skinfacts is temporarily unavailable</h1>
            <div className="notice" role="status">
              <p>We couldn’t load this page just now. Please try again in a moment.</p>
              <button type="button" className="button" onClick={() => retry()}>
                Try again
              </button>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
