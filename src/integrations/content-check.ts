import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../content-check/problem.ts';
import { formatReport } from '../content-check/problem.ts';
import { awaitingContentCheck, contentCheckVerdict } from './content-check-gate.ts';

const CHECKER = fileURLToPath(new URL('./content-check-process.ts', import.meta.url));

/**
 * Checks all content before Astro builds anything. A build with any problem stops with an
 * AstroError whose message is the Vietnamese list of every problem, so nothing is half-published
 * and Astro exits non-zero. In a build the check runs in a process of its own while Astro reads the
 * collections (each loader waits for its verdict: src/integrations/content-check-gate.ts),
 * and nothing is built before it is known. In `astro dev` the report is printed and the server
 * keeps running.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const checked = checkInProcess(fileURLToPath(config.root));
        if (command === 'build') {
          awaitingContentCheck(
            checked.then((problems) =>
              problems.length ? contentError(formatReport(problems)) : undefined,
            ),
          );
          return;
        }
        // Other commands (astro dev, astro sync) wait for the check here.
        const problems = await checked;
        if (problems.length === 0) return;
        const report = formatReport(problems);
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        throw contentError(report);
      },
      // Should Astro have read no collection (their loaders wait for the check), the build still
      // waits for the verdict here, before anything is compiled or written.
      'astro:build:start': async () => {
        const failure = await contentCheckVerdict();
        if (failure) throw failure;
      },
    },
  };
}

/** Every problem in the content under `root`, found by a process of its own. */
function checkInProcess(root: string): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    const checker = fork(CHECKER, [root], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    checker.once('message', (problems) => resolve(problems as Problem[]));
    checker.once('error', reject);
    checker.once('exit', (code) =>
      reject(new Error(`The content check stopped (exit code ${code}) before it answered`)),
    );
  });
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
