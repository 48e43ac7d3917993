import { TODO_MARK } from '../../src/scaffold/index.ts';

/** Figures an editor types into a new progress point: a rate of 50 % (1 of 2), dated report. */
const FIGURES: Record<string, string> = {
  value: '50',
  numerator: '1',
  denominator: '2',
  date: '"15/12/2026"',
};

/**
 * What an editor does after `npm run new`: replaces every "VIỆC CẦN LÀM: …" placeholder with real
 * words (numbers and a date where a progress point needs them) and removes the reminders written
 * as comments after values.
 */
export const fillIn = (text: string) =>
  text
    .replace(new RegExp(` # ${TODO_MARK}:.*$`, 'gm'), '')
    .replace(
      new RegExp(`"(value|numerator|denominator|date)": "${TODO_MARK}:[^"]*"`, 'g'),
      (_, key: string) => `"${key}": ${FIGURES[key]}`,
    )
    .replace(new RegExp(`"${TODO_MARK}:[^"]*"`, 'g'), '"Nội dung đã điền"')
    .replace(new RegExp(`^${TODO_MARK}:.*$`, 'gm'), '2\\. Nội dung đã điền.');
