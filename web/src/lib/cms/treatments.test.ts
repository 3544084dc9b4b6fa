/** @jest-environment node */
import { startStubServer, type StubServer } from '@/test/stub-server';
import { rawTreatment, rawTreatmentSummary } from './__fixtures__/content';

let server: StubServer;
let treatments: typeof import('./treatments');
let errors: typeof import('./errors');

beforeAll(async () => {
  server = await startStubServer((request) => {
    const url = new URL(request.url ?? '', 'http://stub');
    switch (url.pathname) {
      case '/api/treatments':
        return {
          body: JSON.stringify({
            data: [rawTreatmentSummary],
            meta: { pagination: { page: 1, pageSize: 100, pageCount: 1, total: 1 } },
          }),
        };
      case '/api/treatments/microneedling':
        return { body: JSON.stringify({ data: rawTreatment, meta: {} }) };
      case '/api/treatments/malformed':
        return { body: JSON.stringify({ data: { ...rawTreatment, painLevel: 'excruciating' } }) };
      default:
        return { status: 404, body: JSON.stringify({ data: null, error: { status: 404 } }) };
    }
  });
  jest.resetModules();
  process.env.CMS_URL = server.origin;
  process.env.CMS_PREVIEW_TOKEN = 'preview-token';
  treatments = await import('./treatments');
  errors = await import('./errors');
});

afterAll(() => server.close());

const lastRequest = () => new URL(server.requests.at(-1) ?? '', server.origin);

describe('listTreatments', () => {
  it('lists treatments by name, one page of up to 100', async () => {
    const list = await treatments.listTreatments();
    expect(list.map((treatment) => treatment.slug)).toEqual(['microneedling']);
    expect(list[0]?.performedBy).toEqual([
      { role: 'aesthetician' },
      { role: 'dermatologist' },
      { role: 'plastic-surgeon' },
    ]);
    expect(Object.fromEntries(lastRequest().searchParams)).toEqual({
      sort: 'name:asc',
      'pagination[page]': '1',
      'pagination[pageSize]': '100',
    });
  });
});

describe('getTreatmentBySlug', () => {
  it('parses every fact and the articles about it', async () => {
    const treatment = await treatments.getTreatmentBySlug('microneedling');
    expect(treatment?.aliases).toEqual([{ name: 'Collagen induction therapy' }, { name: 'Skin needling' }]);
    expect(treatment?.resultsOnset).toEqual({ min: 3, max: 12, unit: 'month' });
    expect(treatment?.articles.map((article) => article.slug)).toEqual(['preparing-for-microneedling']);
    expect(lastRequest().pathname).toBe('/api/treatments/microneedling');
    expect([...lastRequest().searchParams.keys()]).toEqual([]);
  });

  it('reads the draft in draft mode', async () => {
    await treatments.getTreatmentBySlug('microneedling', { draft: true });
    expect(lastRequest().searchParams.get('status')).toBe('draft');
  });

  it('answers null for an unknown or malformed slug', async () => {
    await expect(treatments.getTreatmentBySlug('nope')).resolves.toBeNull();
    const before = server.requests.length;
    await expect(treatments.getTreatmentBySlug('no/pe')).resolves.toBeNull();
    expect(server.requests).toHaveLength(before);
  });

  it('throws CmsParseError for a malformed treatment', async () => {
    const read = treatments.getTreatmentBySlug('malformed');
    await expect(read).rejects.toBeInstanceOf(errors.CmsParseError);
    await expect(read).rejects.toMatchObject({ issuePaths: ['data.painLevel'] });
  });
});
