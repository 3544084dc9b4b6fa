import 'server-only';
import { cache } from 'react';
import {
  collectionResponse,
  isSlug,
  singleResponse,
  topicDetailSchema,
  topicSchema,
} from '@skinfacts/shared';
import type { Topic, TopicDetail } from '@skinfacts/shared';
import { cmsFetch, CmsError } from './client';
import { TAGS } from './tags';

const topicListSchema = collectionResponse(topicSchema);
const topicDetailResponse = singleResponse(topicDetailSchema);

/** Every topic, by name (the CMS serves at most 100 per page; a site has a handful). */
export async function listTopics(): Promise<Topic[]> {
  const { data } = await cmsFetch('/api/topics', topicListSchema, {
    query: { sort: 'name:asc', 'pagination[pageSize]': 100 },
    tags: [TAGS.topics],
  });
  return data;
}

/**
 * A topic with its published articles, or null when there is no such topic. A malformed slug is
 * answered without asking the CMS. Other CMS failures throw. Memoised per request (React `cache`), so
 * generateMetadata and the page share one read even for a missing topic, whose 404 the fetch cache skips.
 */
export const getTopicBySlug = cache(async function getTopicBySlug(slug: string): Promise<TopicDetail | null> {
  if (!isSlug(slug)) return null;
  try {
    const { data } = await cmsFetch(`/api/topics/${encodeURIComponent(slug)}`, topicDetailResponse, {
      tags: [TAGS.topic(slug), TAGS.topics, TAGS.articles],
    });
    return data;
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
});
