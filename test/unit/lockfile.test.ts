import { execFile, execFileSync } from 'node:child_process';
import { cpSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_PACKAGE } from '../../scripts/install-state.mjs';
import { temporaryFolder } from '../support/temporary-folder.ts';

interface LockedPackage {
  version?: string;
  optional?: boolean;
  devOptional?: boolean;
  os?: string | string[];
  cpu?: string | string[];
  bin?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockedPackage>;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};
const { satisfies } = createRequire(import.meta.url)('semver') as {
  satisfies: (version: string, range: string) => boolean;
};
const list = (value: string | string[] | undefined) =>
  value === undefined ? undefined : [value].flat();

/** The systems and processors the project installs on (Windows, macOS, Linux; x64 and arm64). */
const PLATFORMS = ['linux', 'darwin', 'win32'].flatMap((os) =>
  ['x64', 'arm64'].map((cpu) => ({ os, cpu })),
);
const runtimeSource = Object.entries(lock.packages).find(
  ([path, entry]) => !path.startsWith('node_modules/') && entry.optionalDependencies && path !== '',
);

describe('package-lock.json installs on every system', () => {
  it('no required package is limited to one system or processor', () => {
    const restricted = Object.entries(lock.packages).filter(
      ([path, entry]) =>
        path !== '' && (entry.os || entry.cpu) && !entry.optional && !entry.devOptional,
    );
    expect(restricted.map(([path]) => path)).toEqual([]);
  });

  it('the Node runtime is optional and locks one Node binary, new enough, for each system and processor', () => {
    expect(manifest.optionalDependencies[RUNTIME_PACKAGE]).toBe('file:scripts/node-runtime');
    expect(runtimeSource?.[0]).toBe('scripts/node-runtime');
    const binaries = Object.keys(runtimeSource![1].optionalDependencies!).map(
      (name) => lock.packages[`node_modules/${name}`]!,
    );
    for (const { os, cpu } of PLATFORMS) {
      const matching = binaries.filter(
        (entry) => list(entry.os)?.includes(os) && list(entry.cpu)?.includes(cpu),
      );
      expect(matching, `${os}-${cpu}`).toHaveLength(1);
      expect(matching[0]!.optional, `${os}-${cpu}`).toBe(true);
      expect(matching[0]!.bin?.node, `${os}-${cpu}`).toMatch(/^bin\/node(\.exe)?$/);
      expect(satisfies(matching[0]!.version!, manifest.engines.node), `${os}-${cpu}`).toBe(true);
    }
  });
});

/** npm's own CLI script, to run it under a Node of the test's choosing. */
function npmCli(): string {
  const known = process.env.npm_execpath;
  const cli = known ?? realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim());
  return join(dirname(cli), basename(cli) === 'npx-cli.js' ? 'npm-cli.js' : basename(cli));
}

/**
 * What `npm ci --omit=dev` would install on another system and processor (npm's --os/--cpu), run
 * by npm under a given Node version: npm decides from that version whether the runtime is needed.
 * A dry run reads only the lockfile (--offline: no registry needed).
 */
async function dryRun(root: string, os: string, cpu: string, nodeVersion?: string) {
  const fakeVersion = nodeVersion
    ? [
        `--import=data:text/javascript,Object.defineProperty(process,"version",{value:"${nodeVersion}"})`,
      ]
    : [];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      ...fakeVersion,
      npmCli(),
      'ci',
      '--dry-run',
      '--omit=dev',
      `--os=${os}`,
      `--cpu=${cpu}`,
      '--offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return [...stdout.matchAll(/^add (\S+) (\S+)$/gm)].map((m) => `${m[1]}@${m[2]}`);
}

describe('npm ci --omit=dev, simulated on each system and processor', { timeout: 60_000 }, () => {
  let root: string;
  beforeAll(() => {
    root = temporaryFolder('ccb-lock-');
    for (const file of ['package.json', 'package-lock.json', 'scripts/node-runtime/package.json'])
      cpSync(file, join(root, file));
  });
  const isRuntime = (pkg: string) => /^node-(bin-)?(linux|darwin|win)-/.test(pkg);

  it('with Node 20, installs the build packages and exactly the Node binary for that machine', async () => {
    const added = await Promise.all(
      PLATFORMS.map(({ os, cpu }) => dryRun(root, os, cpu, 'v20.19.0')),
    );
    PLATFORMS.forEach(({ os, cpu }, i) => {
      const runtime = added[i]!.filter(isRuntime);
      expect(runtime, `${os}-${cpu}`).toHaveLength(1);
      const locked = lock.packages[`node_modules/${runtime[0]!.split('@')[0]}`]!;
      expect(list(locked.os), `${os}-${cpu}`).toEqual([os]);
      expect(list(locked.cpu), `${os}-${cpu}`).toEqual([cpu]);
      expect(added[i], `${os}-${cpu}`).toContain(`${RUNTIME_PACKAGE}@1.0.0`);
      expect(added[i]!.some((pkg) => pkg.startsWith('astro@'))).toBe(true);
      // Test and report tools stay out of a build-only install.
      expect(added[i]!.filter((pkg) => /^(vitest|lighthouse|playwright-core)@/.test(pkg))).toEqual(
        [],
      );
    });
  });

  it('with Node 24 (the machine’s own Node is enough), installs no Node binary at all', async () => {
    const added = await dryRun(root, 'win32', 'x64');
    expect(process.version).toMatch(/^v2[4-9]\./);
    expect(added.filter(isRuntime)).toEqual([]);
    expect(added.some((pkg) => pkg.startsWith('astro@'))).toBe(true);
  });
});
