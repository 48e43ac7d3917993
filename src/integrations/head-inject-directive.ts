import type { Plugin } from 'vite';
import { PROPAGATED_ASSETS_ID, withoutHeadInjectDirective } from '../lib/head-inject-directive.ts';

/**
 * Vite plugin: drops the unused "use astro:head-inject" directive from the modules Astro
 * generates for content entries (see src/lib/head-inject-directive.ts). Runs after Astro's
 * own `enforce: 'pre'` plugin that generates them.
 */
export function dropHeadInjectDirective(): Plugin {
  return {
    name: 'ccb:drop-head-inject-directive',
    transform: {
      filter: { id: PROPAGATED_ASSETS_ID },
      handler(code) {
        const cleaned = withoutHeadInjectDirective(code);
        return cleaned === code ? null : { code: cleaned, map: null };
      },
    },
  };
}
