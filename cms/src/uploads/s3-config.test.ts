import { s3PublicOrigin, s3Settings, s3UploadProvider } from './s3-config';
import { securityConfig } from './admin-csp';

const from = (values: Record<string, string>) => (key: string) => values[key];

const COMPLETE = {
  UPLOAD_S3_BUCKET: 'media',
  UPLOAD_S3_REGION: 'eu-central-1',
  UPLOAD_S3_ACCESS_KEY_ID: 'key',
  UPLOAD_S3_SECRET_ACCESS_KEY: 'secret',
};

describe('the S3 upload settings', () => {
  it('leave uploads on local disk without UPLOAD_S3_BUCKET, whatever else is set', () => {
    expect(s3UploadProvider(from({}))).toEqual({});
    expect(s3UploadProvider(from({ UPLOAD_S3_BUCKET: '  ', UPLOAD_S3_REGION: 'x' }))).toEqual({});
  });

  it('configure the aws-s3 provider from the UPLOAD_S3_* variables', () => {
    const config = s3UploadProvider(
      from({
        ...COMPLETE,
        UPLOAD_S3_ENDPOINT: 'http://127.0.0.1:9000',
        UPLOAD_S3_FORCE_PATH_STYLE: 'true',
        UPLOAD_S3_PUBLIC_URL: 'https://media.example.org/',
      }),
    );
    expect(config).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'https://media.example.org',
        s3Options: {
          region: 'eu-central-1',
          endpoint: 'http://127.0.0.1:9000',
          forcePathStyle: true,
          credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
          params: { Bucket: 'media' },
        },
      },
    });
  });

  it('name every missing or malformed setting once a bucket is set', () => {
    expect(() =>
      s3Settings(
        from({
          UPLOAD_S3_BUCKET: 'media',
          UPLOAD_S3_ENDPOINT: 'minio:9000',
          UPLOAD_S3_FORCE_PATH_STYLE: 'yes',
        }),
      ),
    ).toThrow(
      /UPLOAD_S3_REGION is not[\s\S]*UPLOAD_S3_ACCESS_KEY_ID is not[\s\S]*UPLOAD_S3_SECRET_ACCESS_KEY is not[\s\S]*UPLOAD_S3_ENDPOINT must be an http\(s\) URL[\s\S]*UPLOAD_S3_FORCE_PATH_STYLE must be true or false/,
    );
  });

  it('tell the origin browsers load files from', () => {
    const origin = (extra: Record<string, string>) =>
      s3PublicOrigin(s3Settings(from({ ...COMPLETE, ...extra }))!);
    expect(origin({ UPLOAD_S3_PUBLIC_URL: 'https://cdn.example.org/media' })).toBe('https://cdn.example.org');
    const endpoint = { UPLOAD_S3_ENDPOINT: 'http://127.0.0.1:9000' };
    expect(origin({ ...endpoint, UPLOAD_S3_FORCE_PATH_STYLE: 'true' })).toBe('http://127.0.0.1:9000');
    expect(origin({ UPLOAD_S3_ENDPOINT: 'https://s3.example.net' })).toBe('https://media.s3.example.net');
    expect(origin({})).toBe('https://media.s3.eu-central-1.amazonaws.com');
  });
});

describe("the admin panel's CSP", () => {
  it("keeps Strapi's defaults and adds the storage's origin to images and media", () => {
    expect(securityConfig(undefined)).toEqual({});
    const { directives } = securityConfig('https://cdn.example.org').contentSecurityPolicy!;
    expect(directives['img-src']).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://market-assets.strapi.io',
      'https://cdn.example.org',
    ]);
    expect(directives['media-src']).toEqual(["'self'", 'data:', 'blob:', 'https://cdn.example.org']);
  });
});
