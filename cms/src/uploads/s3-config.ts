import { z } from 'zod';

type Env = (key: string) => string | undefined;

const httpUrl = (name: string) =>
  z.string().refine((value) => /^https?:\/\/[^/]/.test(value) && URL.canParse(value), {
    error: (issue) => `${name} must be an http(s) URL, got "${String(issue.input)}"`,
  });

const required = (name: string, purpose: string) =>
  z.string({ error: `UPLOAD_S3_BUCKET is set but ${name} is not: it ${purpose}.` });

const s3EnvSchema = z.object({
  UPLOAD_S3_BUCKET: z.string(),
  UPLOAD_S3_REGION: required(
    'UPLOAD_S3_REGION',
    'names the bucket’s region (any value for most S3-compatible servers)',
  ),
  UPLOAD_S3_ACCESS_KEY_ID: required('UPLOAD_S3_ACCESS_KEY_ID', 'identifies the CMS to the storage'),
  UPLOAD_S3_SECRET_ACCESS_KEY: required(
    'UPLOAD_S3_SECRET_ACCESS_KEY',
    'signs the CMS’s requests to the storage',
  ),
  UPLOAD_S3_ENDPOINT: httpUrl('UPLOAD_S3_ENDPOINT').optional(),
  UPLOAD_S3_PUBLIC_URL: httpUrl('UPLOAD_S3_PUBLIC_URL').optional(),
  UPLOAD_S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { error: 'UPLOAD_S3_FORCE_PATH_STYLE must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
});

export type S3Settings = z.output<typeof s3EnvSchema>;

const KEYS = Object.keys(s3EnvSchema.shape);

/** The UPLOAD_S3_* variables, or undefined when UPLOAD_S3_BUCKET is unset (uploads stay on local disk). */
export function s3Settings(env: Env): S3Settings | undefined {
  const values: Record<string, string> = {};
  for (const key of KEYS) {
    const value = env(key)?.trim();
    if (value) values[key] = value;
  }
  if (!values.UPLOAD_S3_BUCKET) return undefined;
  const parsed = s3EnvSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n');
  throw new Error(`The CMS's upload storage settings are not valid:\n${problems}\nSee cms/.env.example.`);
}

/**
 * The origin browsers load uploaded files from: UPLOAD_S3_PUBLIC_URL's (a CDN or the bucket's public address),
 * else the bucket's own address on the endpoint (the bucket in the path or in the host name), else on AWS.
 */
export function s3PublicOrigin(settings: S3Settings): string {
  if (settings.UPLOAD_S3_PUBLIC_URL) return new URL(settings.UPLOAD_S3_PUBLIC_URL).origin;
  const bucket = settings.UPLOAD_S3_BUCKET;
  if (!settings.UPLOAD_S3_ENDPOINT) return `https://${bucket}.s3.${settings.UPLOAD_S3_REGION}.amazonaws.com`;
  const endpoint = new URL(settings.UPLOAD_S3_ENDPOINT);
  return settings.UPLOAD_S3_FORCE_PATH_STYLE
    ? endpoint.origin
    : `${endpoint.protocol}//${bucket}.${endpoint.host}`;
}

/**
 * `plugin::upload` provider settings: @strapi/provider-upload-aws-s3 when UPLOAD_S3_BUCKET is set, otherwise
 * nothing (Strapi's local provider, files in cms/public/uploads).
 */
export function s3UploadProvider(env: Env) {
  const settings = s3Settings(env);
  if (!settings) return {};
  return {
    provider: 'aws-s3',
    providerOptions: {
      // File URLs start here; without it the provider builds them from the endpoint and bucket.
      ...(settings.UPLOAD_S3_PUBLIC_URL ? { baseUrl: settings.UPLOAD_S3_PUBLIC_URL.replace(/\/$/, '') } : {}),
      s3Options: {
        region: settings.UPLOAD_S3_REGION,
        ...(settings.UPLOAD_S3_ENDPOINT ? { endpoint: settings.UPLOAD_S3_ENDPOINT } : {}),
        forcePathStyle: settings.UPLOAD_S3_FORCE_PATH_STYLE,
        credentials: {
          accessKeyId: settings.UPLOAD_S3_ACCESS_KEY_ID,
          secretAccessKey: settings.UPLOAD_S3_SECRET_ACCESS_KEY,
        },
        params: { Bucket: settings.UPLOAD_S3_BUCKET },
      },
    },
  };
}
