import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../lib/search/index-text.ts';
import { vocabularyFile } from '../lib/search/vocabulary.ts';

/**
 * Builds the Pagefind search index after Astro has written the site (astro:build:done), with
 * Pagefind's Node API. Only pages whose <main> carries data-pagefind-body (pages that pass
 * `search` facts to BaseLayout) are indexed, each prepared by htmlForIndex (NFC, đ spelt so that
 * Pagefind folds it, its kind's words and abbreviations' long forms, hub pages reduced to their
 * own words); the pages served are left as built. Beside the index it writes the vocabulary the
 * search page reads slips against (vocabulary.txt: the indexed words, folded, most frequent first).
 */

/** Parts of an indexed page that are not its content: copy-link buttons, footnote markers, tables of contents, a plan's progress overview (it repeats its targets' titles). */
const EXCLUDE = ['copy-link', '.note-ref', 'nav', '[data-progress-overview]'];
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const bundle = join(outDir, 'pagefind');
        rmSync(bundle, { recursive: true, force: true });
        const { index, errors: createErrors } = await pagefind.createIndex({
          forceLanguage: 'vi',
          excludeSelectors: EXCLUDE,
        });
        if (!index) throw new Error(`Pagefind: ${createErrors.join('; ')}`);
        const files = (readdirSync(outDir, { recursive: true }) as string[]).filter((file) =>
          file.endsWith('.html'),
        );
        for (const file of files) {
          const path = relative(outDir, join(outDir, file)).split(sep).join('/');
          const url = `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
          const { errors } = await index.addHTMLFile({
            url,
            content: htmlForIndex(readFileSync(join(outDir, file), 'utf8')),
          });
          if (errors.length) throw new Error(`Pagefind (${path}): ${errors.join('; ')}`);
        }
        const { errors } = await index.writeFiles({ outputPath: bundle });
        if (errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
        await pagefind.close();
        // The site has its own search interface: Pagefind's prebuilt UIs would only be dead weight.
        for (const file of readdirSync(bundle)) if (UNUSED.test(file)) rmSync(join(bundle, file));
        writeFileSync(join(bundle, 'vocabulary.txt'), vocabularyFile(indexedTexts(bundle)));
        logger.info(
          `Search index: ${files.length} pages read, ${Math.round(directorySize(bundle) / 1024)} KB in ${relative(process.cwd(), bundle)}`,
        );
      },
    },
  };
}

/**
 * The text of every indexed page exactly as Pagefind holds it (content and meta values), read
 * back from its fragments: gzip, a 12-byte signature, then JSON.
 */
function* indexedTexts(bundle: string): Generator<string> {
  const dir = join(bundle, 'fragment');
  for (const file of readdirSync(dir)) {
    const fragment = JSON.parse(
      gunzipSync(readFileSync(join(dir, file)))
        .subarray(12)
        .toString('utf8'),
    ) as { content: string; meta: Record<string, string> };
    yield fragment.content;
    yield* Object.values(fragment.meta);
  }
}

function directorySize(dir: string): number {
  return (readdirSync(dir, { recursive: true }) as string[]).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}
