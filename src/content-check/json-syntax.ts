/**
 * Where a JSON text breaks the rules of JSON, and what the mistake most likely is, for a text
 * that JSON.parse refused (its own messages are English, and name no line for some mistakes).
 * JSON is stricter than what people write by hand: no comments, no comma after the last item,
 * double quotes around every name and text, a dot in decimal numbers.
 */

export interface JsonMistake {
  /** 1-based line and column where the mistake is. */
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** Said after every JSON mistake: the two rules of JSON people most often do not expect. */
export const JSON_RULES =
  'JSON không cho phép chú thích (// … hay /* … */) và không có dấu phẩy sau mục cuối cùng của { } hay [ ].';

class Mistake extends Error {
  readonly offset: number;
  readonly what: string;
  readonly fix: string;
  constructor(offset: number, what: string, fix: string) {
    super(what);
    this.offset = offset;
    this.what = what;
    this.fix = fix;
  }
}

/** The first mistake of a JSON text, or undefined when it has none. */
export function jsonMistake(text: string): JsonMistake | undefined {
  // A byte-order mark is reported on its own by the text checks.
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    const scanner = new Scanner(text, start);
    scanner.value();
    scanner.space();
    if (!scanner.atEnd())
      throw new Mistake(
        scanner.offset,
        'còn chữ sau dấu đóng cuối cùng của tệp',
        'tệp JSON chỉ gồm một nhóm { … }: xóa phần thừa, hoặc kiểm tra các dấu { } [ ] có đóng đúng chỗ không.',
      );
    return undefined;
  } catch (error) {
    if (!(error instanceof Mistake)) throw error;
    const before = text.slice(0, error.offset).split('\n');
    return {
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
      message: `tệp JSON viết sai cú pháp: ${error.what}`,
      fix: `${error.fix} ${JSON_RULES}`,
    };
  }
}

class Scanner {
  private readonly text: string;
  offset: number;
  constructor(text: string, offset: number) {
    this.text = text;
    this.offset = offset;
  }

  atEnd(): boolean {
    return this.offset >= this.text.length;
  }

  private peek(): string {
    return this.text[this.offset] ?? '';
  }

  /** Skips whitespace; a comment is a mistake of its own. */
  space(): void {
    for (;;) {
      const character = this.peek();
      if (character === ' ' || character === '\t' || character === '\n' || character === '\r') {
        this.offset++;
        continue;
      }
      if (character === '/' && ['/', '*'].includes(this.text[this.offset + 1] ?? ''))
        throw new Mistake(
          this.offset,
          'có chú thích (// hoặc /* */), JSON không cho phép',
          'xóa chú thích; muốn ghi chú thì ghi trong lời nhắn commit.',
        );
      return;
    }
  }

  value(): void {
    this.space();
    const character = this.peek();
    if (character === '{') return this.object();
    if (character === '[') return this.array();
    if (character === '"') return this.string();
    if (/[-0-9]/.test(character)) return this.number();
    if (/[a-z]/i.test(character)) return this.word();
    if (character === "'")
      throw new Mistake(
        this.offset,
        "chữ đặt trong ngoặc đơn '…'",
        'JSON chỉ nhận ngoặc kép thẳng: viết "…".',
      );
    if (character === '“' || character === '”')
      throw new Mistake(
        this.offset,
        'chữ đặt trong ngoặc kép cong “…”',
        'JSON chỉ nhận ngoặc kép thẳng: viết "…" (tắt chế độ tự đổi dấu ngoặc của trình soạn thảo).',
      );
    if (this.atEnd())
      throw new Mistake(
        this.offset,
        'tệp kết thúc khi còn thiếu một giá trị',
        'kiểm tra tệp có bị cắt cụt không; các dấu { [ mở ra đều phải có } ] đóng lại.',
      );
    throw new Mistake(
      this.offset,
      `có ký tự "${character}" ở chỗ phải là một giá trị`,
      'một giá trị là chữ trong ngoặc kép "…", số (dấu chấm thập phân), true, false, null, nhóm { } hoặc danh sách [ ].',
    );
  }

  private object(): void {
    this.offset++;
    this.space();
    if (this.peek() === '}') {
      this.offset++;
      return;
    }
    for (;;) {
      this.space();
      this.key();
      this.space();
      if (this.peek() !== ':')
        throw new Mistake(
          this.offset,
          'thiếu dấu hai chấm ":" sau tên trường',
          'viết dạng "tên_trường": giá trị.',
        );
      this.offset++;
      this.value();
      const end = this.offset;
      this.space();
      const next = this.peek();
      if (next === '}') {
        this.offset++;
        return;
      }
      if (next === ',') {
        const comma = this.offset;
        this.offset++;
        this.space();
        if (this.peek() === '}')
          throw new Mistake(
            comma,
            'có dấu phẩy sau mục cuối cùng của nhóm { }',
            'xóa dấu phẩy này.',
          );
        if (/[0-9]/.test(this.peek()))
          throw new Mistake(
            comma,
            'dấu phẩy nằm giữa một con số',
            'số thập phân trong tệp dùng dấu chấm: viết 96.4, không viết 96,4.',
          );
        continue;
      }
      if (this.atEnd())
        throw new Mistake(this.offset, 'thiếu dấu "}" đóng nhóm', 'thêm } ở cuối nhóm.');
      throw new Mistake(
        end,
        'thiếu dấu phẩy giữa hai mục (hoặc thiếu dấu "}" đóng nhóm)',
        'thêm dấu phẩy "," ngay sau giá trị này, trước mục tiếp theo.',
      );
    }
  }

  private key(): void {
    const character = this.peek();
    if (character === '"') return this.string();
    if (character === "'")
      throw new Mistake(
        this.offset,
        "tên trường đặt trong ngoặc đơn '…'",
        'JSON chỉ nhận ngoặc kép thẳng: viết "tên_trường".',
      );
    if (/[\p{L}_$]/u.test(character))
      throw new Mistake(
        this.offset,
        'tên trường không đặt trong ngoặc kép',
        'đặt tên trường trong ngoặc kép thẳng, ví dụ "period": "2024".',
      );
    throw new Mistake(
      this.offset,
      'chỗ này phải là tên trường trong ngoặc kép',
      'viết dạng "tên_trường": giá trị; kiểm tra dấu phẩy và ngoặc ở dòng trước.',
    );
  }

  private array(): void {
    this.offset++;
    this.space();
    if (this.peek() === ']') {
      this.offset++;
      return;
    }
    for (;;) {
      this.value();
      const end = this.offset;
      this.space();
      const next = this.peek();
      if (next === ']') {
        this.offset++;
        return;
      }
      if (next === ',') {
        const comma = this.offset;
        this.offset++;
        this.space();
        if (this.peek() === ']')
          throw new Mistake(
            comma,
            'có dấu phẩy sau mục cuối cùng của danh sách [ ]',
            'xóa dấu phẩy này.',
          );
        continue;
      }
      if (this.atEnd())
        throw new Mistake(this.offset, 'thiếu dấu "]" đóng danh sách', 'thêm ] ở cuối danh sách.');
      throw new Mistake(
        end,
        'thiếu dấu phẩy giữa hai mục của danh sách (hoặc thiếu dấu "]")',
        'thêm dấu phẩy "," ngay sau mục này, trước mục tiếp theo.',
      );
    }
  }

  private string(): void {
    const open = this.offset;
    this.offset++;
    for (;;) {
      const character = this.peek();
      if (this.atEnd() || character === '\n')
        throw new Mistake(
          open,
          'chữ mở ngoặc kép mà không đóng trên cùng dòng',
          'thêm dấu " ở cuối chữ; chữ có dấu " bên trong thì viết \\".',
        );
      if (character === '\\') {
        const escaped = this.text[this.offset + 1] ?? '';
        if (!/["\\/bfnrtu]/.test(escaped))
          throw new Mistake(
            this.offset,
            `dấu \\ trước "${escaped}" không hợp lệ`,
            'muốn viết dấu \\ thì viết hai lần: \\\\.',
          );
        this.offset += 2;
        continue;
      }
      if (character === '\t')
        throw new Mistake(this.offset, 'có ký tự Tab trong chữ', 'thay Tab bằng dấu cách.');
      this.offset++;
      if (character === '"') return;
    }
  }

  private number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.offset));
    if (!match)
      throw new Mistake(
        this.offset,
        'số viết sai dạng',
        'viết số bằng chữ số, dấu chấm thập phân, không có số 0 ở đầu: 96.4, 2024.',
      );
    this.offset += match[0].length;
    if (/[0-9]/.test(this.peek()))
      throw new Mistake(
        this.offset - match[0].length,
        'số có số 0 ở đầu',
        'bỏ số 0 ở đầu (viết 7, không viết 07); kỳ báo cáo thì viết trong ngoặc kép: "2024".',
      );
  }

  private word(): void {
    const word = /^[\p{L}\w]+/u.exec(this.text.slice(this.offset))?.[0] ?? '';
    if (word === 'true' || word === 'false' || word === 'null') {
      this.offset += word.length;
      return;
    }
    throw new Mistake(
      this.offset,
      `chữ ${word} không đặt trong ngoặc kép`,
      `đặt chữ trong ngoặc kép thẳng: "${word}"; chỉ true, false, null viết không có ngoặc kép.`,
    );
  }
}
