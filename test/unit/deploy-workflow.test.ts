import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}
const text = readFileSync('.github/workflows/deploy.yml', 'utf8');
const workflow = parse(text) as {
  on: { push: { branches: string[] } };
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      needs?: string;
      if?: string;
      steps: Step[];
      'continue-on-error'?: boolean;
      permissions?: Record<string, string>;
    }
  >;
};

describe('publishing workflow (.github/workflows/deploy.yml)', () => {
  const { build, deploy } = workflow.jobs as Required<typeof workflow.jobs>;

  it('runs on every push to main', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
  });

  it('checks, tests and builds before packaging, and nothing is allowed to fail quietly', () => {
    const order = build!.steps.map((step) => step.run ?? step.uses ?? '');
    const position = (pattern: RegExp) => order.findIndex((step) => pattern.test(step));
    expect(position(/^npm ci\b/)).toBeGreaterThan(-1);
    expect(position(/^npm ci\b/)).toBeLessThan(position(/^npm run check$/));
    expect(position(/^npm run check$/)).toBeLessThan(position(/^npm test$/));
    expect(position(/^npm test$/)).toBeLessThan(position(/^npm run build$/));
    expect(position(/^npm run build$/)).toBeLessThan(position(/upload-pages-artifact/));
    for (const job of Object.values(workflow.jobs)) {
      expect(job['continue-on-error']).toBeUndefined();
      for (const step of job.steps) expect(step['continue-on-error'], step.name).toBeUndefined();
    }
  });

  it('lets the build job, which builds what editors commit, only read the repository, with no secret', () => {
    // A job's own permissions replace the workflow's; without its own, it has the workflow's.
    expect(build!.permissions ?? workflow.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(build)).not.toMatch(/secrets\.|GITHUB_TOKEN/);
    // Writing to Pages is the deploy job's alone, and it runs nothing from the repository.
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(text).not.toMatch(/contents:\s*write/);
  });

  it('publishes only after the whole build job succeeded, only from main', () => {
    expect(deploy!.needs).toBe('build');
    expect(deploy!.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('builds for the repository sub-path and the public address', () => {
    const env = build!.steps.find((step) => step.run === 'npm run build')!.env!;
    expect(env.SITE_BASE).toContain("format('/{0}/', github.event.repository.name)");
    expect(env.SITE_URL).toContain('github.io');
  });
});
