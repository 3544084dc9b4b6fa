/**
 * A real OpenID Connect provider for tests and local trials: `oidc-provider` (a certified implementation) with
 * its development login and consent pages (any login, any password). Run as its own process by the test stack
 * (scripts/lib/oidc-peer.ts); configured through the environment:
 *
 *   OIDC_TEST_PORT           port on 127.0.0.1
 *   OIDC_TEST_CLIENT_ID      the site's client, and OIDC_TEST_CLIENT_SECRET
 *   OIDC_TEST_REDIRECT_URI   the site's `<SITE_URL>/api/auth/callback/oidc`
 *
 * A second client, `another-client` (secret `another-secret`), with the same redirect URI, lets tests hand
 * the site a code issued to someone else; `POST /test/next-id-token-for` with a client id as its body makes the
 * next token answer carry a real ID token signed for that client instead (a token substitution); a GET there
 * says how many were substituted. Logins name accounts: `ada` is "Ada Lovelace", `grace` is
 * "Grace Hopper", any other login is its own name. Each account has an email and a picture served here.
 */
import { createServer } from 'node:http';
import { deflateSync } from 'node:zlib';
import Provider, { type ProviderContext } from 'oidc-provider';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const port = Number(required('OIDC_TEST_PORT'));
const issuer = `http://127.0.0.1:${port}`;
const redirectUri = required('OIDC_TEST_REDIRECT_URI');
const NAMES: Record<string, string> = { ada: 'Ada Lovelace', grace: 'Grace Hopper' };

/** A PNG chunk: length, type, data, CRC-32 of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A 16×16 PNG in one colour per account: the provider's "profile picture". */
function picture(login: string): Buffer {
  const size = 16;
  const colour = [40 + ((login.length * 53) % 180), 120, 200 - ((login.length * 31) % 150)];
  const row = Buffer.from([0, ...Array.from({ length: size }, () => colour).flat()]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: required('OIDC_TEST_CLIENT_ID'),
      client_secret: required('OIDC_TEST_CLIENT_SECRET'),
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
    {
      client_id: 'another-client',
      client_secret: 'another-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  pkce: { required: () => true, methods: ['S256'] },
  claims: { openid: ['sub'], profile: ['name', 'picture'], email: ['email', 'email_verified'] },
  cookies: { keys: ['skinfacts-test-provider-only'] },
  features: { devInteractions: { enabled: true } },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({
      sub: id,
      name: NAMES[id] ?? id,
      email: `${id}@example.test`,
      email_verified: true,
      picture: `${issuer}/pictures/${encodeURIComponent(id)}.png`,
    }),
  }),
});

/** Set by POST /test/next-id-token-for: the client the next ID token is issued to, whoever asked. */
let nextIdTokenFor: string | null = null;
/** How many ID tokens were substituted: GET /test/next-id-token-for tells, so a test knows it happened. */
let substituted = 0;

const claimsOf = (idToken: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;

/** Replaces the token answer's ID token with one the provider signs for `clientId`: same person, same nonce. */
async function substituteIdToken(ctx: ProviderContext, clientId: string) {
  const body = ctx.body as { id_token?: string };
  const client = await provider.Client.find(clientId);
  if (!body.id_token || !client) return;
  const { sub, nonce } = claimsOf(body.id_token);
  const token = new provider.IdToken({ sub }, { ctx, client });
  token.set('nonce', nonce);
  body.id_token = await token.issue({ use: 'idtoken' });
  substituted += 1;
}

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || ctx.status !== 200 || !nextIdTokenFor) return;
  const clientId = nextIdTokenFor;
  nextIdTokenFor = null;
  await substituteIdToken(ctx, clientId);
});

const callback = provider.callback();
createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/test/next-id-token-for') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ substituted }));
    return;
  }
  if (req.method === 'POST' && req.url === '/test/next-id-token-for') {
    let clientId = '';
    req.on('data', (part: Buffer) => (clientId += part.toString('utf8')));
    req.on('end', () => {
      nextIdTokenFor = clientId.trim() || null;
      res.writeHead(204).end();
    });
    return;
  }
  const match = /^\/pictures\/([\w.-]+)\.png$/.exec(req.url ?? '');
  if (match?.[1]) {
    res.writeHead(200, { 'content-type': 'image/png' }).end(picture(match[1]));
    return;
  }
  void callback(req, res);
}).listen(port, '127.0.0.1', () => console.log(`oidc test provider: ${issuer}`));
