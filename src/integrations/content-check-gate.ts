import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * The content check's verdict while a build runs it in a process of its own
 * (src/integrations/content-check.ts): the error that stops the build (the editors' list of every
 * problem), or undefined when the content is sound. Kept on globalThis, the one place both the
 * integration and the collections' loaders (src/content.config.ts, loaded by Vite) reach.
 */
const VERDICT = Symbol.for('ccb-bien-gioi.content-check-verdict');

type Verdict = Promise<Error | undefined>;
const slot = globalThis as Record<symbol, Verdict | undefined>;

/** Leaves the verdict of the check just started where the loaders find it. */
export function awaitingContentCheck(verdict: Verdict): void {
  // A check that fails before anyone waits for it (its process could not start) is reported to
  // whoever waits first, not as an unhandled rejection meanwhile.
  verdict.catch(() => undefined);
  slot[VERDICT] = verdict;
}

/** The verdict of the content check this build is running; undefined outside a build. */
export function contentCheckVerdict(): Verdict | undefined {
  return slot[VERDICT];
}

/**
 * A collection's loader that reads the files while the content check runs on another core, and
 * answers with the check's report when the content is wrong: Astro's own message about an entry
 * its schema refuses (in English, one entry at a time), and what it logs about broken files, would
 * otherwise come before or instead of the editors' list. Outside a build it is the loader itself.
 */
export function checkedLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const verdict = contentCheckVerdict();
      if (!verdict) return loader.load(context);
      const held: (() => void)[] = [];
      try {
        await loader.load({ ...context, logger: holding(context.logger, held) });
      } catch (error) {
        throw (await verdict) ?? error;
      }
      const failure = await verdict;
      if (failure) throw failure;
      for (const log of held) log();
    },
  };
}

/** The loader's logger, its messages held until the content is known to be sound. */
function holding(logger: LoaderContext['logger'], held: (() => void)[]): LoaderContext['logger'] {
  const hold =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string): void => {
      held.push(() => logger[level](message));
    };
  return Object.assign(Object.create(logger) as LoaderContext['logger'], {
    debug: hold('debug'),
    info: hold('info'),
    warn: hold('warn'),
    error: hold('error'),
  });
}
