import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkContent, formatReport } from '../content-check/index.ts';

/**
 * Checks all content before Astro builds anything. A build with any problem stops here with an
 * AstroError whose message is the Vietnamese list of every problem, so nothing is half-published
 * and Astro exits non-zero. In `astro dev` the report is printed and the server keeps running.
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
        throw contentError(report);
      },
    },
  };
}

/**
 * The error Astro prints when it stops a build: "[Kiểm tra nội dung]" and the report, each problem
 * with its file, line and fix. Without its stack trace, which would point into this integration
 * rather than at the editor's files and push the list off the screen.
 */
export function contentError(report: string): AstroError {
  const error = new AstroError(report);
  error.name = 'Kiểm tra nội dung';
  error.stack = '';
  return error;
}
