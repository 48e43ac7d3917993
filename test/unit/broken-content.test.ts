import { describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/content-check/index.ts';
import { brokenCases } from '../support/broken-content.ts';
import { makeContentFixture } from '../support/content-fixture.ts';

const contains = (expected: string | RegExp): unknown =>
  expected instanceof RegExp ? expect.stringMatching(expected) : expect.stringContaining(expected);

describe('each common editor mistake gets a message saying what to do', () => {
  it('covers at least 15 distinct mistakes', () => {
    expect(new Set(brokenCases.map((c) => c.mistake)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(brokenCases)('$mistake', ({ write, expected, count = 1 }) => {
    const fixture = makeContentFixture();
    for (const [path, text] of Object.entries(write)) fixture.write(path, text);
    const problems = checkContent(fixture.root);
    expect(problems).toHaveLength(count);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expected.file,
        message: contains(expected.message),
        ...(expected.fix !== undefined && { fix: contains(expected.fix) }),
        ...(expected.line !== undefined && { line: expected.line }),
        ...(expected.field !== undefined && { field: expected.field }),
      }),
    );
    expect(formatReport(problems)).toContain(
      `${expected.file}${expected.line ? `, dòng ${expected.line}` : ''}`,
    );
  });
});
