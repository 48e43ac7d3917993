/** What a template for `npm run new` is made of. */

export interface Question {
  /** Argument name: `--plan lao-cai-03-kh-ccb`. */
  key: string;
  /** What the editor is asked, in Vietnamese. */
  ask: string;
  /** Example answer, shown in the question. */
  example?: string;
  /** The answers to choose from, when the content lists them (shown in the question). */
  choices?: (answers: Answers, content: ContentReader) => string[];
  /** Used when the editor gives no answer; without it the answer is required. */
  fallback?: (answers: Answers, content: ContentReader) => string;
  /** Vietnamese reason an answer is not usable, or undefined when it is. */
  validate?: (value: string, answers: Answers, content: ContentReader) => string | undefined;
}

/** The existing content, for templates that add to it (progress points): paths under content/. */
export interface ContentReader {
  /** A file's text, or undefined when there is no such file. */
  read(path: string): string | undefined;
  /** Names of the files and folders directly in a folder (empty when there is none). */
  list(dir: string): string[];
}

export type Answers = Record<string, string>;

/** What to write: a new file, an item appended to a list file, or a whole file rewritten with an addition. */
export interface Output {
  /** Path under content/. */
  path: string;
  text: string;
  mode: 'create' | 'append' | 'update';
  /** Where, under content/, the original text given with `--source <file>` is copied (plans). */
  copySourceTo?: string;
  /** What the editor does next, in Vietnamese, one step per line. */
  next: string[];
  /** What each field to fill in means, printed when the file itself cannot say it (JSON). */
  explain?: string[];
}

export interface Scaffold {
  /** Name on the command line (also accepted: the type's folder name, e.g. "nhiem-vu"). */
  command: string;
  questions: Question[];
  build(answers: Answers, content: ContentReader): Output;
}
