import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
const html = readFileSync(process.argv[2], 'utf8');
const { document } = parseHTML(html);
const main = document.querySelector('main') ?? document.body;
for (const el of main.querySelectorAll('script,style,svg')) el.remove();
const blocks = ['P','LI','H1','H2','H3','H4','TR','DT','DD','DIV','SECTION','TABLE','FIGCAPTION','CAPTION','SUMMARY','BR','HEADER','FOOTER','ASIDE','BLOCKQUOTE'];
function walk(n, out) {
  if (n.nodeType === 3) { out.push(n.textContent); return; }
  if (n.nodeType !== 1) return;
  const b = blocks.includes(n.tagName);
  if (b) out.push('\n');
  if (n.tagName === 'TD' || n.tagName === 'TH') out.push(' | ');
  for (const c of n.childNodes) walk(c, out);
  if (b) out.push('\n');
}
const out = []; walk(main, out);
console.log(out.join('').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n'));
