import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  CHART_SERVICE,
  chartCacheKey,
  type ChartJob,
  type ChartService,
} from '../lib/charts/jobs.ts';
import type { ChartReply, ChartRequest } from './chart-worker.ts';

/**
 * The build's chart pictures (issue 16): drawn by worker threads while the main thread renders
 * pages, and kept between builds under the build's cache folder (`cacheDir`, so a benchmark with
 * its own SITE_CACHE_DIR stays cold), named by a hash of their input and of the drawing code.
 * An unchanged chart is read back, a changed figure redraws only its own charts, a changed
 * drawing rule redraws them all. After the build, pictures no page used any more are deleted.
 *
 * Pages reach the service through globalThis[CHART_SERVICE] (src/data/charts.ts); without it
 * (astro dev, tests) they draw in their own thread.
 */

const WORKER = new URL('./chart-worker.ts', import.meta.url);
/** Files whose content decides how a chart is drawn: a change in any of them redraws every chart. */
const DRAWING_CODE = [
  new URL('../lib/charts/', import.meta.url),
  new URL('../lib/format/number.ts', import.meta.url),
  WORKER,
];
const DRAWING_PACKAGES = ['chart.js', '@napi-rs/canvas', '@fontsource/noto-sans'];

/** A hash of the drawing code and of the versions of the packages it draws with. */
export function drawingFingerprint(): string {
  const hash = createHash('sha256');
  for (const location of DRAWING_CODE) {
    const path = fileURLToPath(location);
    const files = path.endsWith('/')
      ? readdirSync(path)
          .filter((file) => file.endsWith('.ts'))
          .sort()
          .map((file) => join(path, file))
      : [path];
    for (const file of files)
      hash.update(file.slice(file.lastIndexOf('/src/'))).update(readFileSync(file));
  }
  for (const name of DRAWING_PACKAGES) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex');
}

/** An installed package's version, from the package.json above its entry (not every package exports it). */
function packageVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name && manifest.version) return manifest.version;
    } catch {
      // No package.json here: look further up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the version of ${name}`);
    dir = parent;
  }
}

/**
 * Jobs a drawing thread holds at once. Given one at a time, a thread that finished a picture
 * would wait for the rendering thread to take its answer before it got the next, and the
 * rendering thread is busy rendering: the pictures it waits for would be drawn only in its gaps.
 */
const JOBS_AHEAD = 8;

/** Worker threads drawing charts, each with up to JOBS_AHEAD jobs queued, started as jobs come. */
class ChartPool {
  readonly #size: number;
  /** Jobs each thread has been given and has not answered yet. */
  readonly #load = new Map<Worker, number>();
  readonly #queue: ChartRequest[] = [];
  readonly #pending = new Map<
    number,
    { resolve: (svg: string) => void; reject: (e: Error) => void }
  >();
  #next = 0;
  /** Milliseconds the threads spent drawing. */
  busy = 0;

  constructor(size: number) {
    this.#size = size;
  }

  draw(job: ChartJob): Promise<string> {
    const id = this.#next++;
    return new Promise<string>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#queue.push({ id, job });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.#load.keys()].map((worker) => worker.terminate()));
    this.#load.clear();
  }

  #pump() {
    while (this.#queue.length) {
      const worker = this.#leastLoaded();
      if (!worker) return;
      // A working thread keeps the build's process alive until it answers; an idle one does not,
      // so a build that stops half-way never hangs on it.
      worker.ref();
      this.#load.set(worker, (this.#load.get(worker) ?? 0) + 1);
      worker.postMessage(this.#queue.shift());
    }
  }

  /** The thread with the fewest jobs and room for one more; a new thread while every one is busy. */
  #leastLoaded(): Worker | undefined {
    let best: Worker | undefined;
    let bestLoad = JOBS_AHEAD;
    for (const [worker, load] of this.#load) if (load < bestLoad) [best, bestLoad] = [worker, load];
    if ((!best || bestLoad > 0) && this.#load.size < this.#size) return this.#start();
    return best;
  }

  #start(): Worker {
    const worker = new Worker(WORKER);
    worker.on('message', (reply: ChartReply) => {
      const pending = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      this.busy += reply.ms;
      if ('svg' in reply) pending?.resolve(reply.svg);
      else pending?.reject(new Error(reply.error));
      const load = (this.#load.get(worker) ?? 1) - 1;
      this.#load.set(worker, load);
      if (load === 0) worker.unref();
      this.#pump();
    });
    worker.on('error', (error: Error) => {
      for (const { reject } of this.#pending.values()) reject(error);
      this.#pending.clear();
    });
    this.#load.set(worker, 0);
    return worker;
  }
}

/** A picture kept from an earlier build or page, or undefined when there is none. */
function readKept(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** How many drawing threads: every core but the one rendering pages, at least one, at most four. */
export const chartThreads = () => Math.max(1, Math.min(4, availableParallelism() - 1));

export function charts(): AstroIntegration {
  let folder = '';
  let pool: ChartPool | undefined;
  const used = new Set<string>();
  const stats = { drawn: 0, reused: 0 };

  return {
    name: 'charts',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({
          entrypoint: new URL('./charts-middleware.ts', import.meta.url),
          order: 'pre',
        });
      },
      'astro:config:done': ({ config }) => {
        folder = join(fileURLToPath(config.cacheDir), 'charts');
      },
      'astro:build:start': () => {
        mkdirSync(folder, { recursive: true });
        const fingerprint = drawingFingerprint();
        const drawing = new Map<string, Promise<string>>();
        pool = new ChartPool(chartThreads());
        const drawnHere = new Set<string>();
        const service: ChartService = {
          draw(job) {
            const key = chartCacheKey(job, fingerprint);
            const pending = drawing.get(key);
            if (pending) return pending;
            used.add(key);
            const file = join(folder, `${key}.svg`);
            // Read and written in one call each: a picture shown on several pages is asked for
            // again and again, and every round trip through Node's thread pool would hold up the
            // page being rendered.
            const kept = readKept(file);
            if (kept !== undefined) {
              if (!drawnHere.has(key)) stats.reused++;
              return Promise.resolve(kept);
            }
            const svg = pool!.draw(job).then((drawn) => {
              writeFileSync(file, drawn);
              stats.drawn++;
              drawnHere.add(key);
              return drawn;
            });
            // Only pictures being drawn are held: once written, a second page asking for the
            // same one reads the file, so memory does not grow with the site.
            drawing.set(key, svg);
            svg.then(
              () => drawing.delete(key),
              () => drawing.delete(key),
            );
            return svg;
          },
        };
        (globalThis as Record<symbol, unknown>)[CHART_SERVICE] = service;
      },
      'astro:build:done': async ({ logger }) => {
        delete (globalThis as Record<symbol, unknown>)[CHART_SERVICE];
        await pool?.close();
        let removed = 0;
        for (const file of readdirSync(folder)) {
          if (used.has(file.replace(/\.svg$/, ''))) continue;
          rmSync(join(folder, file), { force: true });
          removed++;
        }
        const threads = `${chartThreads()} thread${chartThreads() > 1 ? 's' : ''}`;
        const seconds = ((pool?.busy ?? 0) / 1000).toFixed(1);
        logger.info(
          `Charts: ${stats.drawn} drawn, ${stats.reused} from the cache, ${removed} unused removed; ${seconds} s of drawing in ${threads}`,
        );
      },
    },
  };
}
