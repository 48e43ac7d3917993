/**
 * The npm commands a document shows: in inline code (`npm run check`) and in fenced blocks (one
 * command per line, `\` continuing a line), split at `&&`, with leading `NAME=value` settings
 * dropped (`SITE_URL=… npm run build`). Each as written, and as the words a shell passes on.
 */
export interface DocCommand {
  /** The command exactly as the document writes it. */
  text: string;
  /** The words after `npm`, quotes removed as a shell does. */
  args: string[];
}

/** Splits a command line into words the way a POSIX shell does for plain and quoted words. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === '"' || char === "'") {
      const end = line.indexOf(char, i + 1);
      if (end < 0) throw new Error(`unclosed quote in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Every npm command in a Markdown text, in order of appearance. */
export function npmCommands(markdown: string): DocCommand[] {
  const lines: string[] = [];
  const fences = markdown.split(/^```[^\n]*\n/m);
  fences.forEach((part, i) => {
    if (i % 2 === 1) {
      // A fenced block: its lines, with backslash continuations joined.
      lines.push(...part.replace(/\\\n\s*/g, '').split('\n'));
    } else {
      lines.push(...[...part.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!));
    }
  });
  return lines
    .flatMap((line) => line.split('&&'))
    .map((part) => part.trim().replace(/^(?:[A-Z_]+=\S+\s+)+/, ''))
    .filter((part) => /^npm\s/.test(part))
    .map((text) => ({ text, args: shellWords(text).slice(1) }));
}

/** npm's own commands the documents may show (they need no script in package.json). */
const NPM_BUILTINS = new Set(['ci', 'install', 'i']);
/** npm commands that run the script of the same name. */
const SCRIPT_SHORTHANDS = new Set(['start', 'test', 'stop', 'restart']);

/** The package.json script a command runs, or undefined for npm's own commands. */
export function scriptOf({ args }: DocCommand): string | undefined {
  const [command, script] = args;
  if (command === 'run' || command === 'run-script') return script ?? '';
  if (command && SCRIPT_SHORTHANDS.has(command)) return command;
  if (command && NPM_BUILTINS.has(command)) return undefined;
  return `(npm ${command ?? ''}: not an npm command)`;
}

/** A command that shows a shape rather than one exact command: "…" or <placeholders> stand for values. */
export function isTemplate({ args }: DocCommand): boolean {
  return args.some((arg) => arg === '…' || /<[^>]+>/.test(arg) || /^-\S*…$/.test(arg));
}
