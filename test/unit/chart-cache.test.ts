import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { charts, drawingFingerprint } from '../../src/integrations/charts.ts';
import type { ChartInput } from '../../src/lib/charts/config.ts';
import {
  CHART_SERVICE,
  chartCacheKey,
  chartJobs,
  type ChartJob,
  type ChartService,
} from '../../src/lib/charts/jobs.ts';
import { renderChartSvg } from '../../src/lib/charts/render-svg.ts';
import { temporaryFolder } from '../support/temporary-folder.ts';

const input: ChartInput = {
  kind: 'count',
  categories: ['2024', '2025'],
  categoryLines: [['2024'], ['2025']],
  datasets: [{ label: 'tỉnh Lai Châu', values: [1, 2], estimate: [false, false] }],
  milestones: [
    { comparator: '>=', value: 1 },
    { comparator: '>=', value: 1 },
  ],
  breakAfter: null,
  breakLabel: '',
  breakShortLabel: '',
};
const [wide, narrow] = chartJobs(input, 'tien-do-lam-viec') as [ChartJob, ChartJob];

describe('the name a chart picture is kept under', () => {
  it('is the same for the same job, however its data was written', () => {
    const reordered = JSON.parse(
      JSON.stringify({ idPrefix: wide.idPrefix, variant: wide.variant, input: wide.input }),
    ) as ChartJob;
    expect(chartCacheKey(reordered, 'f')).toBe(chartCacheKey(wide, 'f'));
    expect(chartCacheKey(wide, 'f')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with a figure, the layout, the ids, or the drawing code', () => {
    const key = chartCacheKey(wide, 'f');
    const changed = {
      ...wide,
      input: { ...input, datasets: [{ ...input.datasets[0]!, values: [1, 3] }] },
    };
    expect(chartCacheKey(changed, 'f')).not.toBe(key);
    expect(chartCacheKey(narrow, 'f')).not.toBe(chartCacheKey({ ...narrow, variant: 'wide' }, 'f'));
    expect(chartCacheKey({ ...wide, idPrefix: 'x' }, 'f')).not.toBe(key);
    expect(chartCacheKey(wide, 'g')).not.toBe(key);
  });

  it('takes the drawing code’s fingerprint from the files, the same on every call', () => {
    expect(drawingFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(drawingFingerprint()).toBe(drawingFingerprint());
  });
});

describe('the build’s chart service (worker thread and cache)', () => {
  let cacheDir: string;
  beforeAll(() => {
    cacheDir = temporaryFolder('bieu-do-');
  });

  /** One build as Astro runs the integration: its hooks, the pages' requests, its closing line. */
  async function build(jobs: ChartJob[]): Promise<{ svgs: string[]; said: string }> {
    const integration = charts();
    const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } });
    await hooks['astro:build:start']!({});
    const service = (globalThis as Record<symbol, ChartService>)[CHART_SERVICE]!;
    let said = '';
    let svgs: string[];
    try {
      svgs = await Promise.all(jobs.map((job) => service.draw(job)));
    } finally {
      await hooks['astro:build:done']!({ logger: { info: (line: string) => (said = line) } });
    }
    return { svgs, said };
  }

  it('draws in a worker what the build would draw itself, and keeps it for the next build', async () => {
    const first = await build([wide, narrow]);
    expect(first.said).toMatch(/^Charts: 2 drawn, 0 from the cache, 0 unused removed/);
    expect(first.svgs[1]).toBe(renderChartSvg(input, 'narrow', narrow.idPrefix));
    expect(readdirSync(join(cacheDir, 'charts'))).toHaveLength(2);

    const again = await build([wide, narrow]);
    expect(again.said).toMatch(/^Charts: 0 drawn, 2 from the cache/);
    expect(again.svgs).toEqual(first.svgs);
  });

  it('redraws only the charts whose figures changed, and forgets pictures no page uses', async () => {
    const changed = {
      ...wide,
      input: { ...input, datasets: [{ ...input.datasets[0]!, values: [1, 3] }] },
    };
    const { said } = await build([changed, narrow]);
    expect(said).toMatch(/^Charts: 1 drawn, 1 from the cache, 1 unused removed/);
    expect(readdirSync(join(cacheDir, 'charts'))).toHaveLength(2);
  });

  it('passes a drawing error to the page that asked, with its message', async () => {
    const starred = {
      ...narrow,
      input: { ...input, categoryLines: [['2024 ★'], ['2025']] },
    };
    await expect(build([starred])).rejects.toThrow(/"★" \(U\+2605\)/);
  });
});
