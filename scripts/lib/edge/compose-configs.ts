import { haproxyConfig } from './haproxy-config';
import { edgeVcl } from './varnish-config';

/**
 * docker-compose.yml's edge and CMS proxy configs, committed under deploy/ (a compose file cannot run a
 * generator). `npx tsx scripts/write-compose-configs.ts` rewrites them; a test keeps them equal to this.
 */
export const COMPOSE_CONFIGS = {
  'deploy/varnish/compose/edge.vcl': () =>
    // Purges arrive on Varnish's unpublished `purge` socket (:8080), so no address needs to be trusted.
    edgeVcl([
      { host: 'web-a', port: 3000 },
      { host: 'web-b', port: 3000 },
    ]),
  'deploy/haproxy/compose.cfg': () =>
    haproxyConfig({ host: '0.0.0.0', port: 1337 }, [
      { host: 'cms-a', port: 1337 },
      { host: 'cms-b', port: 1337 },
    ]),
} as const;
