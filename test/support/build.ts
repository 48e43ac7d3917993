import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Builds the site into its own folder (dist-<name>/, ignored by Git) with extra environment,
 * so variants (sub-path, another content folder) never clobber dist/. Throws with Astro's
 * output when the build fails.
 */
const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

export function buildVariant(name: string, env: Record<string, string> = {}): string {
  const outDir = resolve(`dist-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; Astro must not inherit them.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_VARIABLES.test(key)),
  );
  const run = spawnSync(
    process.execPath,
    [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--silent'],
    {
      encoding: 'utf8',
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env, SITE_OUT_DIR: outDir },
    },
  );
  if (run.status !== 0) throw new Error(`Build "${name}" failed:\n${run.stdout}\n${run.stderr}`);
  return outDir;
}
