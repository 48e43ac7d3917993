import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * Folders the tests make for themselves (a copy of content/ to break, a build's output, a browser
 * profile), each removed with everything in it when the test file that made it ends, whether its
 * tests passed or failed: a machine that runs the tests every day must not fill its disk. Make
 * them in a hook or a test rather than while the file is collected: a file Vitest skips whole (its
 * tests filtered out) or cannot load never ends, and keeps what it made while being collected.
 */

/** The folders of the test file being collected or run, removed when it ends. */
let madeByThisFile: Set<string> | undefined;

function remembered(folder: string): string {
  if (!madeByThisFile)
    throw new Error(
      'temporary folders would be left behind: add test/support/remove-temporary-folders.ts to the setupFiles of this Vitest config',
    );
  madeByThisFile.add(folder);
  return folder;
}

/** A new empty folder in the system's temporary folder, named `prefix` and six random characters. */
export function temporaryFolder(prefix: string): string {
  return remembered(mkdtempSync(join(tmpdir(), prefix)));
}

/**
 * A new empty folder `name` in the project (name it `dist-…`, which Git ignores), replacing one a
 * stopped run left there: for content whose build must match dist/ byte for byte or whose path an
 * npm command is given relative to the project.
 */
export function projectFolder(name: string): string {
  const folder = resolve(name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return remembered(folder);
}

/** A copy of the site's content/ in a folder made above. */
export interface ContentCopy {
  /** The folder, laid out as a project: where the checker looks for content/ (`checkContent`). */
  root: string;
  /** The copy, `root`/content, byte for byte (CRLF files stay CRLF): for SITE_CONTENT_DIR. */
  contentDir: string;
  /** `root`/dist, not made: for SITE_OUT_DIR, so that a test can tell whether a build wrote anything. */
  outDir: string;
}

/** Copies the site's content/ into `root` (a folder made above) for a test to change. */
export function copyOfContent(root: string): ContentCopy {
  const contentDir = join(root, 'content');
  cpSync(resolve('content'), contentDir, { recursive: true });
  return { root, contentDir, outDir: join(root, 'dist') };
}

/**
 * Removes the folders a test file makes when it ends. Called by the setup file before the file is
 * collected. Vitest may collect several files before it runs the first (files sharing a worker),
 * so folders are kept by file: those made while it is collected, then, from its first hook on,
 * those made while it runs. Registered first, at the file's top level, the removal runs after the
 * file's own `afterAll` hooks, which may still close a server or a browser using a folder.
 */
export function removeTemporaryFoldersWhenFileEnds(): void {
  const folders = new Set<string>();
  madeByThisFile = folders;
  beforeAll(() => {
    madeByThisFile = folders;
  });
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    madeByThisFile = undefined;
  });
}
