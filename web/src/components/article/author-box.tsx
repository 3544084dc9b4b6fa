import type { AuthorByline } from '@skinfacts/shared';
import { CmsImage } from '@/components/ui/cms-image';
import styles from './author-box.module.css';

/** "About the author": avatar, name with credentials, and bio; nothing without a bio. */
export function AuthorBox({ author }: { author: AuthorByline }) {
  if (!author.bio) return null;
  return (
    <section className={styles.box} aria-labelledby="author-heading">
      {author.avatar ? (
        <CmsImage media={author.avatar} alt="" sizes="4rem" className={styles.avatar} />
      ) : null}
      <div>
        <h2 id="author-heading" className={styles.heading}>
          About the author
        </h2>
        <p className={styles.name}>
          {author.name}
          {author.credentials ? <span className={styles.credentials}>, {author.credentials}</span> : null}
        </p>
        <p className={styles.bio}>{author.bio}</p>
      </div>
    </section>
  );
}
