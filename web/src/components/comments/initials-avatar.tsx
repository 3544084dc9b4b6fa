import { avatarColour, initialsOf } from '@/lib/comments/initials-avatar';
import styles from './comments.module.css';

/** A generated avatar: the name's initials on a colour of its own. Made here: no request to anyone. */
export function InitialsAvatar({ name }: { name: string }) {
  return (
    <span
      className={styles.avatar}
      style={{ backgroundColor: avatarColour(name) }}
      aria-hidden="true"
      data-testid="avatar"
    >
      {initialsOf(name)}
    </span>
  );
}
