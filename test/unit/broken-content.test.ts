import { describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/content-check/index.ts';
import { brokenCases } from '../support/broken-content.ts';
import { makeContentFixture } from '../support/content-fixture.ts';

const contains = (expected: string | RegExp): unknown =>
  expected instanceof RegExp ? expect.stringMatching(expected) : expect.stringContaining(expected);

describe('each common editor mistake gets a message saying what to do', () => {
  it('covers at least 60 distinct mistakes', () => {
    expect(new Set(brokenCases.map((c) => c.mistake)).size).toBeGreaterThanOrEqual(60);
  });

  it.each(brokenCases)('$mistake', ({ write, expected, count = 1 }) => {
    const fixture = makeContentFixture();
    for (const [path, text] of Object.entries(write)) fixture.write(path, text);
    const problems = checkContent(fixture.root);
    expect(problems).toHaveLength(count);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expected.file,
        message: expected.message,
        ...(expected.fix !== undefined && { fix: contains(expected.fix) }),
        ...(expected.line !== undefined && { line: expected.line }),
        ...(expected.column !== undefined && { column: expected.column }),
        ...(expected.field !== undefined && { field: expected.field }),
      }),
    );
    // Every problem says how to fix it, in a sentence of its own.
    for (const problem of problems) expect(problem.fix.length).toBeGreaterThan(10);
    const where = [
      expected.file,
      expected.line && `dòng ${expected.line}`,
      expected.line && expected.column && `cột ${expected.column}`,
    ]
      .filter(Boolean)
      .join(', ');
    expect(formatReport(problems)).toContain(`${where}`);
    expect(formatReport(problems)).toContain(`${expected.message}\n    Cách sửa: `);
  });
});
