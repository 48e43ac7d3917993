import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/** A thread's nice value, from /proc (field 19 of its stat line). */
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);

describe("the build's helper threads", () => {
  it('run below the rendering thread, and leave its priority alone', async () => {
    const ownStat = () => {
      try {
        return readFileSync('/proc/thread-self/stat', 'utf8');
      } catch {
        return '';
      }
    };
    const before = ownStat();
    const code = `
      const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(new URL('../../src/integrations/background-thread.ts', import.meta.url).href)}).then(({ yieldToRendering }) => {
        yieldToRendering();
        let stat = '';
        try { stat = require('node:fs').readFileSync('/proc/thread-self/stat', 'utf8'); } catch {}
        parentPort.postMessage(stat);
      });`;
    const stat = await new Promise<string>((resolve, reject) => {
      const worker = new Worker(code, { eval: true });
      worker.once('message', (message: string) => {
        resolve(message);
        void worker.terminate();
      });
      worker.once('error', reject);
    });
    if (process.platform !== 'linux') {
      // No per-thread priority elsewhere: the call does nothing, and does not fail.
      expect(stat).toBe('');
      return;
    }
    // Nice 10, unless the whole run was already nicer than that.
    expect(niceOf(stat)).toBe(Math.max(10, niceOf(before)));
    expect(niceOf(ownStat())).toBe(niceOf(before));
  });
});
