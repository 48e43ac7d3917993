import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageSizeProblems, pageSizeReport } from '../lib/page-budget.ts';

/**
 * Refuses a build with a page over the raw-HTML cap (MAX_PAGE_HTML_BYTES): a 3 MB story fails
 * `npm run build`, naming the page, instead of reaching readers' phones. It runs once the pages are
 * written (astro:build:done), before the search index is built; the sizes come from the files.
 */
export function pageSize(): AstroIntegration {
  let base = '/';
  return {
    name: 'page-size',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir }) => {
        const problems = oversizedPages(fileURLToPath(dir), base);
        if (problems.length === 0) return;
        const error = new AstroError(pageSizeReport(problems));
        error.name = 'Kiểm tra cỡ trang';
        // Its stack would point into this integration, not at the page, and push the list off the screen.
        error.stack = '';
        throw error;
      },
    },
  };
}

/** The cap each HTML page of a built site (`outDir`, served under `base`) breaks, in Vietnamese. */
export function oversizedPages(outDir: string, base = '/'): string[] {
  return (readdirSync(outDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .sort()
    .flatMap((file) =>
      pageSizeProblems({
        path: `${base}${file
          .split(sep)
          .join('/')
          .replace(/(^|\/)index\.html$/, '$1')}`,
        htmlBytes: statSync(join(outDir, file)).size,
      }),
    );
}
