/**
 * Vitest's global set-up for the site suites: gives the run an id, so that a variant build shared
 * by several suites (sharedBuild in test/support/build.ts) is built once per run, never taken over
 * from an earlier run of older code.
 */
export default function setup({ provide }: { provide: (key: 'testRun', value: string) => void }) {
  provide('testRun', `${process.pid}-${Date.now()}`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    testRun: string;
  }
}
