import type { Core, UID } from '@strapi/strapi';

type Data = Record<string, unknown>;
type Document = Data & { id: number; documentId: string; slug?: string };

/** The Document Service calls the tests use, taking data the compiler cannot vouch for. */
export type LooseDocuments = {
  create(params: { data: Data; status?: 'published' | 'draft' }): Promise<Document>;
  update(params: { documentId: string; data: Data }): Promise<Document | null>;
  publish(params: { documentId: string }): Promise<unknown>;
};

/**
 * The real Document Service, typed loosely: tests write invalid and hostile data on purpose, which the
 * generated content-type types (rightly) refuse to compile.
 */
export function looseDocuments(strapi: Core.Strapi, uid: UID.ContentType): LooseDocuments {
  const service: unknown = strapi.documents(uid);
  return service as LooseDocuments;
}

/** `looseDocuments` for one Strapi: `docs('api::author.author').create(…)`. */
export const documentsOf = (strapi: Core.Strapi) => (uid: UID.ContentType) => looseDocuments(strapi, uid);

/** A Strapi blocks body of one paragraph. */
export const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** An article's data as the test worlds write it: an excerpt and a one-paragraph body from its title, then `fields`. */
export const articleData = (title: string, fields: Record<string, unknown>) => ({
  title,
  excerpt: `${title} excerpt`,
  body: paragraph(`${title} body`),
  ...fields,
});
