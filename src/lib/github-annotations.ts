import type { Problem } from '../content-check/index.ts';

/**
 * The checker's problems as GitHub Actions workflow commands ("::error file=…,line=…::…"), which
 * GitHub shows on a pull request beside the line at fault, in Vietnamese as the checker words them.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */

/** Escapes a command's message: GitHub reads "%", CR and LF as encoded. */
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a property value, where ":" and "," also separate. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(problem: Problem): string {
  const field = problem.field
    ? `trường "${problem.field}"${problem.fieldLabel ? ` (${problem.fieldLabel})` : ''}`
    : undefined;
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    `title=${escapeProperty(field ? `Lỗi nội dung: ${field}` : 'Lỗi nội dung')}`,
  ];
  const message = problem.fix ? `${problem.message}\nCách sửa: ${problem.fix}` : problem.message;
  return `::error ${properties.join(',')}::${escapeData(message)}`;
}
