import { TODO_MARK } from '../lib/placeholders.ts';
import type { Problem } from './problem.ts';

/**
 * A "VIỆC CẦN LÀM" placeholder left in a value (e.g. where a progress figure's number goes) also
 * fails that field's schema; the placeholder's own message says what to do, so it is reported once.
 */
export function withoutPlaceholderComplaints(problems: Problem[]): Problem[] {
  const placeholders = new Set(
    problems.filter((p) => p.message.includes(TODO_MARK)).map((p) => `${p.file}:${p.line}`),
  );
  return problems.filter((p) => !p.field || !placeholders.has(`${p.file}:${p.line}`));
}
