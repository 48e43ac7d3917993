import { describe, expect, it } from 'vitest';
import { countByStatus } from '../../src/lib/progress/status-counts.ts';

describe('countByStatus', () => {
  it('counts each status once, met first, and leaves out statuses no card has', () => {
    const cards = [
      { status: 'off-track', sample: false },
      { status: 'met', sample: false },
      { status: 'no-data', sample: false },
      { status: 'met', sample: false },
    ] as const;
    expect(countByStatus(cards)).toEqual([
      { status: 'met', count: 2 },
      { status: 'off-track', count: 1 },
      { status: 'no-data', count: 1 },
    ]);
  });

  it('counts a card resting on sample figures as an illustration, never as its verdict', () => {
    const cards = [
      { status: 'met', sample: true },
      { status: 'not-met', sample: true },
      { status: 'met', sample: false },
    ] as const;
    expect(countByStatus(cards)).toEqual([
      { status: 'met', count: 1 },
      { status: 'sample', count: 2 },
    ]);
  });

  it('gives nothing for no cards', () => {
    expect(countByStatus([])).toEqual([]);
  });
});
