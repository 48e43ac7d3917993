/**
 * One cold production build of a content folder, measured: wall-clock seconds, peak resident memory
 * of the build process (GNU time's "Maximum resident set size"), pages written, size of the output
 * and of its Pagefind index. `site` builds with the project's own config; `bare` with
 * scripts/bench/bare (Astro + MDX and nothing of ours), the floor this stack allows.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { LOCAL_ADDRESS } from '../../src/lib/public-address.ts';

export type BuildKind = 'site' | 'bare';

export interface BuildResult {
  kind: BuildKind;
  seconds: number;
  /** Peak resident memory in MB, when /usr/bin/time is there to measure it. */
  peakMb: number | undefined;
  pages: number;
  distBytes: number;
  /** Size of dist/pagefind, or undefined when the build has no search index. */
  pagefindBytes: number | undefined;
  /** Seconds Astro reports for bundling (Vite) and for rendering the pages, when it prints them. */
  bundleSeconds: number | undefined;
  renderSeconds: number | undefined;
}

/** Astro's own phase timings from its build log ("[vite] ✓ built in 19.32s", then "✓ Completed in 12.03s." after "generating static routes"). */
function phaseSeconds(log: string): {
  bundleSeconds: number | undefined;
  renderSeconds: number | undefined;
} {
  const plain = stripVTControlCharacters(log);
  // Durations read "19.32s", "121ms" or, past a minute, "1m 40.5s".
  const duration = '(?:(\\d+)m\\s*)?([\\d.]+)(ms|s)';
  const bundle = new RegExp(`\\[vite\\] ✓ built in ${duration}`).exec(plain);
  const render = new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${duration}`).exec(
    plain,
  );
  const seconds = (match: RegExpExecArray | null) =>
    match
      ? Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1)
      : undefined;
  return { bundleSeconds: seconds(bundle), renderSeconds: seconds(render) };
}

const GNU_TIME = '/usr/bin/time';
const projectRoot = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) =>
    statSync(join(dir, file)).isFile(),
  );
}

function folderBytes(dir: string): number {
  return filesUnder(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

export async function buildOnce(
  kind: BuildKind,
  contentDir: string,
  outDir: string,
  cacheDir: string,
): Promise<BuildResult> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  // The Node running this script (Node 24 from node_modules/.bin in npm scripts when the machine's is older).
  // A local address: the corpus is never published.
  const astro = [
    process.execPath,
    join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--site',
    LOCAL_ADDRESS,
  ];
  if (kind === 'bare') astro.push('--root', join(projectRoot, 'scripts/bench/bare'));
  const measured = existsSync(GNU_TIME);
  const [command, ...args] = measured ? [GNU_TIME, '-v', ...astro] : astro;
  const env = {
    ...process.env,
    SITE_CONTENT_DIR: contentDir,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const started = performance.now();
  const { code, stderr, stdout, phases } = await new Promise<{
    code: number | null;
    stderr: string;
    stdout: string;
    phases: string;
  }>((done) => {
    const child = spawn(command!, args, { cwd: projectRoot, env });
    let stderr = '';
    let stdout = '';
    // Astro logs every page (the bare build also a warning per MDX file); keep the tail and the phase lines.
    let phases = '';
    let partial = '';
    child.stdout.on('data', (chunk) => {
      stdout = (stdout + chunk).slice(-20_000);
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      phases += lines
        .filter((line) => /built in|Completed in|generating static routes/.test(line))
        .map((line) => `${line}\n`)
        .join('');
    });
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20_000)));
    child.on('close', (exit) => done({ code: exit, stderr, stdout, phases }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0)
    throw new Error(
      `${kind} build of ${contentDir} failed (exit ${code}):\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`,
    );
  const rssKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const pagefind = join(outDir, 'pagefind');
  return {
    kind,
    seconds,
    peakMb: rssKb ? Number(rssKb) / 1024 : undefined,
    pages: filesUnder(outDir).filter(
      (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
    ).length,
    distBytes: folderBytes(outDir),
    pagefindBytes: existsSync(pagefind) ? folderBytes(pagefind) : undefined,
    ...phaseSeconds(phases),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
