import { WORKSPACES, type Workspace } from '../workspaces';

/** The cluster's site build, beside `npm start`'s, so neither replaces the other. */
export const CLUSTER_WEB_DIST_DIR = '.next-cluster';

/** The site workspace built into `distDir` (NEXT_DIST_DIR) instead of `.next`. */
export function webWorkspaceIn(distDir: string): Workspace {
  const web = WORKSPACES.web;
  return {
    ...web,
    stampDir: `web/${distDir}`,
    outputs: [`web/${distDir}/BUILD_ID`],
    buildEnv: { ...web.buildEnv, keys: [...web.buildEnv.keys, 'NEXT_DIST_DIR', 'NEXT_DEPLOYMENT_ID'] },
  };
}
