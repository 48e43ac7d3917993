import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';

/** Vite's own variables, which Vitest puts into process.env: a build must not inherit them. */
const VITEST_VARIABLES = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

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
 * environment, so variants (sub-path, another content folder) never clobber dist/. A failed build
 * throws Astro's error. Tests of what an editor sees on the command line spawn `npm run build` instead.
 */
export async function buildVariant(
  name: string,
  env: Record<string, string> = {},
): Promise<string> {
  const outDir = resolve(`dist-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  await withEnvironment({ ASTRO_TELEMETRY_DISABLED: '1', ...env, SITE_OUT_DIR: outDir }, () =>
    build({ root: process.cwd(), logLevel: 'error' }),
  );
  return outDir;
}
