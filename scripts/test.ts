/**
 * `npm test`: every check of the project, the independent ones side by side so that both cores of
 * a small machine stay busy. Types are generated once (`astro sync`); then the build, and the site
 * suites as soon as it is done, with the unit tests beside them, and formatting, lint and type
 * check at a lower priority, on the processor time the browser suites leave while they wait. Each step's
 * output is printed in one piece when it ends, with its time; a failed step stops only the steps
 * that need it, so one run shows every failure. At the end: a table of the steps' times, and the
 * exit code is non-zero if any step failed.
 *
 * The same steps one by one: `npm run lint`, `npm run typecheck`, `npm run test:unit`,
 * `npm run build:local`, `npx vitest run --config vitest.site.config.ts` (test/site/ and
 * test/builds/ in one run).
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { LOCAL_ADDRESS } from '../src/lib/public-address.ts';

interface Step {
  name: string;
  /** A JavaScript entry point of a package, run with this Node, and its arguments. */
  command: string[];
  /** Steps that must succeed first. */
  after: string[];
  /**
   * Off the critical path: runs at a lower priority (nice 10), on the processor time the build and
   * the site suites leave, so that it never slows them down.
   */
  background?: true;
}

const bin = {
  astro: 'node_modules/astro/bin/astro.mjs',
  eslint: 'node_modules/eslint/bin/eslint.js',
  prettier: 'node_modules/prettier/bin/prettier.cjs',
  vitest: 'node_modules/vitest/vitest.mjs',
};

const STEPS: Step[] = [
  // Writes the types in .astro/ and, on a fresh clone, cuts the fonts into src/fonts/ (about ten
  // seconds): every step but Prettier waits for it, so that none reads a file while it is written.
  { name: 'astro sync', command: [bin.astro, 'sync'], after: [] },
  { name: 'prettier', command: [bin.prettier, '--check', '.'], after: [], background: true },
  { name: 'eslint', command: [bin.eslint, '.'], after: ['astro sync'], background: true },
  {
    name: 'astro check',
    command: [bin.astro, 'check', '--noSync'],
    after: ['astro sync'],
    background: true,
  },
  // At normal priority: a unit test has a time limit (vitest.config.ts), which a starved one may miss.
  { name: 'unit tests', command: [bin.vitest, 'run'], after: ['astro sync'] },
  { name: 'build', command: [bin.astro, 'build', '--site', LOCAL_ADDRESS], after: ['astro sync'] },
  // Two runs side by side: the suites reading dist/ (browser suites mostly, both cores at times)
  // and the suites making builds of their own (about one core).
  {
    name: 'site tests',
    command: [bin.vitest, 'run', '--config', 'vitest.site.config.ts', 'test/site/'],
    after: ['build'],
  },
  {
    name: 'build tests',
    command: [bin.vitest, 'run', '--config', 'vitest.site.config.ts', 'test/builds/'],
    after: ['build'],
  },
];

interface Outcome {
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
}

const started = performance.now();
const seconds = (since: number) => (performance.now() - since) / 1000;
const outcomes = new Map<string, Promise<Outcome>>();

function run(step: Step): Promise<Outcome> {
  return new Promise((done) => {
    const begun = performance.now();
    console.log(`▶ ${step.name} (${seconds(started).toFixed(0)} s)`);
    const child = spawn(process.execPath, step.command, {
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Its own processes (vitest's workers, say) inherit the priority.
    if (step.background && child.pid) setPriority(child.pid, 10);
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const outcome: Outcome = {
        status: code === 0 ? 'passed' : 'failed',
        seconds: seconds(begun),
      };
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      const mark = outcome.status === 'passed' ? '✔' : '✘';
      console.log(`\n${mark} ${step.name}: ${outcome.seconds.toFixed(1)} s`);
      if (text) console.log(text.replace(/^/gm, '  '));
      done(outcome);
    });
  });
}

function outcomeOf(step: Step): Promise<Outcome> {
  let outcome = outcomes.get(step.name);
  if (!outcome) {
    outcome = Promise.all(
      step.after.map((name) => outcomeOf(STEPS.find((other) => other.name === name)!)),
    ).then((before) =>
      before.every((o) => o.status === 'passed')
        ? run(step)
        : { status: 'skipped' as const, seconds: 0 },
    );
    outcomes.set(step.name, outcome);
  }
  return outcome;
}

const results = await Promise.all(STEPS.map(outcomeOf));
console.log(`\nnpm test: ${seconds(started).toFixed(0)} s in all`);
for (const [i, step] of STEPS.entries()) {
  const { status, seconds } = results[i]!;
  const time = status === 'skipped' ? '—' : `${seconds.toFixed(1)} s`;
  console.log(`  ${step.name.padEnd(12)} ${time.padStart(8)}  ${status}`);
}
process.exitCode = results.every((r) => r.status === 'passed') ? 0 : 1;
