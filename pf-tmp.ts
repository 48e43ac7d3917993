import { readdirSync, readFileSync, rmSync, cpSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '/work/wt/charts/src/lib/search/index-text.ts';
const outDir = process.argv[2]!; const window = Number(process.argv[3]); const out = process.argv[4]!;
const t = performance.now();
const { index } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: ['copy-link', '.note-ref', 'nav', '[data-progress-overview]'] });
const files = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
let next = 0;
async function lane() {
  while (next < files.length) {
    const file = files[next++]!;
    const path = relative(outDir, join(outDir, file)).split(sep).join('/');
    const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
    const { errors } = await index!.addHTMLFile({ url, content: htmlForIndex(readFileSync(join(outDir, file), 'utf8')) });
    if (errors.length) throw new Error(errors.join());
  }
}
await Promise.all(Array.from({ length: window }, lane));
const t2 = performance.now();
rmSync(out, { recursive: true, force: true });
await index!.writeFiles({ outputPath: out });
await pagefind.close();
console.log('window', window, 'add ms', Math.round(t2 - t), 'total ms', Math.round(performance.now() - t));
