import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { buildOnce } from '../../scripts/bench/measure.ts';

/**
 * The smallest benchmark size, as a smoke test that the corpus generator and both builds work;
 * timings are printed, never asserted (`npm run bench` measures them properly).
 */
describe('benchmark smoke test (about 60 pages)', () => {
  it('generates a valid synthetic corpus that both our build and the bare Astro build turn into pages', async () => {
    const work = mkdtempSync(join(tmpdir(), 'ccb-bench-'));
    const content = join(work, 'content');
    const corpus = await generateCorpus({
      source: join(process.cwd(), 'content'),
      target: content,
      pages: 60,
    });
    const documents = (readdirSync(content, { recursive: true }) as string[]).filter((file) =>
      file.endsWith('.mdx'),
    );
    expect(corpus.clones).toBeGreaterThanOrEqual(2);

    // Clones read as new Vietnamese text, not copies of the official one.
    const original = readFileSync(
      join('content/nhiem-vu/lao-cai-03-kh-ccb/iii-1.mdx'),
      'utf8',
    ).split('---')[2]!;
    const cloned = readFileSync(
      join(content, 'nhiem-vu/lao-cai-03-kh-ccb-mau-00001/iii-1.mdx'),
      'utf8',
    ).split('---')[2]!;
    expect(cloned).not.toBe(original);
    expect(cloned).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    // Each clone has figures of its own, so no two clones draw the same chart.
    const figures = (clone: string) =>
      readFileSync(join(content, `tien-do/lao-cai-03-kh-ccb-mau-${clone}/ii-2-4.json`), 'utf8');
    expect(figures('00002')).not.toBe(figures('00001'));

    const site = await buildOnce(
      'site',
      content,
      join(work, 'dist-site'),
      join(work, 'cache-site'),
    );
    const bare = await buildOnce(
      'bare',
      content,
      join(work, 'dist-bare'),
      join(work, 'cache-bare'),
    );
    expect(bare.pages).toBe(documents.length);
    // Our site publishes every document plus home, lists, themes and the 404 page.
    expect(site.pages).toBeGreaterThan(bare.pages);
    // Where the time went is read from both builds' logs; only ours draws charts and a search index.
    for (const build of [site, bare]) {
      expect(build.phases.content).toBeGreaterThan(0);
      expect(build.phases.bundle).toBeGreaterThan(0);
      expect(build.phases.render).toBeGreaterThan(0);
    }
    expect(site.phases.search).toBeGreaterThan(0);
    expect(bare.phases.search).toBeUndefined();
    expect(site.charts!.drawn).toBeGreaterThan(0);
    const ratio = site.seconds / site.pages / (bare.seconds / bare.pages);
    console.log(
      `bench smoke: ours ${site.seconds.toFixed(1)} s / ${site.pages} pages, bare ${bare.seconds.toFixed(1)} s / ${bare.pages} pages, ratio per page ${ratio.toFixed(2)}`,
      site.phases,
    );
  });
});
