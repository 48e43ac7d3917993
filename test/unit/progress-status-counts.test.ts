import { describe, expect, it } from 'vitest';
import { countByStatus } from '../../src/lib/progress/status-counts.ts';

describe('countByStatus', () => {
  it('counts each status once, met first, and leaves out statuses no card has', () => {
    const cards = [
      { status: 'off-track' },
      { status: 'met' },
      { status: 'no-data' },
      { status: 'met' },
    ] as const;
    expect(countByStatus(cards)).toEqual([
      { status: 'met', count: 2 },
      { status: 'off-track', count: 1 },
      { status: 'no-data', count: 1 },
    ]);
  });

  it('gives nothing for no cards', () => {
    expect(countByStatus([])).toEqual([]);
  });
});
