import fc from 'fast-check';
import { LIST_OPERATORS, operatorsFor, type PublicQueryDeclaration } from '@skinfacts/shared';
import { HIDDEN_WORDS, PUBLIC_WORDS } from './hidden-world';

/** Every attribute name of the content model, private ones and relations included, and Strapi's own columns. */
const ANY_FIELD = [
  'id',
  'documentId',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'locale',
  'createdBy',
  'updatedBy',
  'title',
  'slug',
  'excerpt',
  'body',
  'cover',
  'author',
  'topics',
  'treatments',
  'seo',
  'medicalReview',
  'references',
  'commentsOpen',
  'name',
  'aliases',
  'summary',
  'howItWorks',
  'benefits',
  'performedBy',
  'painLevel',
  'downtime',
  'resultsOnset',
  'precautions',
  'articles',
  'credentials',
  'bio',
  'avatar',
  'description',
  'authorName',
  'authorEmail',
  'authorUrl',
  'article',
  'parent',
  'moderationStatus',
  'moderatedAt',
  'moderatedBy',
  'ipHash',
  'userAgent',
  'spamSignals',
  'staffReply',
  'email',
  'password',
];
const ANY_OPERATOR = [
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$null',
  '$notNull',
  '$between',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
];

type Tree = Record<string, unknown>;

export function queryArbitrary(declaration: PublicQueryDeclaration, ids: readonly string[]) {
  const words = [...HIDDEN_WORDS, ...PUBLIC_WORDS, ...ids];
  const value = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((word) => word.slice(0, 4)),
    fc.constantFrom(
      '2026-12-31',
      'false',
      '1',
      '2',
      '2026-01-01',
      '2020-01-01T00:00:00.000Z',
      'approved',
      'pending',
      'minimal',
    ),
  );
  const anyCondition = fc.oneof(
    value,
    fc.dictionary(
      fc.constantFrom(...ANY_OPERATOR),
      fc.oneof(value, fc.array(value, { minLength: 1, maxLength: 3 })),
      {
        minKeys: 1,
        maxKeys: 2,
      },
    ),
  );
  const anyLeaf = fc.tuple(
    fc.array(fc.constantFrom(...ANY_FIELD), { minLength: 1, maxLength: 3 }),
    anyCondition,
  );
  // Mostly what the route declares, with values that match public and hidden data alike: the queries that
  // are accepted are the ones that could leak.
  const declaredLeaf = fc.constantFrom(...Object.entries(declaration.filters)).chain(([path, rule]) => {
    const operator = fc.constantFrom(...operatorsFor(rule));
    const condition = operator.chain((op) =>
      (LIST_OPERATORS.has(op) ? fc.array(value, { minLength: 1, maxLength: 3 }) : value).map((item) => ({
        [op]: item,
      })),
    );
    return fc.tuple(fc.constant(path.split('.')), fc.oneof(condition, condition, value));
  });
  const leaf = (
    Object.keys(declaration.filters).length > 0
      ? fc.oneof({ weight: 4, arbitrary: declaredLeaf }, anyLeaf)
      : anyLeaf
  ).map(
    ([segments, condition]) =>
      segments.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), condition) as Tree,
  );
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((items) => ({ $or: items })),
      fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((items) => ({ $and: items })),
      tie('tree').map((item) => ({ $not: item })),
    ),
  }));
  const sortKey = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...declaration.sort) },
    fc.constantFrom(...ANY_FIELD),
  );
  const sort = fc
    .tuple(sortKey, fc.constantFrom('', ':asc', ':desc'))
    .map(([key, direction]) => `${key}${direction}`);
  /** Mostly absent: a parameter that is always refused would hide the others behind its 400. */
  const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
  const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
  return fc
    .record({
      filters: fc.oneof({ weight: 4, arbitrary: tree }, { weight: 1, arbitrary: fc.constant(undefined) }),
      sort: sometimes(fc.oneof(sort, fc.array(sort, { minLength: 1, maxLength: 2 }))),
      _q: rarely(value),
      pagination: sometimes(
        fc.record(
          { page: fc.constantFrom('1', '2'), pageSize: fc.constantFrom('1', '2', '100') },
          { requiredKeys: [] },
        ),
      ),
      populate: rarely(fc.constantFrom('*', 'articles', 'comments')),
      status: rarely(fc.constantFrom('published', 'draft')),
    })
    .map(
      (query) => Object.fromEntries(Object.entries(query).filter(([, item]) => item !== undefined)) as Tree,
    );
}

/** `{ a: { b: ['x'] } }` → `a[b][0]=x`, as a browser or qs would send it. */
export function toQueryString(query: Tree): string {
  const pairs: string[] = [];
  const walk = (prefix: string, item: unknown) => {
    if (item !== null && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) walk(prefix ? `${prefix}[${key}]` : key, inner);
    } else {
      pairs.push(`${prefix}=${encodeURIComponent(String(item))}`);
    }
  };
  walk('', query);
  return pairs.join('&');
}
