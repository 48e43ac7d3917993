import { COMPONENTS, type ComponentName } from '../content-types.ts';
import { parseMdx, type MdxRoot, type MdxSyntaxError } from '../lib/mdx/parse.ts';
import {
  componentExample,
  expressionWords,
  unknownElementWords,
  type BodyProblem,
} from './body-rules.ts';

/**
 * MDX syntax mistakes, told in Vietnamese with how to write the text instead. The parser the build
 * uses stops at the first mistake; the mistake is reported, the character that caused it is
 * blanked out (same length, so every other line and column stays put), and the text is parsed
 * again, so an editor sees every mistake of a file at once, not one per run.
 */

/** A body read: its tree (with any broken syntax blanked out) and the syntax mistakes found. */
export interface ParsedBody {
  /**
   * The tree; when `problems` is not empty, parsed from the text with the mistakes blanked out
   * (so the body's other rules can still be checked), or undefined when it could not be read.
   */
  tree: MdxRoot | undefined;
  problems: BodyProblem[];
}

/** More mistakes than this in one body and the rest are left for the next run. */
const MAX_SYNTAX_PROBLEMS = 50;

const LESS_THAN_IN_TEXT = 'Nếu đây là dấu "nhỏ hơn" trong chữ, viết \\< hoặc &lt;.';

const LESS_THAN_FIX =
  'nếu là dấu "nhỏ hơn" trong chữ, viết \\< hoặc &lt; (ví dụ: xuống \\<2 vụ mỗi năm, \\<50%, a\\<b); nếu là thẻ, viết đúng dạng <Tên thuộc_tính="giá trị" />.';

/**
 * Parses an MDX text (see withFileLines), reporting every syntax mistake. `components` are the
 * ones the content type allows: a broken tag of another name is reported as a tag that cannot be
 * used (which it is), once, rather than as a tag left open.
 */
export function parseBody(source: string, components: readonly ComponentName[]): ParsedBody {
  const problems: BodyProblem[] = [];
  const seen = new Set<string>();
  let text = source;
  for (;;) {
    const parsed = parseMdx(text);
    if ('tree' in parsed) return { tree: parsed.tree, problems };
    const explained = explain(text, parsed.error, components);
    const where = `${explained.problem.line}:${explained.problem.column}`;
    // Blanking out did not get past this mistake: what follows cannot be read reliably.
    if (seen.has(where)) return { tree: undefined, problems };
    seen.add(where);
    problems.push(explained.problem);
    if (!explained.blank.length || problems.length >= MAX_SYNTAX_PROBLEMS)
      return { tree: undefined, problems };
    text = blankOut(text, explained.blank);
  }
}

/** A mistake in words, and the offsets of the characters to blank out to read past it. */
interface Explained {
  problem: BodyProblem;
  blank: number[];
}

function explain(
  text: string,
  error: MdxSyntaxError,
  components: readonly ComponentName[],
): Explained {
  const lines = text.split('\n');
  const offsetOf = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  const positionOf = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  };
  const at = (offset: number, message: string, fix: string): BodyProblem => ({
    ...positionOf(offset),
    message,
    fix,
  });
  const errorOffset = offsetOf(error.line, error.column);
  const reason = error.reason;
  const allowedList = components.length
    ? `chỉ dùng các thẻ: ${components.map((name) => `<${name}>`).join(', ')}.`
    : 'loại nội dung này không dùng thẻ nào: chỉ viết chữ và Markdown (xem HUONG-DAN-BIEN-TAP.md).';
  const notAllowed = (name: string) => !components.some((component) => component === name);
  /** A broken tag whose name is not allowed here: that is the mistake to tell. */
  const unknownTag = (offset: number, name: string, blank: number[]): Explained => {
    const [message, fix] = unknownElementWords(name, components, allowedList);
    return { problem: at(offset, message, fix), blank };
  };

  const mismatched =
    /^Unexpected closing tag `<\/([^`]*)>`, expected corresponding closing tag for `<([^`]*)>` \((\d+):(\d+)\)/.exec(
      reason,
    );
  if (mismatched) {
    const [, closing = '', opening = '', line, column] = mismatched;
    const openOffset = offsetOf(Number(line), Number(column));
    const closeOffset = text.lastIndexOf('<', errorOffset);
    if (notAllowed(opening)) return unknownTag(openOffset, opening, [openOffset, closeOffset]);
    return {
      problem: at(
        closeOffset,
        `thẻ đóng </${closing}> không khớp với thẻ đang mở <${opening}> (dòng ${positionOf(openOffset).line})`,
        `viết đúng </${opening}> (phân biệt chữ hoa, chữ thường); mỗi thẻ mở phải có thẻ đóng cùng tên.`,
      ),
      blank: [openOffset, closeOffset],
    };
  }
  const stray = /^Unexpected closing tag `<\/([^`]*)>`, expected an open tag first/.exec(reason);
  if (stray) {
    const closeOffset = text.lastIndexOf('<', errorOffset);
    if (notAllowed(stray[1] ?? '')) return unknownTag(closeOffset, stray[1] ?? '', [closeOffset]);
    return {
      problem: at(
        closeOffset,
        `thẻ đóng </${stray[1]}> không có thẻ mở nào đi trước`,
        `xóa </${stray[1]}>, hoặc thêm <${stray[1]}> ở đầu đoạn chữ cần bọc.`,
      ),
      blank: [closeOffset],
    };
  }
  const unclosed = /^Expected a closing tag for `<([^`]*)>` \((\d+):(\d+)\)/.exec(reason);
  if (unclosed) {
    const [, name = '', line, column] = unclosed;
    const openOffset = offsetOf(Number(line), Number(column));
    if (notAllowed(name)) return unknownTag(openOffset, name, [openOffset]);
    const standsAlone =
      name in COMPONENTS && !COMPONENTS[name as keyof typeof COMPONENTS].wrapsText;
    return {
      problem: at(
        openOffset,
        `thẻ <${name}> được mở nhưng không đóng${/before the end of/.test(reason) ? ' trong cùng đoạn văn' : ''}`,
        standsAlone
          ? `thẻ <${name}> tự đóng: viết ${componentExample(name)} (có "/" trước ">").`
          : `thêm </${name}> ngay sau chữ cần bọc, trong cùng đoạn văn (không để dòng trống ở giữa).`,
      ),
      blank: [openOffset],
    };
  }
  if (/expression/i.test(reason)) {
    const open = openingBrace(text, errorOffset);
    // What the editor wrote in braces: up to the closing brace, on the same line.
    const written = /^\{([^}\n]*)\}?/.exec(text.slice(open))?.[1] ?? '';
    return {
      problem: at(open, ...expressionWords(written, components)),
      blank: [open],
    };
  }
  const lessThan = text.lastIndexOf('<', errorOffset);
  if (/after `<`|before name/.test(reason) && lessThan >= 0) {
    const after = text.slice(lessThan + 1, lessThan + 40);
    const blank = [lessThan];
    if (after.startsWith('!'))
      return {
        problem: at(
          lessThan,
          'chú thích HTML <!-- … --> không dùng được trong MDX',
          'xóa cả đoạn <!-- … -->; ghi chú cho người biên tập khác để trong lời nhắn commit.',
        ),
        blank,
      };
    if (/^(?:https?|mailto|tel):/i.test(after))
      return {
        problem: at(
          lessThan,
          'địa chỉ đặt trong ngoặc nhọn <…> không dùng được trong MDX',
          'bỏ hai dấu < >: viết thẳng địa chỉ (https://…), hoặc viết [chữ hiện ra](https://…).',
        ),
        blank,
      };
    // "<img src=x …>" at the start of a word is a tag written wrong; "a<b", "<2" are text.
    const name = /^[A-Za-z][\w.:-]*/.exec(after)?.[0];
    const startsWord = lessThan === 0 || !/[\p{L}\p{N}]/u.test(text[lessThan - 1] ?? '');
    if (name && startsWord) {
      if (notAllowed(name)) {
        const [message, fix] = unknownElementWords(name, components, allowedList);
        return {
          problem: at(lessThan, message, `${fix} ${LESS_THAN_IN_TEXT}`),
          blank,
        };
      }
      return {
        problem: at(
          lessThan,
          `thẻ <${name}> viết sai: giá trị thuộc tính phải đặt trong ngoặc kép thẳng "…", và thẻ đóng bằng ">" hoặc "/>"`,
          `viết ${componentExample(name)}.`,
        ),
        blank,
      };
    }
    return {
      problem: at(
        lessThan,
        `dấu "<" ở đây bị MDX hiểu là mở một thẻ ("${text.slice(lessThan, lessThan + 12).split('\n')[0]}…")`,
        LESS_THAN_FIX,
      ),
      blank,
    };
  }
  return {
    problem: at(
      errorOffset,
      'phần nội dung viết sai cú pháp MDX ở đây',
      'các ký tự < { } có nghĩa riêng trong MDX: nếu là chữ, viết \\<, \\{, \\}; nếu là thẻ, kiểm tra thẻ mở, thẻ đóng và ngoặc kép quanh giá trị.',
    ),
    blank: [],
  };
}

/** The "{" that opened the expression the parser choked on: the last unescaped one up to `offset`. */
function openingBrace(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length - 1); i >= 0; i--) {
    if (text[i] === '{' && text[i - 1] !== '\\') return i;
  }
  return offset;
}

/** The text with the characters at `offsets` replaced by spaces (lines and columns unchanged). */
function blankOut(text: string, offsets: readonly number[]): string {
  const chars = text.split('');
  for (const offset of offsets) if (offset >= 0 && offset < chars.length) chars[offset] = ' ';
  return chars.join('');
}
