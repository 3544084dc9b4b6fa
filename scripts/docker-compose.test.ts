import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseDotenv } from './lib/dotenv';
import { COMPOSE_CONFIGS } from './lib/edge/compose-configs';
import { cmsEnvDefaults } from './lib/env-defaults';
import { CMS_START_COMMAND, WEB_START_COMMAND } from './lib/processes';

const root = path.resolve(__dirname, '..');
const read = (relative: string): string => readFileSync(path.join(root, relative), 'utf8');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: Json | undefined, what: string): JsonObject {
  if (!isObject(value)) throw new Error(`${what} is not a mapping`);
  return value;
}

// Merge keys (`<<: *cms`) are YAML 1.1, which docker compose reads.
const compose = object(parse(read('docker-compose.yml'), { merge: true }) as Json, 'docker-compose.yml');
const services = object(compose.services, 'services');
const service = (name: string): JsonObject => object(services[name], `service ${name}`);

/** A YAML scalar as the text a container sees; a value that is no scalar (a mistake in the file) as ''. */
const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';

/** `environment` as a map, whether written as a mapping or as a KEY=value list. */
function environment(name: string): Record<string, string> {
  const raw = service(name).environment;
  if (Array.isArray(raw)) return parseDotenv(raw.map(String).join('\n'));
  return Object.fromEntries(
    Object.entries(object(raw, `${name}.environment`)).map(([k, v]) => [k, scalarText(v)]),
  );
}

/** The runtime stage's CMD, from the exec-form JSON array on the last CMD line. */
function dockerCmd(dockerfile: string): string[] {
  const line = read(dockerfile)
    .split('\n')
    .filter((l) => /^CMD\s/.test(l))
    .pop();
  if (!line) throw new Error(`${dockerfile} has no CMD`);
  return JSON.parse(line.replace(/^CMD\s+/, '')) as string[];
}

const CMS_INSTANCES = ['cms-a', 'cms-b'];
const SITE_INSTANCES = ['web-a', 'web-b'];
const condition = (name: string, dependency: string) =>
  object(object(service(name).depends_on, `${name}.depends_on`)[dependency], `${name}→${dependency}`)
    .condition;

describe('docker-compose.yml', () => {
  it('runs the cluster: Varnish, two sites, HAProxy, two CMS instances, PostgreSQL and Redis', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['cms-a', 'cms-b', 'haproxy', 'postgres', 'redis', 'varnish', 'web-a', 'web-b'].sort(),
    );
  });

  it('checks the health of the database, Redis and every app instance', () => {
    for (const name of ['postgres', 'redis', ...CMS_INSTANCES, ...SITE_INSTANCES]) {
      const test = object(service(name).healthcheck, `${name}.healthcheck`).test;
      expect(Array.isArray(test) && test.length > 1).toBe(true);
    }
    expect(service('postgres').image).toBe('postgres:16-alpine');
    expect(JSON.stringify(service('postgres').healthcheck)).toContain('pg_isready');
    expect(JSON.stringify(service('redis').healthcheck)).toContain('ping');
    for (const name of CMS_INSTANCES) expect(JSON.stringify(service(name).healthcheck)).toContain('/_health');
    for (const name of SITE_INSTANCES)
      expect(JSON.stringify(service(name).healthcheck)).toContain('/api/health');
  });

  it('publishes the edge on 3000 and HAProxy on 1337, and nothing else', () => {
    expect(service('varnish').ports).toEqual(['3000:80']);
    expect(service('haproxy').ports).toEqual(['1337:1337']);
    const published = Object.keys(services).filter((name) => service(name).ports !== undefined);
    expect(published.sort()).toEqual(['haproxy', 'varnish']);
  });

  it('starts one CMS instance first (it seeds), then the other, then the proxies and sites', () => {
    expect(condition('cms-a', 'postgres')).toBe('service_healthy');
    expect(condition('cms-a', 'redis')).toBe('service_healthy');
    expect(condition('cms-b', 'cms-a')).toBe('service_healthy');
    expect(condition('haproxy', 'cms-a')).toBe('service_healthy');
    for (const name of SITE_INSTANCES) expect(condition(name, 'redis')).toBe('service_healthy');
    for (const name of SITE_INSTANCES) expect(condition('varnish', name)).toBe('service_started');
  });

  it('keeps database data and uploads in named volumes that every CMS instance shares', () => {
    const volumes = object(compose.volumes, 'volumes');
    expect(Object.keys(volumes).sort()).toEqual(['cms-uploads', 'postgres-data']);
    expect(service('postgres').volumes).toContain('postgres-data:/var/lib/postgresql/data');
    for (const name of CMS_INSTANCES)
      expect(service(name).volumes).toContain('cms-uploads:/app/cms/public/uploads');
  });

  it('builds each app from its Dockerfile with the repository root as context', () => {
    for (const name of CMS_INSTANCES)
      expect(service(name).build).toEqual({ context: '.', dockerfile: 'cms/Dockerfile' });
    for (const name of SITE_INSTANCES)
      expect(service(name).build).toEqual({ context: '.', dockerfile: 'web/Dockerfile' });
    expect(service('varnish').build).toEqual({ context: '.', dockerfile: 'deploy/varnish/Dockerfile' });
  });

  it('configures every CMS instance from .env, on PostgreSQL and Redis, revalidating through the edge', () => {
    for (const name of CMS_INSTANCES) {
      const envFile = service(name).env_file;
      expect(Array.isArray(envFile) ? envFile : [envFile]).toContain('.env');
      expect(environment(name).DATABASE_CLIENT).toBe('postgres');
      expect(environment(name).DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
      expect(environment(name).REDIS_URL).toBe('redis://redis:6379');
      expect(environment(name).WEB_URL).toBe('http://varnish:8080');
      expect(environment(name).BEHIND_PROXY).toBe('true');
    }
    expect(environment('cms-a').CMS_INSTANCE_ID).not.toBe(environment('cms-b').CMS_INSTANCE_ID);
  });

  it('gives every CMS instance the mail settings from .env, refusing to start without EMAIL_LINK_SECRET', () => {
    const defaults = { SMTP_HOST: '', SMTP_PORT: '587', SMTP_SECURE: 'false', SMTP_USER: '', SMTP_PASS: '' };
    for (const name of CMS_INSTANCES) {
      const env = environment(name);
      for (const [key, fallback] of Object.entries({ ...defaults, EMAIL_REPLY_TO: '' }))
        expect([key, env[key]]).toEqual([key, `\${${key}:-${fallback}}`]);
      expect(env.EMAIL_FROM).toBe('${EMAIL_FROM:-Skinfacts <no-reply@skinfacts.local>}');
      expect(env.EMAIL_LINK_SECRET).toBe('${EMAIL_LINK_SECRET:?set EMAIL_LINK_SECRET in .env}');
    }
  });

  it('passes every sign-in provider setting the site reads on to each site instance, optional', () => {
    const providerKeys = Object.keys(parseDotenv(read('web/.env.example'))).filter((key) =>
      /^(GOOGLE|FACEBOOK|X|GITHUB|WORDPRESS|OIDC)_/.test(key),
    );
    expect(providerKeys.length).toBeGreaterThanOrEqual(14);
    for (const name of SITE_INSTANCES)
      for (const key of providerKeys) expect([key, environment(name)[key]]).toEqual([key, `\${${key}:-}`]);
  });

  it('points every site instance at HAProxy, Redis and the edge, trusting only the edge', () => {
    const edgeAddress = object(object(service('varnish').networks, 'varnish.networks').default, 'default');
    for (const name of SITE_INSTANCES) {
      expect(environment(name).CMS_URL).toBe('http://haproxy:1337');
      expect(environment(name).REDIS_URL).toBe('redis://redis:6379');
      expect(environment(name).EDGE_PURGE_URLS).toBe('http://varnish:8080');
      expect(environment(name).TRUSTED_PROXIES).toBe(edgeAddress.ipv4_address);
    }
  });

  it('mounts the committed edge and proxy configs, which equal what the generators write', () => {
    for (const [file, render] of Object.entries(COMPOSE_CONFIGS))
      expect([file, read(file)]).toEqual([file, render()]);
    expect(service('haproxy').volumes).toContain(
      './deploy/haproxy/compose.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro',
    );
    const varnishImage = read('deploy/varnish/Dockerfile');
    expect(varnishImage).toContain('COPY deploy/varnish/compose/edge.vcl /etc/varnish/compose/edge.vcl');
    expect(varnishImage).toContain('"purge=:8080"');
  });

  it('documents in .env.example every variable it interpolates', () => {
    const documented = parseDotenv(read('.env.example'));
    const used = [...read('docker-compose.yml').matchAll(/\$\{([A-Z0-9_]+)/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const name of new Set(used)) expect(documented).toHaveProperty(name as string);
  });
});

describe('Dockerfiles', () => {
  it.each([
    ['cms/Dockerfile', CMS_START_COMMAND],
    ['web/Dockerfile', WEB_START_COMMAND],
  ])('%s runs what npm start runs, as node, in production', (dockerfile, command) => {
    expect(dockerCmd(dockerfile)).toEqual([...command]);
    const text = read(dockerfile);
    const runtime = text.slice(text.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^\nFROM node:20-bookworm-slim AS runtime/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/NODE_ENV=production/);
  });
});

describe('cms/.env.example', () => {
  it('documents every key npm start writes to cms/.env', () => {
    const documented = parseDotenv(read('cms/.env.example'));
    for (const [key] of cmsEnvDefaults()) expect(documented).toHaveProperty(key);
  });
});
