import { describe, expect, it } from 'vitest';
import { attachNotes, numberEditorNotes } from '../../src/lib/editor-notes.ts';

describe('numberEditorNotes', () => {
  it('numbers notes in reading order, across nested texts, and lists them', () => {
    const html =
      '<p>nhiện vụ<editor-note>Có lẽ là “nhiệm vụ”.</editor-note></p><div><p>cơ cở<editor-note> Có lẽ là “cơ sở”. </editor-note></p></div>';
    const { html: out, notes } = numberEditorNotes(html);
    expect(notes).toEqual(['Có lẽ là “nhiệm vụ”.', 'Có lẽ là “cơ sở”.']);
    expect(out).toContain(
      'nhiện vụ<sup class="note-ref" data-editorial><a href="#chu-thich-1" id="tham-chieu-chu-thich-1"',
    );
    expect(out).toContain('href="#chu-thich-2"');
    expect(out).not.toContain('editor-note');
  });
  it('leaves text without notes unchanged', () => {
    expect(numberEditorNotes('<p>Không có chú thích</p>')).toEqual({
      html: '<p>Không có chú thích</p>',
      notes: [],
    });
  });
});

describe('attachNotes', () => {
  it('puts each note right after the words it quotes', () => {
    const segments = attachNotes('HÔI CCB TỈNH LÀO CAI và Hoang Văn Thông', [
      { quote: 'Hoang Văn Thông', note: 'B' },
      { quote: 'HÔI CCB', note: 'A' },
    ]);
    expect(segments).toEqual([
      { text: 'HÔI CCB', note: 'A' },
      { text: ' TỈNH LÀO CAI và Hoang Văn Thông', note: 'B' },
    ]);
  });
  it('returns the text whole when nothing is quoted', () => {
    expect(attachNotes('CHỦ TỊCH', [{ quote: 'X', note: 'n' }])).toEqual([{ text: 'CHỦ TỊCH' }]);
  });
});
