import { avatarColour, initialsOf } from '@/lib/comments/initials-avatar';
import styles from './comments.module.css';

type Props = {
  name: string;
  /** The commenter's picture on this site (see lib/avatars/avatar-path.ts), laid over the initials. */
  picture?: string | null;
};

/**
 * A generated avatar: the name's initials on a colour of its own, made here with no request to anyone. With a
 * picture, the picture covers it; the initials stay beneath while it loads.
 */
export function InitialsAvatar({ name, picture }: Props) {
  return (
    <span
      className={styles.avatar}
      style={{ backgroundColor: avatarColour(name) }}
      aria-hidden="true"
      data-testid="avatar"
    >
      {initialsOf(name)}
      {picture ? (
        // A small picture our own route serves: next/image would only re-encode it.
        // eslint-disable-next-line @next/next/no-img-element
        <img className={styles.avatarPicture} src={picture} alt="" width={32} height={32} loading="lazy" />
      ) : null}
    </span>
  );
}
