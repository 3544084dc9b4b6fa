import path from 'node:path';
import { startTestCluster, type TestCluster } from '../lib/cluster/test-cluster';
import { freshnessSuite } from './suites/freshness';
import { limitsSuite } from './suites/limits';
import { resilienceSuite } from './suites/resilience';

/**
 * One cluster for every suite (starting one takes minutes): the suites run in this order, and the later
 * ones kill instances and cut Redis.
 */
const rootDir = path.resolve(__dirname, '../..');
let cluster: TestCluster | undefined;
const log = (line: string) => {
  if (process.env.SCALE_VERBOSE) process.stdout.write(`${line}\n`);
};

beforeAll(async () => {
  cluster = await startTestCluster(rootDir, log);
}, 900_000);

afterAll(async () => {
  await cluster?.stop();
}, 120_000);

const clusterOf = (): TestCluster => {
  if (!cluster) throw new Error('The cluster did not start');
  return cluster;
};

freshnessSuite(clusterOf);
limitsSuite(clusterOf);
resilienceSuite(clusterOf);
