import { describe, expect, it } from 'vitest';
import { attachNotes, noteId, noteRefId, numberEditorNotes } from '../../src/lib/editor-notes.ts';

describe('numberEditorNotes', () => {
  it('numbers notes in reading order, across nested texts, and lists them', () => {
    const html =
      '<p>nhiện vụ<editor-note>Có lẽ là “nhiệm vụ”.</editor-note></p><div><p>cơ cở<editor-note> Có lẽ là “cơ sở”. </editor-note></p></div>';
    const { parts, notes } = numberEditorNotes(html);
    expect(notes).toEqual(['Có lẽ là “nhiệm vụ”.', 'Có lẽ là “cơ sở”.']);
    // Each marker's place comes right after the words it explains, with nothing in between.
    expect(parts).toEqual([
      { html: '<p>nhiện vụ' },
      { noteNumber: 1 },
      { html: '</p><div><p>cơ cở' },
      { noteNumber: 2 },
      { html: '</p></div>' },
    ]);
  });
  it('leaves text without notes unchanged', () => {
    expect(numberEditorNotes('<p>Không có chú thích</p>')).toEqual({
      parts: [{ html: '<p>Không có chú thích</p>' }],
      notes: [],
    });
  });
  it('gives each note and its reference their own anchors', () => {
    expect(noteId(2)).toBe('chu-thich-2');
    expect(noteRefId(2)).toBe('tham-chieu-chu-thich-2');
    expect(noteId(2)).not.toBe(noteRefId(2));
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
