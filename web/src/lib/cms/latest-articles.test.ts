/** @jest-environment node */
import { listArticles } from './articles';
import { CmsError } from './errors';
import { loadLatestArticles } from './latest-articles';

jest.mock('./articles', () => ({ listArticles: jest.fn() }));

const mockedList = jest.mocked(listArticles);

describe('loadLatestArticles', () => {
  it('returns the articles when the CMS answers', async () => {
    mockedList.mockResolvedValueOnce({
      articles: [],
      pagination: { page: 1, pageSize: 10, pageCount: 0, total: 0 },
    });
    await expect(loadLatestArticles()).resolves.toEqual({ ok: true, articles: [] });
  });

  it('reports a CMS failure instead of throwing', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    mockedList.mockRejectedValueOnce(new CmsError('CMS could not be reached', null, '/api/articles'));
    await expect(loadLatestArticles()).resolves.toEqual({ ok: false });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
