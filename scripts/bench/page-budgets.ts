/**
 * Every page of a built corpus against the caps every page has (src/lib/page-budget.ts): raw HTML
 * and elements. `npm run bench` reports the heaviest page and fails when any page is over a cap;
 * the build itself already stops on the HTML cap, so here the elements are what can still fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { countElements, pageSizeProblems } from '../../src/lib/page-budget.ts';

export interface PageBudgets {
  pages: number;
  /** The page with the most HTML, and the one with the most elements. */
  heaviest: { path: string; htmlBytes: number };
  largest: { path: string; elements: number };
  /** Every cap a page breaks, in Vietnamese, naming the page. */
  problems: string[];
}

/** Measures every HTML page of a built site (Pagefind's own files left out). */
export function checkPageBudgets(distDir: string): PageBudgets {
  const result: PageBudgets = {
    pages: 0,
    heaviest: { path: '', htmlBytes: 0 },
    largest: { path: '', elements: 0 },
    problems: [],
  };
  const files = (readdirSync(distDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
    .sort();
  for (const file of files) {
    const html = readFileSync(join(distDir, file));
    const path = `/${file
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')}`;
    const elements = countElements(html.toString('utf8'));
    result.pages++;
    if (html.length > result.heaviest.htmlBytes) result.heaviest = { path, htmlBytes: html.length };
    if (elements > result.largest.elements) result.largest = { path, elements };
    result.problems.push(...pageSizeProblems({ path, htmlBytes: html.length, elements }));
  }
  return result;
}
