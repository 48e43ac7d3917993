import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCAL_ADDRESS } from '../../src/lib/public-address.ts';

/** Vite's own variables, which Vitest puts into process.env; a build must not inherit them. */
const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** The test run's environment without Vitest's variables, for commands a test spawns. */
export function buildEnvironment(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/**
 * Builds the site into its own folder (dist-<name>/, ignored by Git) with extra environment,
 * so variants (sub-path, another content folder) never clobber dist/. Without SITE_URL it is a
 * local build, like `npm test`'s (`--site` with the local address). Throws with Astro's output
 * when the build fails.
 */
export function buildVariant(name: string, env: Record<string, string> = {}): string {
  const outDir = resolve(`dist-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  const local = env.SITE_URL ? [] : ['--site', LOCAL_ADDRESS];
  const run = spawnSync(
    process.execPath,
    [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent', ...local],
    { encoding: 'utf8', env: buildEnvironment({ ...env, SITE_OUT_DIR: outDir }) },
  );
  if (run.status !== 0) throw new Error(`Build "${name}" failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
