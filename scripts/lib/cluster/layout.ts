import type { HostPort } from '../edge/host-port';

/** Where each part of the cluster listens (README, "Running at scale"). */
export interface ClusterLayout {
  /** Varnish: what visitors reach. */
  edge: HostPort;
  sites: HostPort[];
  /** HAProxy: what the sites (and editors) reach. */
  cmsProxy: HostPort;
  cmsInstances: HostPort[];
}

const local = (port: number): HostPort => ({ host: '127.0.0.1', port });

/** `npm run start:cluster`'s ports: the edge and the CMS proxy where `npm start` puts the site and the CMS. */
export const DEFAULT_CLUSTER_LAYOUT: ClusterLayout = {
  edge: local(3000),
  sites: [local(3001), local(3002)],
  cmsProxy: local(1337),
  cmsInstances: [local(1338), local(1339)],
};

export function layoutOnPorts(ports: {
  edge: number;
  sites: number[];
  cmsProxy: number;
  cmsInstances: number[];
}): ClusterLayout {
  return {
    edge: local(ports.edge),
    sites: ports.sites.map(local),
    cmsProxy: local(ports.cmsProxy),
    cmsInstances: ports.cmsInstances.map(local),
  };
}

export const urlOf = ({ host, port }: HostPort): string => `http://${host}:${port}`;

/** Shared services every instance uses. */
export interface ClusterServices {
  databaseUrl: string;
  redisUrl: string;
  /** Keeps this cluster's Redis keys apart from any other's on the same server. */
  redisKeyPrefix: string;
}

/**
 * The environment of each CMS instance: one PostgreSQL and one Redis for all, its own port, and the site
 * reached through the edge (a revalidation is handled by whichever site instance is healthy, and purges
 * every edge). Secrets come from `base`, the same for every instance.
 */
export function cmsInstanceEnv(
  base: NodeJS.ProcessEnv,
  layout: ClusterLayout,
  services: ClusterServices,
  index: number,
): NodeJS.ProcessEnv {
  const instance = layout.cmsInstances[index];
  if (!instance) throw new Error(`The layout has no CMS instance ${index + 1}`);
  return {
    ...base,
    NODE_ENV: 'production',
    HOST: instance.host,
    PORT: String(instance.port),
    DATABASE_CLIENT: 'postgres',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    REDIS_KEY_PREFIX: services.redisKeyPrefix,
    WEB_URL: urlOf(layout.edge),
    CMS_INSTANCE_ID: `cms-${index + 1}`,
    // HAProxy in front adds the client's address to X-Forwarded-For (login limits count clients, not it).
    BEHIND_PROXY: 'true',
  };
}

/** The environment of each site instance: the CMS through HAProxy, one shared cache, every edge to purge. */
export function siteInstanceEnv(
  base: NodeJS.ProcessEnv,
  layout: ClusterLayout,
  services: ClusterServices,
): NodeJS.ProcessEnv {
  return {
    ...base,
    NODE_ENV: 'production',
    CMS_URL: urlOf(layout.cmsProxy),
    REDIS_URL: services.redisUrl,
    REDIS_KEY_PREFIX: services.redisKeyPrefix,
    EDGE_PURGE_URLS: urlOf(layout.edge),
    // Varnish runs on this machine and adds the visitor's address to X-Forwarded-For.
    TRUSTED_PROXIES: '127.0.0.1,::1',
    // Varnish probes every second and drops an instance after two failures.
    SHUTDOWN_DRAIN_SECONDS: '3',
  };
}
