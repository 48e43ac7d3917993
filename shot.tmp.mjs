import { chromium } from 'playwright-core';
import { serveStatic } from './test/support/static-server.ts';
const site = await serveStatic(process.cwd() + '/dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 900, height: 1400 }, javaScriptEnabled: false });
await p.goto(site.url + 'chi-tieu/lao-cai-03-kh-ccb/ii-2-1/');
await p.locator('section[data-measure="viec-lam-moi"]').scrollIntoViewIfNeeded();
await p.locator('section[data-measure="viec-lam-moi"]').screenshot({ path: '/tmp/s4.png' });
await b.close(); await site.close();
