import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
const workflow = parse(readFileSync('.github/workflows/check-content.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    { name: string; permissions?: unknown; steps: Step[]; 'continue-on-error'?: boolean }
  >;
};

describe('content check on every pull request (.github/workflows/check-content.yml)', () => {
  const jobs = Object.values(workflow.jobs);

  it('runs on every pull request, the editing page’s included', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.on.pull_request).toBeNull();
  });

  it('holds no token that can write, and keeps none after checking out', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of jobs) expect(job.permissions).toBeUndefined();
    const checkout = jobs
      .flatMap((job) => job.steps)
      .find((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('installs, then runs the checker with annotations; nothing may fail quietly', () => {
    expect(jobs).toHaveLength(1);
    const steps = jobs[0]!.steps.map((step) => step.run ?? step.uses ?? '');
    const at = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step));
    expect(at(/^npm ci\b/)).toBeGreaterThan(-1);
    expect(at(/^npm ci\b/)).toBeLessThan(at(/^npm run check -- --github$/));
    expect(jobs[0]!['continue-on-error']).toBeUndefined();
    for (const step of jobs[0]!.steps) expect(step['continue-on-error'], step.name).toBeUndefined();
  });

  it('is the required check README.md tells maintainers to select', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`“${jobs[0]!.name}”`);
    expect(readme).toMatch(/Require status checks to pass before merging/);
  });
});
