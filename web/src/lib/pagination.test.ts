import { isPageInRange, pageHref, pageLinks, pageWindow, parsePageParam } from './pagination';

describe('parsePageParam', () => {
  it('is page 1 when the parameter is absent', () => {
    expect(parsePageParam(undefined)).toBe(1);
  });

  it.each([
    ['1', 1],
    ['2', 2],
    ['37', 37],
  ])('reads %p as page %p', (value, page) => {
    expect(parsePageParam(value)).toBe(page);
  });

  it.each(['abc', '0', '-1', '1.5', '02', '', ' 2', '2 ', '1e3', '0x10', '9999999999'])(
    'rejects %p',
    (value) => {
      expect(parsePageParam(value)).toBeNull();
    },
  );

  it('rejects a repeated parameter', () => {
    expect(parsePageParam(['1', '2'])).toBeNull();
  });
});

describe('isPageInRange', () => {
  it('accepts page 1 even for an empty list', () => {
    expect(isPageInRange(1, 0)).toBe(true);
  });

  it('accepts pages up to the last and rejects pages beyond it', () => {
    expect(isPageInRange(3, 3)).toBe(true);
    expect(isPageInRange(4, 3)).toBe(false);
    expect(isPageInRange(2, 0)).toBe(false);
    expect(isPageInRange(0, 3)).toBe(false);
  });
});

describe('pageHref and pageLinks', () => {
  it('gives page 1 the bare path', () => {
    expect(pageHref('/articles', 1)).toBe('/articles');
    expect(pageHref('/articles', 2)).toBe('/articles?page=2');
  });

  it('links previous and next where they exist', () => {
    expect(pageLinks('/articles', 1, 3)).toEqual({
      page: 1,
      pageCount: 3,
      previous: null,
      next: '/articles?page=2',
    });
    expect(pageLinks('/articles', 2, 3)).toMatchObject({ previous: '/articles', next: '/articles?page=3' });
    expect(pageLinks('/articles', 3, 3)).toMatchObject({ previous: '/articles?page=2', next: null });
  });

  it('treats an empty list as one page', () => {
    expect(pageLinks('/articles', 1, 0)).toEqual({ page: 1, pageCount: 1, previous: null, next: null });
  });
});

describe('pageWindow', () => {
  it.each([
    [1, 1, [1]],
    [1, 0, [1]],
    [1, 3, [1, 2, 3]],
    [2, 3, [1, 2, 3]],
    [1, 5, [1, 2, 'gap', 5]],
    [5, 9, [1, 'gap', 4, 5, 6, 'gap', 9]],
    [3, 9, [1, 2, 3, 4, 'gap', 9]],
    [4, 9, [1, 2, 3, 4, 5, 'gap', 9]],
    [9, 9, [1, 'gap', 8, 9]],
  ])('page %p of %p shows %p', (page, pageCount, expected) => {
    expect(pageWindow(page, pageCount)).toEqual(expected);
  });
});
