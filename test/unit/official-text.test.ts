import { describe, expect, it } from 'vitest';
import { parseMdx, withFileLines, type MdxRoot } from '../../src/lib/mdx/parse.ts';
import {
  compareWords,
  inSource,
  officialWords,
  quotingNotes,
  sourceBodyWords,
  withoutArtefacts,
  type PlacedWord,
} from '../../src/lib/official-text.ts';

function tree(body: string, bodyLine = 1): MdxRoot {
  const parsed = parseMdx(withFileLines(body, bodyLine));
  if (!('tree' in parsed)) throw new Error(parsed.error.reason);
  return parsed.tree;
}

const words = (placed: readonly PlacedWord[]) => placed.map((w) => w.word);

describe('the original text, as extracted from the signed PDF', () => {
  const extract = [
    'HỘI CỰU CHIẾN BINH',
    'Thực hiện Nghị quyết số 29 - NQ/TU của Ban',
    'Thường vụ; Kết luận 196-',
    'KL/TW.',
    ' 2 ',
    'Tài liệu này thuộc quyền sở hữu của Ủy ban.',
    'Các cấp Hội thực hiện./.',
    'CHỦ TỊCH',
  ].join('\n');
  const span = {
    bodyStart: 'Thực hiện Nghị quyết',
    bodyEnd: 'thực hiện./.',
    ignoreLines: ['Tài liệu này thuộc quyền sở hữu của Ủy ban.'],
  };

  it('leaves out page numbers, the footer lines named, and line breaks inside a hyphenated word', () => {
    expect(withoutArtefacts(extract, span.ignoreLines).split('\n')).toEqual([
      'HỘI CỰU CHIẾN BINH',
      'Thực hiện Nghị quyết số 29 - NQ/TU của Ban',
      'Thường vụ; Kết luận 196-KL/TW.',
      'Các cấp Hội thực hiện./.',
      'CHỦ TỊCH',
    ]);
  });

  it('finds the body from its first to its last words, whatever the line breaks', () => {
    expect(sourceBodyWords(extract, span)).toEqual({
      words:
        'Thực hiện Nghị quyết số 29 - NQ/TU của Ban Thường vụ; Kết luận 196-KL/TW. Các cấp Hội thực hiện./.'.split(
          ' ',
        ),
    });
    expect(sourceBodyWords(extract, { ...span, bodyStart: 'Thực hiệnNghị quyết số' })).toEqual(
      sourceBodyWords(extract, span),
    );
  });

  it('says which end of the body it cannot find', () => {
    expect(sourceBodyWords(extract, { ...span, bodyStart: 'Căn cứ' })).toEqual({
      missing: 'bodyStart',
    });
    expect(sourceBodyWords(extract, { ...span, bodyEnd: 'tổng hợp./.' })).toEqual({
      missing: 'bodyEnd',
    });
  });

  it('finds a header line wherever the PDF broke it', () => {
    expect(inSource(extract, 'Nghị quyết số 29 - NQ/TU của Ban Thường vụ;')).toBe(true);
    expect(inSource(extract, 'HỘI CCB')).toBe(false);
  });
});

describe('the official text as published', () => {
  it('reads the words without editor notes, a word running on across a note', () => {
    const body = 'Lào cai<EditorNote>Nguyên văn “Lào cai”.</EditorNote>, tỉnh\nbiên giới.\n';
    expect(words(officialWords(tree(body), 'a.mdx'))).toEqual([
      'Lào',
      'cai,',
      'tỉnh',
      'biên',
      'giới.',
    ]);
  });

  it('keeps Markdown escapes as the reader sees them, and separates paragraphs and headings', () => {
    const body = '<Heading number="I">I. MỤC TIÊU</Heading>\n\n1\\. Đoạn một.\n\nĐoạn hai.\n';
    expect(words(officialWords(tree(body), 'a.mdx'))).toEqual([
      'I.',
      'MỤC',
      'TIÊU',
      '1.',
      'Đoạn',
      'một.',
      'Đoạn',
      'hai.',
    ]);
  });

  it('puts each item in place of its placeholder, each word with its own file and line', () => {
    const plan = tree('Mở đầu.\n\n<Task id="kh/ii-1" />\n\nKết thúc.\n', 20);
    const task = tree('1\\. Các cấp\nHội.\n', 9);
    const placed = officialWords(plan, 'plan.mdx', (component, id) =>
      component === 'Task' && id === 'kh/ii-1' ? officialWords(task, 'task.mdx') : [],
    );
    expect(placed).toEqual([
      { word: 'Mở', file: 'plan.mdx', line: 20 },
      { word: 'đầu.', file: 'plan.mdx', line: 20 },
      { word: '1.', file: 'task.mdx', line: 9 },
      { word: 'Các', file: 'task.mdx', line: 9 },
      { word: 'cấp', file: 'task.mdx', line: 9 },
      { word: 'Hội.', file: 'task.mdx', line: 10 },
      { word: 'Kết', file: 'plan.mdx', line: 24 },
      { word: 'thúc.', file: 'plan.mdx', line: 24 },
    ]);
  });

  it('knows whether a note quoting the original stands right after the words it quotes', () => {
    const notes = quotingNotes(
      tree(
        'hoàn thành tốt nhiện vụ<EditorNote>Nguyên văn “nhiện vụ”, có lẽ là “nhiệm vụ”.</EditorNote> đạt 98%\n\n' +
          'cơ sở<EditorNote>Nguyên văn “cơ cở”.</EditorNote>; lắng nghe<EditorNote>Có dấu phẩy thừa.</EditorNote>\n',
      ),
    );
    expect(notes).toEqual([
      { quote: 'nhiện vụ', line: 1, follows: true },
      { quote: 'cơ cở', line: 3, follows: false },
    ]);
  });
});

describe('comparing the two, word for word', () => {
  const at = (text: string, line = 1): PlacedWord[] =>
    text.split(' ').map((word) => ({ word, file: 'a.mdx', line }));
  const original = 'hoàn thành tốt nhiện vụ đạt 98% trở lên.'.split(' ');

  it('finds nothing when every word is the same', () => {
    expect(compareWords(original, at(original.join(' ')))).toEqual({ differences: [] });
  });

  it('finds a changed word, with the words before it', () => {
    const written = at('hoàn thành tốt nhiệm vụ đạt 98% trở lên.');
    expect(compareWords(original, written)).toEqual({
      differences: [
        {
          at: 3,
          original: ['nhiện'],
          written: [written[3]],
          previous: written[2],
          next: written[4],
        },
      ],
    });
  });

  it('finds a removed word and an added one', () => {
    const written = at('hoàn thành nhiện vụ đạt 98% trở lên trở lên.');
    const { differences } = compareWords(original, written) as { differences: unknown[] };
    expect(differences).toEqual([
      expect.objectContaining({ at: 2, original: ['tốt'], written: [] }),
      expect.objectContaining({ original: [], written: [written[7], written[8]] }),
    ]);
  });

  it('gives up on texts that are not two versions of one text, saying where they part', () => {
    expect(compareWords(original, at('một văn bản khác hẳn'), 3)).toEqual({
      tooDifferent: true,
      firstAt: 0,
    });
  });
});
