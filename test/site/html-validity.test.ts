import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from '../../scripts/support/dist.ts';
import { htmlErrors, javaAvailable } from '../support/html-validator.ts';

describe.runIf(javaAvailable())('HTML validity (W3C Nu checker)', () => {
  it('every built page has zero errors', async () => {
    assertBuilt();
    expect(await htmlErrors([distDir], distDir)).toEqual([]);
  });
});
