import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseDotenv } from './lib/dotenv';
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

const compose = object(parse(read('docker-compose.yml')) as Json, 'docker-compose.yml');
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

describe('docker-compose.yml', () => {
  it('has postgres, cms and web, each with a healthcheck', () => {
    for (const name of ['postgres', 'cms', 'web']) {
      const test = object(service(name).healthcheck, `${name}.healthcheck`).test;
      expect(Array.isArray(test) && test.length > 1).toBe(true);
    }
    expect(service('postgres').image).toBe('postgres:16-alpine');
    expect(JSON.stringify(service('postgres').healthcheck)).toContain('pg_isready');
    expect(JSON.stringify(service('cms').healthcheck)).toContain('/_health');
    expect(JSON.stringify(service('web').healthcheck)).toContain('/api/health');
  });

  it('publishes 1337 and 3000', () => {
    expect(service('cms').ports).toContain('1337:1337');
    expect(service('web').ports).toContain('3000:3000');
  });

  it('starts cms after a healthy postgres and web after a healthy cms', () => {
    const cmsDeps = object(service('cms').depends_on, 'cms.depends_on');
    const webDeps = object(service('web').depends_on, 'web.depends_on');
    expect(object(cmsDeps.postgres, 'cms→postgres').condition).toBe('service_healthy');
    expect(object(webDeps.cms, 'web→cms').condition).toBe('service_healthy');
  });

  it('keeps database data and uploads in named volumes', () => {
    const volumes = object(compose.volumes, 'volumes');
    expect(Object.keys(volumes).sort()).toEqual(['cms-uploads', 'postgres-data']);
    expect(service('postgres').volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(service('cms').volumes).toContain('cms-uploads:/app/cms/public/uploads');
  });

  it('builds each app from its Dockerfile with the repository root as context', () => {
    expect(service('cms').build).toEqual({ context: '.', dockerfile: 'cms/Dockerfile' });
    expect(service('web').build).toEqual({ context: '.', dockerfile: 'web/Dockerfile' });
  });

  it('configures the cms from .env, on PostgreSQL', () => {
    const envFile = service('cms').env_file;
    expect(Array.isArray(envFile) ? envFile : [envFile]).toContain('.env');
    expect(environment('cms').DATABASE_CLIENT).toBe('postgres');
    expect(environment('cms').DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
    expect(environment('web').CMS_URL).toBe('http://cms:1337');
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
