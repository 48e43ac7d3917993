import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { toLf } from '../lib/line-endings.ts';

/** MDX content files, as the MDX integration's own Vite plugin selects them. */
const MDX_FILE = /\.mdx$/;

/**
 * Builds an MDX file saved with Windows line endings (CRLF) exactly like the same file saved with
 * "\n": the MDX compiler keeps "\r\n" inside paragraphs, so the page's HTML would differ. The file
 * is read here with its line endings made "\n" before the MDX plugin compiles it; the content
 * checker reads through the same `toLf`, so what it checks is what is built. Files without "\r"
 * are left to Vite's own reading.
 */
export function lineEndings(): AstroIntegration {
  return {
    name: 'line-endings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-line-endings',
                enforce: 'pre',
                load: {
                  order: 'pre',
                  filter: { id: MDX_FILE },
                  handler(id) {
                    // Virtual modules are someone else's to load.
                    if (!existsSync(id)) return null;
                    const text = readFileSync(id, 'utf8');
                    return text.includes('\r') ? toLf(text) : null;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
