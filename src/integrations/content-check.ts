import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport } from '../lib/content-check/index.ts';

/**
 * Checks all content before Astro builds anything. A build with any problem stops here,
 * listing every problem in Vietnamese, and exits non-zero: nothing is half-published.
 * In `astro dev` the report is printed and the server keeps running.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        console.error(`\n${report}\n`);
        process.exit(1);
      },
    },
  };
}
