import { chromium } from 'playwright-core';
import { serveStatic } from './test/support/static-server.ts';
const site = await serveStatic(process.cwd() + '/dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 900, height: 1400 }, javaScriptEnabled: false });
await p.goto(site.url + 'chi-tieu/lao-cai-03-kh-ccb/ii-2-8/');
await p.locator('section[data-measure="ho-thoat-ngheo"]').scrollIntoViewIfNeeded();
await p.locator('section[data-measure="ho-thoat-ngheo"]').screenshot({ path: '/tmp/s4.png' });
await b.close(); await site.close();
