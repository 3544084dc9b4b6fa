import { forgetCookie, readRemembered, rememberCookie } from './remember-me';

describe('remember-me cookie', () => {
  afterEach(() => {
    document.cookie = forgetCookie();
  });

  it('stores name, email and website and reads them back', () => {
    document.cookie = rememberCookie({ authorName: 'Ana; x=1', authorEmail: 'a@b.co', authorUrl: '' });
    expect(readRemembered(document.cookie)).toEqual({
      authorName: 'Ana; x=1',
      authorEmail: 'a@b.co',
      authorUrl: '',
    });
  });

  it('is SameSite=Lax for 180 days, and forgetting deletes it', () => {
    expect(rememberCookie({ authorName: 'a', authorEmail: 'b', authorUrl: '' })).toMatch(
      /Max-Age=15552000; Path=\/; SameSite=Lax$/,
    );
    document.cookie = rememberCookie({ authorName: 'a', authorEmail: 'b', authorUrl: '' });
    document.cookie = forgetCookie();
    expect(readRemembered(document.cookie)).toBeNull();
  });

  it('reads malformed values as nothing', () => {
    expect(readRemembered('skinfacts_commenter=%E0%A4%A')).toBeNull();
    expect(readRemembered('other=1')).toBeNull();
  });
});
