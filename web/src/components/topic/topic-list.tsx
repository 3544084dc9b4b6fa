import type { Topic } from '@skinfacts/shared';
import Link from 'next/link';
import { contentPath } from '@skinfacts/shared/site-routes';
import styles from './topic-list.module.css';

type TopicLink = Pick<Topic, 'name' | 'slug' | 'description'>;

const EMPTY = 'No topics yet.';

/** Topics as a row of compact links (home page). */
export function TopicLinks({ topics }: { topics: TopicLink[] }) {
  if (topics.length === 0) return <p>{EMPTY}</p>;
  return (
    <ul className={styles.chips}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <Link href={contentPath.topic(topic.slug)} className={styles.chip}>
            {topic.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Topics with their descriptions (the topics index). */
export function TopicDirectory({ topics }: { topics: TopicLink[] }) {
  if (topics.length === 0) return <p>{EMPTY}</p>;
  return (
    <ul className={styles.directory}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <h2 className={styles.name}>
            <Link href={contentPath.topic(topic.slug)}>{topic.name}</Link>
          </h2>
          {topic.description ? <p className={styles.description}>{topic.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
