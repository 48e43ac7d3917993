import { TODO_MARK } from '../../src/lib/scaffold/index.ts';

/**
 * What an editor does after `npm run new`: replaces every "VIỆC CẦN LÀM: …" placeholder with real
 * words and removes the reminders written as comments after values.
 */
export const fillIn = (text: string) =>
  text
    .replace(new RegExp(` # ${TODO_MARK}:.*$`, 'gm'), '')
    .replace(new RegExp(`"${TODO_MARK}:[^"]*"`, 'g'), '"Nội dung đã điền"')
    .replace(new RegExp(`^${TODO_MARK}:.*$`, 'gm'), '2\\. Nội dung đã điền.');
