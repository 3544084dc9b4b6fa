import { PAIN_LEVELS } from '../treatment';
import type { PublicDetailDeclaration, PublicQueryDeclaration } from './declaration';

const slug = { kind: 'identifier' } as const;
const documentId = { kind: 'identifier' } as const;
const text = { kind: 'text' } as const;
const date = { kind: 'date' } as const;

export const ARTICLE_LIST_QUERY: PublicQueryDeclaration = {
  route: 'GET /api/articles',
  filters: {
    documentId,
    slug,
    title: text,
    excerpt: text,
    publishedAt: date,
    updatedAt: date,
    'author.slug': slug,
    'topics.slug': slug,
    'treatments.slug': slug,
  },
  sort: ['publishedAt', 'updatedAt', 'title', 'id'],
  search: ['title', 'excerpt'],
  status: true,
};

export const TREATMENT_LIST_QUERY: PublicQueryDeclaration = {
  route: 'GET /api/treatments',
  filters: {
    documentId,
    slug,
    name: text,
    summary: text,
    'aliases.name': text,
    painLevel: { kind: 'enum', values: PAIN_LEVELS },
    publishedAt: date,
    updatedAt: date,
  },
  sort: ['name', 'publishedAt', 'updatedAt', 'id'],
  search: ['name', 'summary', 'aliases.name'],
  status: true,
};

export const AUTHOR_LIST_QUERY: PublicQueryDeclaration = {
  route: 'GET /api/authors',
  filters: { documentId, slug, name: text },
  sort: ['name', 'id'],
  search: ['name'],
  status: true,
};

export const TOPIC_LIST_QUERY: PublicQueryDeclaration = {
  route: 'GET /api/topics',
  filters: { documentId, slug, name: text, description: text },
  sort: ['name', 'updatedAt', 'id'],
  search: ['name', 'description'],
  status: true,
};

/** Approved comments only, whatever is sent; the article is the one filter a reader needs. */
export const COMMENT_LIST_QUERY: PublicQueryDeclaration = {
  route: 'GET /api/comments',
  filters: { documentId, 'article.documentId': documentId, 'article.slug': slug },
  sort: ['createdAt', 'id'],
  search: [],
  status: false,
};

export const detailQuery = (route: string, status: boolean): PublicDetailDeclaration => ({ route, status });
