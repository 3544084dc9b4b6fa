import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findProgram, requireEdgePrograms } from './edge-programs';

describe('edge programs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'edge-programs-'));
  writeFileSync(path.join(dir, 'haproxy-test-double'), '#!/bin/sh\n', { mode: 0o755 });

  it('finds an executable on the PATH', () => {
    expect(findProgram('haproxy-test-double', dir)).toBe(path.join(dir, 'haproxy-test-double'));
    expect(findProgram('no-such-program-here', dir)).toBeUndefined();
  });

  it('names the Debian packages of the programs that are missing', () => {
    expect(() => requireEdgePrograms(dir, [])).toThrow(
      "varnishd and haproxy not found. The cluster runs Varnish and HAProxy from Debian's packages: " +
        'sudo apt-get install -y varnish varnish-modules haproxy',
    );
    writeFileSync(path.join(dir, 'varnishd'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(path.join(dir, 'haproxy'), '#!/bin/sh\n', { mode: 0o755 });
    expect(requireEdgePrograms(dir, [])).toEqual({
      varnishd: path.join(dir, 'varnishd'),
      haproxy: path.join(dir, 'haproxy'),
    });
  });
});
