import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, listPages } from '../../scripts/support/dist.ts';
import { checkSiteLinks } from '../support/links.ts';

describe('links of the built site', () => {
  it('every internal link, #anchor, stylesheet, script and image resolves; nothing is loaded from other sites', () => {
    assertBuilt();
    const { broken, externalLoads, checked } = checkSiteLinks(distDir, 'http://localhost:4321');
    expect(broken).toEqual([]);
    expect(externalLoads).toEqual([]);
    expect(checked).toBeGreaterThan(listPages().length * 5);
  });
});
