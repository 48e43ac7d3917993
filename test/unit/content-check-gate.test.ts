import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitingContentCheck, checkedLoader } from '../../src/integrations/content-check-gate.ts';

/** A loader context whose logger records what reaches the terminal. */
function context() {
  const printed: string[] = [];
  const logger = {
    debug: (m: string) => printed.push(`debug ${m}`),
    info: (m: string) => printed.push(`info ${m}`),
    warn: (m: string) => printed.push(`warn ${m}`),
    error: (m: string) => printed.push(`error ${m}`),
  };
  return { printed, context: { logger } as unknown as LoaderContext };
}

const report = new Error('Nội dung có 1 lỗi trong 1 tệp.');

describe("the collections' loaders while the content check runs", () => {
  // Outside a build no check runs: leave no verdict behind for other tests in this worker.
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[
      Symbol.for('ccb-bien-gioi.content-check-verdict')
    ];
  });

  it("answers with the check's report when Astro refuses an entry, not with Astro's own error", async () => {
    awaitingContentCheck(Promise.resolve(report));
    const loader = checkedLoader({
      name: 'x',
      load: () => Promise.reject(new Error('InvalidContentEntryDataError')),
    });
    await expect(loader.load(context().context)).rejects.toBe(report);
  });

  it('stops with the report when the files read well but the check found a problem, printing nothing of the loader', async () => {
    awaitingContentCheck(Promise.resolve(report));
    const { printed, context: ctx } = context();
    const loader = checkedLoader({
      name: 'x',
      load: ({ logger }) => {
        logger.error('Item in don-vi.yaml is missing an id or slug field.');
        return Promise.resolve();
      },
    });
    await expect(loader.load(ctx)).rejects.toBe(report);
    expect(printed).toEqual([]);
  });

  it("passes Astro's own error and messages on when the content is sound", async () => {
    awaitingContentCheck(Promise.resolve(undefined));
    const failing = checkedLoader({
      name: 'x',
      load: () => Promise.reject(new Error('disk full')),
    });
    await expect(failing.load(context().context)).rejects.toThrow('disk full');
    const { printed, context: ctx } = context();
    const load = vi.fn(({ logger }: LoaderContext) => {
      logger.warn('No contents found for a.mdx');
      return Promise.resolve();
    });
    await checkedLoader({ name: 'x', load }).load(ctx);
    expect(load).toHaveBeenCalledOnce();
    expect(printed).toEqual(['warn No contents found for a.mdx']);
  });

  it('waits for the check before the collection counts as read', async () => {
    let answer: (verdict: Error | undefined) => void = () => undefined;
    awaitingContentCheck(new Promise((resolve) => (answer = resolve)));
    let read = false;
    const loading = checkedLoader({ name: 'x', load: () => Promise.resolve() })
      .load(context().context)
      .then(() => (read = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(read).toBe(false);
    answer(undefined);
    await loading;
    expect(read).toBe(true);
  });
});
