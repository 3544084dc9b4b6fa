import { guardRelations, type ModelInfo } from './guard-relations';

const MODELS: Record<string, ModelInfo> = {
  article: {
    draftAndPublish: true,
    attributes: {
      slug: { type: 'uid' },
      treatments: { type: 'relation', target: 'treatment' },
      topics: { type: 'relation', target: 'topic' },
      seo: { type: 'component', component: 'seo' },
    },
  },
  treatment: {
    draftAndPublish: true,
    attributes: { slug: { type: 'uid' }, articles: { type: 'relation', target: 'article' } },
  },
  topic: { draftAndPublish: false, attributes: { slug: { type: 'uid' } } },
  seo: { draftAndPublish: false, attributes: { image: { type: 'relation', target: 'treatment' } } },
};
const lookup = (uid: string) => MODELS[uid] ?? { attributes: {}, draftAndPublish: false };
const published = { publishedAt: { $notNull: true } };
const visibility = (_uid: string, model: ModelInfo) => (model.draftAndPublish ? published : null);
const guard = (filters: Record<string, unknown>) => guardRelations(filters, 'article', lookup, visibility);

describe('guardRelations', () => {
  it('and-s the target’s visibility onto a relation filter', () => {
    expect(guard({ treatments: { slug: { $eq: 'x' } } })).toEqual({
      treatments: { $and: [{ slug: { $eq: 'x' } }, published] },
    });
  });

  it('leaves fields and relations to always-public types alone', () => {
    const filters = { slug: { $eq: 'a' }, topics: { slug: { $eq: 'b' } } };
    expect(guard(filters)).toEqual(filters);
  });

  it('guards inside $and, $or, $not, nested relations and components', () => {
    expect(
      guard({
        $or: [{ $not: { treatments: { articles: { slug: 'a' } } } }],
        $and: [{ seo: { image: { slug: 'b' } } }],
      }),
    ).toEqual({
      $or: [
        {
          $not: {
            treatments: { $and: [{ articles: { $and: [{ slug: 'a' }, published] } }, published] },
          },
        },
      ],
      $and: [{ seo: { image: { $and: [{ slug: 'b' }, published] } } }],
    });
  });
});
