import { allowedOrigins } from './allowed-origins';

describe('allowedOrigins', () => {
  it('allows the site and the admin panel by default', () => {
    expect(
      allowedOrigins({ WEB_URL: 'http://localhost:3000', PUBLIC_URL: 'http://localhost:1337/' }),
    ).toEqual(['http://localhost:3000', 'http://localhost:1337']);
  });

  it('prefers the public site address to the internal one', () => {
    expect(
      allowedOrigins({ WEB_URL: 'http://web:3000', WEB_PUBLIC_URL: 'https://skinfacts.example/' }),
    ).toEqual(['https://skinfacts.example']);
  });

  it('adds CORS_ORIGINS, trimmed, without duplicates, keeping only the origin of each', () => {
    expect(
      allowedOrigins({
        WEB_URL: 'http://localhost:3000',
        CORS_ORIGINS: ' https://a.example/path , http://localhost:3000,,https://b.example:8443',
      }),
    ).toEqual(['http://localhost:3000', 'https://a.example', 'https://b.example:8443']);
  });

  it('allows nobody when nothing is configured', () => {
    expect(allowedOrigins({ WEB_URL: '', PUBLIC_URL: '' })).toEqual([]);
  });

  it.each(['evil', 'ftp://files.example', '*'])('refuses %s with a message naming it', (value) => {
    expect(() => allowedOrigins({ CORS_ORIGINS: value })).toThrow(value);
  });
});
