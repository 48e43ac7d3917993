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

/** Where a build's time goes, in seconds of wall-clock time (each undefined when not seen). */
export interface BuildPhases {
  /** Start-up, configuration and the content check, then Astro's content sync. */
  content: number | undefined;
  /** Vite compiling the MDX and the code. */
  bundle: number | undefined;
  /** Rendering every page (waiting for any chart not drawn yet included). */
  render: number | undefined;
  /** The search index (Pagefind) and the sitemap, after the pages. */
  search: number | undefined;
  /** Everything else: optimised images, the _headers file, the offline service worker, exit. */
  other: number | undefined;
}

export interface BuildResult {
  kind: BuildKind;
  seconds: number;
  /** Peak resident memory in MB, when /usr/bin/time is there to measure it. */
  peakMb: number | undefined;
  pages: number;
  distBytes: number;
  /** Size of dist/pagefind, or undefined when the build has no search index. */
  pagefindBytes: number | undefined;
  phases: BuildPhases;
  /** Charts drawn, and the seconds the drawing threads spent on them (alongside the render). */
  charts: { drawn: number; seconds: number } | undefined;
}

/**
 * Lines of Astro's and our integrations' logs that end one phase and start the next, in the order
 * they come: each is looked for only after the one before it ("✓ Completed in" ends several steps).
 */
const MARKS = {
  bundle: /Building static entrypoints/,
  render: /generating static routes/,
  rendered: /✓ Completed in|generating optimized images/,
  built: /\[build\] ✓ Completed in/,
  searched: /\[search-index\]/,
} as const;
type Mark = keyof typeof MARKS;
const MARK_ORDER = Object.entries(MARKS) as [Mark, RegExp][];

/** Phase lengths from the times the marking lines were printed (seconds after the start). */
export function buildPhases(marks: Partial<Record<Mark, number>>, total: number): BuildPhases {
  const span = (from: number | undefined, to: number | undefined) =>
    from === undefined || to === undefined ? undefined : to - from;
  const after = marks.searched ?? marks.built;
  return {
    content: span(0, marks.bundle),
    bundle: span(marks.bundle, marks.render),
    render: span(marks.render, marks.rendered),
    search: span(marks.built, marks.searched),
    other:
      after === undefined || marks.rendered === undefined || marks.built === undefined
        ? undefined
        : total - after + (marks.built - marks.rendered),
  };
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
  const marks: Partial<Record<Mark, number>> = {};
  let charts: BuildResult['charts'];
  const { code, stderr, stdout } = await new Promise<{
    code: number | null;
    stderr: string;
    stdout: string;
  }>((done) => {
    const child = spawn(command!, args, { cwd: projectRoot, env });
    let stderr = '';
    let stdout = '';
    // Astro logs every page (the bare build also a warning per MDX file); keep the tail, and the
    // time each phase's first line arrives (a pipe's writes arrive as they are made).
    let partial = '';
    child.stdout.on('data', (chunk) => {
      const now = (performance.now() - started) / 1000;
      stdout = (stdout + chunk).slice(-20_000);
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines.map(stripVTControlCharacters)) {
        const next = MARK_ORDER.find(([mark]) => marks[mark] === undefined);
        if (next && next[1].test(line)) marks[next[0]] = now;
        const drawn = /Charts: (\d+) drawn.*?([\d.]+) s of drawing/.exec(line);
        if (drawn) charts = { drawn: Number(drawn[1]), seconds: Number(drawn[2]) };
      }
    });
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20_000)));
    child.on('close', (exit) => done({ code: exit, stderr, stdout }));
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
    phases: buildPhases(marks, seconds),
    charts,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
