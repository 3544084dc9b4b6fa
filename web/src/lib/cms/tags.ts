/**
 * Cache tags for CMS content. Reads tag their results with these; POST /api/revalidate expires
 * them when the CMS reports a change. Never write a tag string by hand elsewhere.
 */
export const TAGS = {
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  treatments: 'treatments',
  treatment: (slug: string) => `treatment:${slug}`,
  topics: 'topics',
  topic: (slug: string) => `topic:${slug}`,
  authors: 'authors',
  author: (slug: string) => `author:${slug}`,
  comments: (articleDocumentId: string) => `comments:${articleDocumentId}`,
} as const;
