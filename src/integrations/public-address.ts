import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { LOCAL_ADDRESS, missingAddressReport } from '../lib/public-address.ts';
import { contentCheckVerdict } from './content-check-gate.ts';

/**
 * A build without a public address (no SITE_URL, no `url` in the site settings, no `--site`)
 * stops before writing anything, with a Vietnamese message saying where to set it, so that no
 * published page, sitemap or feed names a local address. Content problems are listed first: the
 * build waits for the content check's verdict (running in its own process) before stopping here.
 * Other commands (`astro dev`, `astro check`) use the local address.
 */
export function publicAddress(settingsFile: string): AstroIntegration {
  return {
    name: 'public-address',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        if (config.site) return;
        if (command !== 'build') {
          updateConfig({ site: LOCAL_ADDRESS });
          return;
        }
        throw (await contentCheckVerdict()) ?? missingAddressError(settingsFile);
      },
    },
  };
}

/** What Astro prints when it stops the build: "[Địa chỉ trang]" and the message, no stack trace. */
export function missingAddressError(settingsFile: string): AstroError {
  const error = new AstroError(missingAddressReport(settingsFile));
  error.name = 'Địa chỉ trang';
  error.stack = '';
  return error;
}
