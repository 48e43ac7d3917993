import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildVersion } from '../lib/offline/build-version.ts';
import { filesOfPage, scriptImports } from '../lib/offline/page-files.ts';
import type { SavedSetManifest } from '../lib/offline/saved-sets.ts';

/**
 * Offline reading (issue 17), after Astro, the sitemap and the search index have written the site
 * (astro:build:done, so this integration comes last):
 * 1. completes each saved set's manifest (ngoai-tuyen/**.json, written by the site's endpoints with
 *    the set's pages) with every file those pages load: stylesheets, scripts and the modules they
 *    import (Chart.js included), pictures;
 * 2. names the build by a hash of every published file (src/lib/offline/build-version.ts);
 * 3. bundles the service worker (src/integrations/offline-worker.ts) into sw.js, with the build's
 *    version, base path, site name and the files every visitor keeps from the start.
 */

const WORKER_ENTRY = fileURLToPath(new URL('./offline-worker.ts', import.meta.url));
/** Where the site's endpoints write the saved sets' manifests and the offline page. */
const SETS_FOLDER = 'ngoai-tuyen';
/** Stands for the version in the bundled worker until the version, which hashes the worker, is known. */
const VERSION_PLACEHOLDER = 'VERSION-OF-THIS-BUILD';

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const site = new SiteFiles(outDir, base);
        const manifests = completeSetManifests(site);
        const stylesheets = site.paths().filter((path) => /^_astro\/[^/]+\.css$/.test(path));
        const facts = {
          version: VERSION_PLACEHOLDER,
          base,
          siteName: /<title>([^<]*)<\/title>/.exec(site.read('index.html'))?.[1] ?? '',
          offlinePage: `${base}${SETS_FOLDER}/`,
          shell: [
            `${base}${SETS_FOLDER}/`,
            ...stylesheets.map((path) => `${base}${path}`),
            `${base}favicon.svg`,
            `${base}manifest.webmanifest`,
            `${base}icons/icon-192.png`,
          ],
        };
        for (const path of facts.shell) site.assertPublished(path);
        const bundled = await build({
          entryPoints: [WORKER_ENTRY],
          bundle: true,
          write: false,
          format: 'iife',
          target: 'es2022',
          minify: true,
          legalComments: 'none',
          charset: 'utf8',
          define: { OFFLINE_BUILD: JSON.stringify(facts) },
        });
        const workerCode = bundled.outputFiles[0]!.text;
        // The version covers the worker's own code too: a new worker never reads an old cache.
        const version = buildVersion([
          ...site.paths().map((path) => ({ path, bytes: () => readFileSync(join(outDir, path)) })),
          { path: 'sw.js', bytes: Buffer.from(workerCode) },
        ]);
        const code = workerCode.replace(VERSION_PLACEHOLDER, version);
        writeFileSync(join(outDir, 'sw.js'), code);
        logger.info(
          `Offline: sw.js ${(gzipSync(code).length / 1024).toFixed(1)} KB gzip, build ${version}, ${manifests} saved sets`,
        );
      },
    },
  };
}

/** The built site's files, addressed as the browser asks for them (with the base path). */
class SiteFiles {
  constructor(
    readonly root: string,
    readonly base: string,
  ) {}

  /** Every published file, relative to the root with "/" separators, except the worker itself. */
  paths(): string[] {
    return readdirSync(this.root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(this.root, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((path) => path !== 'sw.js')
      .sort();
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), 'utf8');
  }

  /** The file behind a site address ("/ccb/ke-hoach/x/" → "ke-hoach/x/index.html"), or undefined outside the site. */
  fileOf(address: string): string | undefined {
    if (!address.startsWith(this.base)) return undefined;
    const path = decodeURIComponent(address.slice(this.base.length));
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  }

  assertPublished(address: string): string {
    const file = this.fileOf(address);
    if (!file || !existsSync(join(this.root, file)))
      throw new Error(`Offline: ${address} is not a file of the built site`);
    return file;
  }
}

/** Adds to every saved set's manifest the files its pages load; returns how many sets there are. */
function completeSetManifests(site: SiteFiles): number {
  const folder = join(site.root, SETS_FOLDER);
  if (!existsSync(folder)) return 0;
  const manifests = (readdirSync(folder, { recursive: true }) as string[]).filter((file) =>
    file.endsWith('.json'),
  );
  for (const file of manifests) {
    const path = join(folder, file);
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as SavedSetManifest;
    const files = new Set<string>();
    const add = (href: string, from: string) => {
      const address = new URL(href, `http://site.invalid${from}`).pathname;
      const fileOf = site.fileOf(address);
      if (!fileOf || files.has(address) || !existsSync(join(site.root, fileOf))) return;
      files.add(address);
      if (address.endsWith('.js'))
        for (const imported of scriptImports(site.read(fileOf))) add(imported, address);
    };
    for (const page of manifest.pages)
      for (const href of filesOfPage(site.read(site.assertPublished(page)))) add(href, page);
    manifest.files = [...files].sort();
    writeFileSync(path, `${JSON.stringify(manifest)}\n`);
  }
  return manifests.length;
}
