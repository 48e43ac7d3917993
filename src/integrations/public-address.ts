import type { AstroIntegration } from 'astro';
import { LOCAL_ADDRESS, missingAddressReport } from '../lib/public-address.ts';

/**
 * A build without a public address (no SITE_URL, no `url` in the site settings, no `--site`)
 * stops with a Vietnamese message saying where to set it, so that no published page, sitemap or
 * feed names a local address. Runs after the content check: content problems are listed first.
 * Other commands (`astro dev`, `astro check`) use the local address.
 */
export function publicAddress(settingsFile: string): AstroIntegration {
  return {
    name: 'public-address',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (config.site) return;
        if (command !== 'build') {
          updateConfig({ site: LOCAL_ADDRESS });
          return;
        }
        console.error(`\n${missingAddressReport(settingsFile)}\n`);
        process.exit(1);
      },
    },
  };
}
