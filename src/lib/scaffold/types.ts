/** What a template for `npm run new` is made of. */

export interface Question {
  /** Argument name: `--plan lao-cai-03-kh-ccb`. */
  key: string;
  /** What the editor is asked, in Vietnamese. */
  ask: string;
  /** Example answer, shown in the question. */
  example?: string;
  /** Used when the editor gives no answer; without it the answer is required. */
  fallback?: (answers: Answers) => string;
  /** Vietnamese reason an answer is not usable, or undefined when it is. */
  validate?: (value: string) => string | undefined;
}

export type Answers = Record<string, string>;

/** What to write: a new file, or an item appended to a list file. */
export interface Output {
  /** Path under content/. */
  path: string;
  text: string;
  mode: 'create' | 'append';
  /** Where, under content/, the original text given with `--source <file>` is copied (plans). */
  copySourceTo?: string;
  /** What the editor does next, in Vietnamese, one step per line. */
  next: string[];
}

export interface Scaffold {
  /** Name on the command line (also accepted: the type's folder name, e.g. "nhiem-vu"). */
  command: string;
  questions: Question[];
  build(answers: Answers): Output;
}
