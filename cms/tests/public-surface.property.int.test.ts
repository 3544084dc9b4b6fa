import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import {
  ARTICLE_LIST_QUERY,
  AUTHOR_LIST_QUERY,
  COMMENT_LIST_QUERY,
  TOPIC_LIST_QUERY,
  TREATMENT_LIST_QUERY,
} from '@skinfacts/shared';
import { startTestStrapi, type TestStrapi } from './helpers/strapi';
import { createHiddenWorld, HIDDEN_WORDS, type HiddenWorld } from './helpers/hidden-world';
import { queryArbitrary, toQueryString } from './helpers/query-arbitraries';

/**
 * The oracle for "nothing hidden leaks": every generated query over every public route gets the same answer
 * (status and body) before and after all hidden data is removed — drafts deleted or discarded, unapproved
 * comments deleted, private values changed. A query that reads hidden data in any way (a filter, a search,
 * a relation, a sort, a count) answers differently once that data is gone.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261202);

const LIST_ROUTES = [
  ['/api/articles', ARTICLE_LIST_QUERY],
  ['/api/treatments', TREATMENT_LIST_QUERY],
  ['/api/authors', AUTHOR_LIST_QUERY],
  ['/api/topics', TOPIC_LIST_QUERY],
  ['/api/comments', COMMENT_LIST_QUERY],
] as const;

type Answer = { status: number; body: unknown };

let app: TestStrapi;
let world: HiddenWorld;

beforeAll(async () => {
  app = await startTestStrapi();
  world = await createHiddenWorld(app.strapi);
}, 120_000);
afterAll(() => app.stop());

function generatedRequests(): string[] {
  const lists = LIST_ROUTES.flatMap(([path, declaration], index) =>
    fc
      .sample(queryArbitrary(declaration, world.ids), { numRuns: RUNS, seed: SEED + index })
      .map((query) => `${path}?${toQueryString(query)}`),
  );
  const details = LIST_ROUTES.flatMap(([path]) =>
    world.ids.map((id, index) => `${path}/${encodeURIComponent(id)}${index % 2 ? '?status=published' : ''}`),
  );
  return [...lists, ...details];
}

async function answersTo(requests: string[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const url of requests) {
    const res = await app.http().get(url);
    answers.push({ status: res.status, body: res.body });
  }
  return answers;
}

it('answers every generated query the same with and without the hidden data', async () => {
  const requests = generatedRequests();
  const before = await answersTo(requests);
  await world.removeHidden();
  const after = await answersTo(requests);

  const differing = requests
    .map((url, index) => ({ url, before: before[index], after: after[index] }))
    .filter(({ before: first, after: second }) => !isDeepStrictEqual(first, second));
  expect(differing.slice(0, 3)).toEqual([]);

  const failures = [...before, ...after].filter((answer) => answer.status >= 500);
  expect(failures).toEqual([]);
  const leaked = before.filter((answer) =>
    HIDDEN_WORDS.some((word) => JSON.stringify(answer.body).includes(word)),
  );
  expect(leaked.slice(0, 3)).toEqual([]);

  // Not vacuous: a good share of the queries is accepted, and many of those find something.
  const accepted = before.filter((answer) => answer.status === 200);
  const found = accepted.filter(
    (answer) => JSON.stringify((answer.body as { data?: unknown }).data) !== '[]',
  );
  expect(accepted.length).toBeGreaterThan(requests.length / 4);
  expect(found.length).toBeGreaterThan(requests.length / 8);
}, 600_000);
