import { draftMode } from 'next/headers';
import { PreviewControls } from './preview-controls';
import styles from './preview-banner.module.css';

/**
 * Shown on every page while draft mode is on (the CMS's Preview button turned it on): says that drafts are
 * showing and offers a way out. Renders nothing for visitors, and reading draftMode() keeps pages static.
 */
export async function PreviewBanner() {
  const { isEnabled } = await draftMode();
  if (!isEnabled) return null;
  return (
    <aside className={styles.banner} aria-label="Preview">
      <p className={styles.text}>
        <strong>Preview.</strong> You are seeing drafts; visitors see the published version.
      </p>
      <PreviewControls />
    </aside>
  );
}
