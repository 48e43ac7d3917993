import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { htmlForIndex } from './src/lib/search/index-text.ts';
const [src, out] = process.argv.slice(2) as [string, string];
const t = performance.now();
for (const f of (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))) {
  mkdirSync(dirname(join(out, f)), { recursive: true });
  writeFileSync(join(out, f), htmlForIndex(readFileSync(join(src, f), 'utf8')));
}
console.log('prep ms', Math.round(performance.now() - t));
