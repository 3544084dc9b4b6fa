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
