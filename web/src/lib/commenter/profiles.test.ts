import { fromFacebook, fromGitHub, fromOidcClaims, fromWordPress, fromX } from './profiles';

// Each input is the example answer from the provider's own documentation (trimmed of fields we do not read).
describe('mapping each provider’s documented profile to a commenter account', () => {
  it('Google (OpenID Connect userinfo)', () => {
    const userinfo = {
      sub: '110169484474386276334',
      name: 'Elisa Beckett',
      given_name: 'Elisa',
      family_name: 'Beckett',
      picture: 'https://lh3.googleusercontent.com/a/example=s96-c',
      email: 'elisa.beckett@gmail.com',
      email_verified: true,
      locale: 'en',
    };
    expect(fromOidcClaims('google', userinfo)).toEqual({
      provider: 'google',
      subject: '110169484474386276334',
      displayName: 'Elisa Beckett',
      email: 'elisa.beckett@gmail.com',
      avatarUrl: 'https://lh3.googleusercontent.com/a/example=s96-c',
    });
  });

  it('a generic OpenID Connect provider: falls back to preferred_username, drops an unverified email', () => {
    expect(
      fromOidcClaims('oidc', {
        sub: 'u-1',
        preferred_username: 'jdoe',
        email: 'j@x.org',
        email_verified: false,
      }),
    ).toEqual({ provider: 'oidc', subject: 'u-1', displayName: 'jdoe', email: null, avatarUrl: null });
  });

  it('Facebook (Graph API /me?fields=id,name,email,picture), without the default silhouette', () => {
    const me = {
      id: '10158102354928213',
      name: 'Jane Example',
      email: 'jane@example.com',
      picture: {
        data: {
          height: 50,
          is_silhouette: false,
          url: 'https://platform-lookaside.fbsbx.com/pic.jpg',
          width: 50,
        },
      },
    };
    expect(fromFacebook(me)).toEqual({
      provider: 'facebook',
      subject: '10158102354928213',
      displayName: 'Jane Example',
      email: 'jane@example.com',
      avatarUrl: 'https://platform-lookaside.fbsbx.com/pic.jpg',
    });
    const silhouette = { ...me, picture: { data: { ...me.picture.data, is_silhouette: true } } };
    expect(fromFacebook(silhouette).avatarUrl).toBeNull();
  });

  it('X (API v2 /2/users/me?user.fields=profile_image_url): no email', () => {
    const me = {
      data: {
        id: '2244994945',
        name: 'X Dev',
        username: 'XDevelopers',
        profile_image_url: 'https://pbs.twimg.com/profile_images/1/normal.jpg',
      },
    };
    expect(fromX(me)).toEqual({
      provider: 'x',
      subject: '2244994945',
      displayName: 'X Dev',
      email: null,
      avatarUrl: 'https://pbs.twimg.com/profile_images/1/normal.jpg',
    });
    expect(fromX({ data: { id: '1', username: 'handle' } }).displayName).toBe('@handle');
  });

  it('GitHub (/user, and /user/emails for a private address)', () => {
    const user = {
      login: 'octocat',
      id: 1,
      avatar_url: 'https://github.com/images/error/octocat_happy.gif',
      name: 'monalisa octocat',
      email: null,
    };
    const emails = [
      { email: 'old@github.com', verified: true, primary: false, visibility: null },
      { email: 'octocat@github.com', verified: true, primary: true, visibility: 'public' },
    ];
    expect(fromGitHub(user, emails)).toEqual({
      provider: 'github',
      subject: '1',
      displayName: 'monalisa octocat',
      email: 'octocat@github.com',
      avatarUrl: 'https://github.com/images/error/octocat_happy.gif',
    });
    expect(fromGitHub({ ...user, name: null }, []).displayName).toBe('octocat');
    expect(fromGitHub({ ...user, name: null }, []).email).toBeNull();
  });

  it('WordPress.com (/rest/v1/me)', () => {
    const me = {
      ID: 12345678,
      display_name: 'Wordy Writer',
      username: 'wordywriter',
      email: 'writer@example.com',
      primary_blog: 87654321,
      avatar_URL: 'https://0.gravatar.com/avatar/abc?s=96&d=identicon',
      profile_URL: 'https://gravatar.com/wordywriter',
      verified: true,
      email_verified: true,
    };
    expect(fromWordPress(me)).toEqual({
      provider: 'wordpress',
      subject: '12345678',
      displayName: 'Wordy Writer',
      email: 'writer@example.com',
      avatarUrl: 'https://0.gravatar.com/avatar/abc?s=96&d=identicon',
    });
  });

  it('refuses an answer without the account id', () => {
    expect(() => fromGitHub({ login: 'x' })).toThrow();
    expect(() => fromX({ data: { name: 'x' } })).toThrow();
  });
});
