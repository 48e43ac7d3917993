import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'astro';
import { inject } from 'vitest';
import { LOCAL_ADDRESS } from '../../src/lib/public-address.ts';

/** Vite's own variables, which Vitest puts into process.env: a build must not inherit them. */
const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** The test run's environment without Vitest's variables, for commands a test spawns. */
export function buildEnvironment(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** Runs `work` with the environment changed as given (and Vitest's variables removed), then restores it. */
async function withEnvironment<T>(env: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env))
    if (VITEST_VARIABLES.test(key)) delete process.env[key];
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/**
 * Builds the site in this process into its own folder (dist-<name>/, ignored by Git) with extra
 * environment, so variants (sub-path, another content folder) never clobber dist/. Without
 * SITE_URL it is a local build, like `npm test`'s (`astro build --site` with the local address).
 * A failed build throws Astro's error. Tests of what an editor sees on the command line spawn
 * `npm run build` instead.
 */
export async function buildVariant(
  name: string,
  env: Record<string, string> = {},
): Promise<string> {
  const outDir = resolve(`dist-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  const local = env.SITE_URL ? {} : { site: LOCAL_ADDRESS };
  // A cache of its own (kept between runs): suites run side by side, and two builds must never
  // write one cache at once.
  const cache = { SITE_CACHE_DIR: resolve(`dist-${name}-cache`) };
  await withEnvironment(
    { ASTRO_TELEMETRY_DISABLED: '1', ...cache, ...env, SITE_OUT_DIR: outDir },
    () => build({ root: process.cwd(), logLevel: 'error', ...local }),
  );
  return outDir;
}

/**
 * The site as GitHub Pages serves it: under a sub-path, with a public address. Several suites read
 * it (links and addresses, search, offline reading), none changes it.
 */
export const SUB_PATH_SITE = { SITE_BASE: '/ccb/', SITE_URL: 'https://hoi-ccb.github.io' };

/**
 * A variant that suites only read, built once per test run (the run's id comes from
 * test/support/test-run.ts) into dist-shared/<name>/ and reused by every suite that asks for the
 * same name and environment. A suite run on its own builds it itself.
 */
export async function sharedBuild(name: string, env: Record<string, string>): Promise<string> {
  const run = inject('testRun');
  const stamp = JSON.stringify({ run, env });
  const stampFile = resolve('dist-shared', `${name}.json`);
  const outDir = resolve('dist-shared', name);
  // Suites run side by side: the first to come builds, the others wait for it. The lock is named
  // by the run, so one left by a run that was stopped never holds up the next.
  const lock = resolve('dist-shared', `${name}.${run}.lock`);
  mkdirSync(dirname(lock), { recursive: true });
  while (!tryLock(lock)) await new Promise((done) => setTimeout(done, 250));
  try {
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return outDir;
    rmSync(stampFile, { force: true });
    await buildVariant(join('shared', name), env);
    writeFileSync(stampFile, stamp);
    return outDir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Takes the lock if it is free: creating a folder either succeeds or finds one there. */
function tryLock(path: string): boolean {
  try {
    mkdirSync(path);
    return true;
  } catch {
    return false;
  }
}
