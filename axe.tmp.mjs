import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from './test/support/static-server.ts';
const site = await serveStatic(process.cwd() + '/dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
for (const path of ['', 'tien-do/', 'phuong-phap-danh-gia/', 'chi-tieu/lao-cai-03-kh-ccb/ii-2-1/', 'chi-tieu/lao-cai-03-kh-ccb/ii-2-8/', 'ke-hoach/lai-chau-16-kh-tu/']) {
  for (const js of [false, true]) {
    const p = await b.newPage();
    await p.goto(site.url + path);
    if (js) { for (const c of await p.locator('progress-chart').all()) { await c.scrollIntoViewIfNeeded(); } await p.waitForTimeout(500); }
    await p.addScriptTag({ content: axe });
    const r = await p.evaluate(async () => (await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] })).violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0].target} ${v.nodes[0].failureSummary?.slice(0,200)}`));
    console.log(path, js, r);
    await p.close();
  }
}
await b.close(); await site.close();
