import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installNeeded } from '../../scripts/install-state.mjs';
import { buildEnvironment } from './build.ts';
import { temporaryFolder } from './temporary-folder.ts';

export interface NpmRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm <args>` in a project folder the way an editor types it (npm's own banner included),
 * with extra environment and no terminal. Every npm script first runs scripts/setup.mjs, which
 * would reinstall node_modules under the running tests if the install were stale: refuse instead.
 */
export function npm(
  args: string[],
  { cwd = process.cwd(), env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): NpmRun {
  const reason = installNeeded({ root: cwd, dev: false, nodeVersion: process.version });
  if (reason)
    throw new Error(`node_modules is not ready (${reason}): run npm ci before the tests.`);
  const run = spawnSync('npm', args, {
    cwd,
    env: buildEnvironment(env),
    encoding: 'utf8',
    input: '',
    shell: process.platform === 'win32',
    timeout: 300_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What a fresh clone holds: the tracked project files (the tests copy what the commands read). */
const PROJECT_FILES = [
  'package.json',
  'package-lock.json',
  'astro.config.mjs',
  'tsconfig.json',
  'content',
  'public',
  'scripts',
  'src',
];

/**
 * A copy of the project in a temporary folder, sharing this checkout's node_modules (a link),
 * for commands that write into the project (content files, a plan's source text). Timestamps are
 * kept, so that setup.mjs sees the installed packages as current. Removed when the test file ends
 * (the link only: the packages stay).
 */
export function projectCopy(): string {
  const root = temporaryFolder('ccb-project-');
  for (const path of PROJECT_FILES) {
    cpSync(resolve(path), join(root, path), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'junction');
  return root;
}
