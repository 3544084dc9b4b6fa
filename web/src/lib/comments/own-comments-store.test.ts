import { OWN_COMMENTS_LIMIT } from '@skinfacts/shared/limits';
import { keepOnlyPending, OWN_COMMENTS_KEY, ownEntriesFor, rememberOwn } from './own-comments-store';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

const entry = (documentId: string, article = 'a1') => ({ documentId, token: `t-${documentId}`, article });

describe('own-comments store', () => {
  it('remembers comments per article', () => {
    const storage = memoryStorage();
    rememberOwn(storage, entry('c1'));
    rememberOwn(storage, entry('c2', 'a2'));
    expect(ownEntriesFor(storage, 'a1')).toEqual([entry('c1')]);
    expect(ownEntriesFor(storage, 'a2')).toEqual([entry('c2', 'a2')]);
  });

  it('keeps at most OWN_COMMENTS_LIMIT per article, dropping the oldest', () => {
    const storage = memoryStorage();
    for (let index = 0; index <= OWN_COMMENTS_LIMIT; index += 1) rememberOwn(storage, entry(`c${index}`));
    const kept = ownEntriesFor(storage, 'a1');
    expect(kept).toHaveLength(OWN_COMMENTS_LIMIT);
    expect(kept[0]?.documentId).toBe('c1');
  });

  it('forgets decided comments of one article only', () => {
    const storage = memoryStorage();
    rememberOwn(storage, entry('c1'));
    rememberOwn(storage, entry('c2'));
    rememberOwn(storage, entry('c3', 'a2'));
    keepOnlyPending(storage, 'a1', new Set(['c2']));
    expect(ownEntriesFor(storage, 'a1')).toEqual([entry('c2')]);
    expect(ownEntriesFor(storage, 'a2')).toEqual([entry('c3', 'a2')]);
  });

  it('reads anything malformed as nothing', () => {
    expect(ownEntriesFor(memoryStorage({ [OWN_COMMENTS_KEY]: '{not json' }), 'a1')).toEqual([]);
    expect(ownEntriesFor(memoryStorage({ [OWN_COMMENTS_KEY]: '[{"documentId":1}]' }), 'a1')).toEqual([]);
  });

  it('survives a storage that refuses writes', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberOwn(storage, entry('c1'))).not.toThrow();
  });
});
