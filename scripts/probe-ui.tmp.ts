import { launchBrowser, openPage } from '/work/wt/search/test/support/browser.ts';
import { serveStatic } from '/work/wt/search/test/support/static-server.ts';
import { searchThroughUi } from '/work/wt/search/test/support/site-search.ts';
const dir = process.env.DIR ?? '/work/wt/search/dist';
const site = await serveStatic(dir, process.env.BASE ?? '/');
const browser = await launchBrowser();
const page = await openPage(browser);
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`${site.url}tim-kiem/`);
for (const q of JSON.parse(process.argv[2])) {
  const { status, results } = await searchThroughUi(page, q);
  console.log(`\n## ${q} — ${status}`);
  for (const r of results.slice(0, 5)) console.log(' ', r.url.replace(site.url, '/'), '|', r.title.slice(0, 60), '|', r.facts, '|', r.sections.map((s) => s.split('#')[1]).join(','), '|', r.marked.slice(0, 5).join(','));
}
await browser.close(); await site.close();
