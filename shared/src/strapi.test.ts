import { z } from 'zod';
import { collectionResponse, singleResponse } from './strapi';

const item = z.object({ name: z.string() });

describe('collectionResponse', () => {
  const pagination = { page: 1, pageSize: 10, pageCount: 1, total: 2 };

  it('parses a list envelope', () => {
    const response = { data: [{ name: 'a' }, { name: 'b' }], meta: { pagination } };
    expect(collectionResponse(item).parse(response)).toEqual(response);
  });

  it('rejects a bad item or missing pagination', () => {
    expect(collectionResponse(item).safeParse({ data: [{ name: 1 }], meta: { pagination } }).success).toBe(
      false,
    );
    expect(collectionResponse(item).safeParse({ data: [], meta: {} }).success).toBe(false);
  });
});

describe('singleResponse', () => {
  it('parses a single envelope and rejects null data', () => {
    expect(singleResponse(item).parse({ data: { name: 'a' }, meta: {} })).toEqual({ data: { name: 'a' } });
    expect(singleResponse(item).safeParse({ data: null }).success).toBe(false);
  });
});
