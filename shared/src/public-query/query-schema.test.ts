import { describeQueryIssue, publicDetailQuerySchema, publicListQuerySchema } from '.';
import type { PublicQueryDeclaration } from './declaration';

const declaration: PublicQueryDeclaration = {
  route: 'GET /api/things',
  filters: {
    slug: { kind: 'identifier' },
    title: { kind: 'text' },
    publishedAt: { kind: 'date' },
    'tags.slug': { kind: 'identifier' },
    level: { kind: 'enum', values: ['low', 'high'] },
  },
  sort: ['title', 'publishedAt'],
  search: ['title'],
  status: true,
};
const schema = publicListQuerySchema(declaration);

function problem(query: unknown) {
  const parsed = schema.safeParse(query);
  if (parsed.success) throw new Error(`accepted ${JSON.stringify(query)}`);
  return describeQueryIssue(parsed.error.issues[0]!);
}

describe('publicListQuerySchema', () => {
  it('accepts declared filters, operators, sorts, search and pagination', () => {
    const parsed = schema.parse({
      filters: {
        $or: [{ slug: 'a' }, { tags: { slug: { $in: ['x', 'y'] } } }],
        publishedAt: { $gte: '2026-01-01' },
        level: { $eq: 'high' },
      },
      sort: 'title:DESC,publishedAt',
      pagination: { page: '2', pageSize: '100' },
      _q: ' needle ',
    });
    expect(parsed).toEqual({
      filters: {
        $or: [{ slug: { $eq: 'a' } }, { tags: { slug: { $in: ['x', 'y'] } } }],
        publishedAt: { $gte: '2026-01-01' },
        level: { $eq: 'high' },
      },
      sort: ['title:desc', 'publishedAt:asc'],
      pagination: { page: 2, pageSize: 100 },
      _q: 'needle',
    });
  });

  it('reads qs’s object form of a long list as a list', () => {
    const parsed = schema.parse({ filters: { slug: { $in: { '0': 'a', '150': 'b' } } } });
    expect(parsed.filters).toEqual({ slug: { $in: ['a', 'b'] } });
  });

  it.each([
    [{ filters: { secret: 'x' } }, 'filters[secret]', 'is not accepted here'],
    [{ filters: { tags: { name: 'x' } } }, 'filters[tags][name]', 'is not accepted here'],
    [{ filters: { slug: { $containsi: 'x' } } }, 'filters[slug][$containsi]', 'is not accepted here'],
    [{ filters: { publishedAt: { $lt: 'soon' } } }, 'filters[publishedAt][$lt]', 'must be an ISO date'],
    [{ filters: { level: 'extreme' } }, 'filters[level][$eq]', 'Invalid option'],
    [{ filters: { slug: { $eq: { $ne: '1' } } } }, 'filters[slug][$eq]', 'expected string'],
    [{ filters: { title: 'x'.repeat(201) } }, 'filters[title][$eq]', 'Too big'],
    [{ filters: { slug: {} } }, 'filters[slug]', 'needs an operator'],
    [{ sort: 'body' }, 'sort', 'cannot sort by "body"'],
    [{ pagination: { pageSize: '101' } }, 'pagination[pageSize]', 'Too big'],
    [{ pagination: { page: 'two' } }, 'pagination[page]', 'must be a whole number'],
    [{ populate: '*' }, 'populate', 'is not accepted here'],
    [{ status: 'archived' }, 'status', 'Invalid option'],
  ])('refuses %j: %s', (query, parameter, message) => {
    const { parameter: named, problem: said } = problem(query);
    expect(named).toBe(parameter);
    expect(said).toContain(message);
  });

  it('limits how deep $and, $or and $not nest', () => {
    const nested = (depth: number): object => (depth === 0 ? { slug: 'a' } : { $not: nested(depth - 1) });
    expect(schema.safeParse({ filters: nested(4) }).success).toBe(true);
    expect(problem({ filters: nested(5) }).parameter).toBe('filters[$not][$not][$not][$not][$not]');
  });

  it('refuses _q and status on a route that declares neither', () => {
    const bare = publicListQuerySchema({ ...declaration, search: [], status: false });
    expect(bare.safeParse({ _q: 'x' }).success).toBe(false);
    expect(bare.safeParse({ status: 'draft' }).success).toBe(false);
  });
});

describe('publicDetailQuerySchema', () => {
  it('takes status where drafts exist, and nothing else', () => {
    expect(publicDetailQuerySchema({ route: 'x', status: true }).parse({ status: 'draft' })).toEqual({
      status: 'draft',
    });
    expect(publicDetailQuerySchema({ route: 'x', status: true }).safeParse({ populate: '*' }).success).toBe(
      false,
    );
    expect(
      publicDetailQuerySchema({ route: 'x', status: false }).safeParse({ status: 'draft' }).success,
    ).toBe(false);
  });
});
