import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/lib/memoized.ts';

describe('memoized', () => {
  it('computes each key once and gives back what it computed', () => {
    const asked: string[] = [];
    const length = memoized((text: string) => {
      asked.push(text);
      return text.length;
    });
    expect([length('đồn'), length('biên giới'), length('đồn')]).toEqual([3, 9, 3]);
    expect(asked).toEqual(['đồn', 'biên giới']);
  });

  it('shares one promise between callers that ask while it runs', async () => {
    let loads = 0;
    const load = memoized(async (key: string) => {
      loads++;
      await new Promise((done) => setTimeout(done, 5));
      return [key];
    });
    const [a, b] = await Promise.all([load('x'), load('x')]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
  });
});
