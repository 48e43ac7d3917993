// @ts-check
// What scripts/setup.mjs decides, as functions of the project folder and the running Node, so that
// tests can hand them any layout (another operating system included). Plain JavaScript: this runs
// before anything is installed, under whatever Node the machine has (often 20).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve, sep } from 'node:path';

/** The local package (scripts/node-runtime) that brings a Node binary to machines whose Node is too old. */
export const RUNTIME_PACKAGE = 'ccb-node-runtime';

/**
 * Whether a Node version runs the project: Astro 7 needs 22.12, and `node scripts/check.ts` needs
 * TypeScript type stripping without a flag (22.18 on the 22 line, 23.6 after). Kept equal to
 * `engines.node` in package.json (a test compares them).
 * @param {string} version like "20.20.2" or "v24.21.0"
 */
export function nodeRunsProject(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  if (major === 22) return minor >= 18;
  if (major === 23) return minor >= 6;
  return major > 23;
}

/**
 * @typedef {object} PackageJson
 * @property {Record<string, string>} [dependencies]
 * @property {Record<string, string>} [devDependencies]
 * @property {Record<string, string>} [optionalDependencies]
 * @property {Record<string, string> | string} [bin]
 */

/**
 * @param {string} file
 * @returns {PackageJson}
 */
function readJson(file) {
  /** @type {unknown} */
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  return /** @type {PackageJson} */ (manifest);
}

/**
 * Packages of the list that are not in node_modules.
 * @param {string} root the project folder
 * @param {string[]} names
 */
export function missingPackages(root, names) {
  return names.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
}

/**
 * The Node binary the runtime package installed for this machine, if any.
 * @param {string} root
 */
export function runtimeBinary(root) {
  const runtime = join(root, 'node_modules', RUNTIME_PACKAGE, 'package.json');
  if (!existsSync(runtime)) return undefined;
  for (const name of Object.keys(readJson(runtime).optionalDependencies ?? {})) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { bin } = readJson(manifest);
    const relative = typeof bin === 'string' ? bin : bin?.node;
    if (relative && existsSync(join(dirname(manifest), relative))) {
      return join(dirname(manifest), relative);
    }
  }
  return undefined;
}

/**
 * Why node_modules has to be (re)installed before a command runs, or undefined when it is ready.
 * @param {object} facts
 * @param {string} facts.root the project folder
 * @param {boolean} facts.dev whether the command needs the test and report tools too
 * @param {string} facts.nodeVersion the Node running this check
 * @returns {'missing' | 'stale' | 'incomplete' | 'no-runtime' | undefined}
 */
export function installNeeded({ root, dev, nodeVersion }) {
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return 'missing';
  if (statSync(installed).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs) {
    return 'stale';
  }
  const manifest = readJson(join(root, 'package.json'));
  const wanted = Object.keys({
    ...manifest.dependencies,
    ...(dev ? manifest.devDependencies : {}),
  });
  if (missingPackages(root, wanted).length > 0) return 'incomplete';
  if (!nodeRunsProject(nodeVersion) && !runtimeBinary(root)) return 'no-runtime';
  return undefined;
}

/**
 * The environment without any node_modules/.bin folder on PATH, so that `npm` runs under the
 * machine's own Node: npm decides from the Node running it whether the runtime package is needed.
 * @param {NodeJS.ProcessEnv} env
 */
export function withoutProjectBins(env) {
  const key = Object.keys(env).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH';
  const kept = (env[key] ?? '')
    .split(delimiter)
    .filter((dir) => !/[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir));
  return { ...env, [key]: kept.join(delimiter) };
}

/**
 * Whether a Node binary lives inside the project's node_modules (the runtime package's Node).
 * @param {string} root
 * @param {string} execPath
 */
export function runsFromNodeModules(root, execPath) {
  return resolve(execPath).startsWith(resolve(root, 'node_modules') + sep);
}

/**
 * Where the runtime's node.exe must also be on Windows, or undefined when there is no runtime.
 * npm exposes a package's `node` binary there as node.cmd, a batch file: cmd.exe finds it, but a
 * program that starts "node" without a shell looks for .exe files only, and npm's other shims in
 * node_modules/.bin run node.exe from their own folder when it is there.
 * @param {string} root
 */
export function windowsNodeExe(root) {
  const binary = runtimeBinary(root);
  return binary && { from: binary, to: join(root, 'node_modules', '.bin', 'node.exe') };
}
