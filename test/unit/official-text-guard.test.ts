import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/content-check/index.ts';
import { copyOfContent, temporaryFolder } from '../support/temporary-folder.ts';

/**
 * The official texts of the site, guarded by `npm run check`: a copy of the real content with one
 * edit, as an editor might "fix" the signed text, must be refused with the file, the line, the
 * original words and how to record an editor's note instead.
 */

const TARGET_2_5 = 'content/chi-tieu/lao-cai-03-kh-ccb/ii-2-5.mdx';
const NOTE =
  '<EditorNote>Nguyên văn “nhiện vụ”, có lẽ là “nhiệm vụ”. Giữ nguyên theo văn bản gốc.</EditorNote>';

/** The line of the real content file on which `words` are written (1-based). */
function lineOf(file: string, words: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(words));
  expect(index, `${file} must hold "${words}"`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** The checker's problems for the real content with one file edited. */
function problemsAfterEditing(file: string, edit: (text: string) => string) {
  const { root } = copyOfContent(temporaryFolder('ccb-official-'));
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const edited = edit(text);
  expect(edited, 'the edit must change the file').not.toBe(text);
  writeFileSync(path, edited);
  return checkContent(root);
}

describe('official texts are guarded word for word against their original', () => {
  it('accepts the real content as it is', () => {
    expect(checkContent(copyOfContent(temporaryFolder('ccb-official-')).root)).toEqual([]);
  });

  it('refuses a word "fixed" silently (target 2.5: "nhiện vụ" made "nhiệm vụ", its note removed)', () => {
    const problems = problemsAfterEditing(TARGET_2_5, (text) =>
      text.replace(`nhiện vụ${NOTE}`, 'nhiệm vụ'),
    );
    expect(problems).toEqual([
      {
        file: TARGET_2_5,
        line: lineOf(TARGET_2_5, 'nhiện vụ'),
        message:
          'chữ khác văn bản gốc: sau “cấp hoàn thành tốt”, văn bản gốc viết “nhiện”, ở đây viết “nhiệm”',
        fix: 'giữ đúng từng chữ của văn bản gốc (content/ke-hoach/nguon/lao-cai-03-kh-ccb.txt), kể cả chỗ in sai. Muốn ghi chỗ sai thì viết ngay sau chữ gốc một chú thích: nhiện<EditorNote>Nguyên văn “nhiện”, có lẽ là “nhiệm”. Giữ nguyên theo văn bản gốc.</EditorNote>',
      },
    ]);
    expect(formatReport(problems)).toContain(
      `${TARGET_2_5}, dòng ${lineOf(TARGET_2_5, 'nhiện vụ')}: chữ khác văn bản gốc`,
    );
  });

  it('refuses a word left out', () => {
    const problems = problemsAfterEditing(TARGET_2_5, (text) =>
      text.replace('hoàn thành tốt nhiện', 'hoàn thành nhiện'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: TARGET_2_5,
        line: lineOf(TARGET_2_5, 'nhiện vụ'),
        message:
          'thiếu chữ của văn bản gốc: sau “các cấp hoàn thành”, văn bản gốc có “tốt” mà ở đây không có',
      }),
    ]);
    expect(problems[0]!.fix).toMatch(
      /^chép lại “tốt” vào đúng chỗ;.*<EditorNote>…<\/EditorNote>, không xóa chữ\.$/,
    );
  });

  it('refuses a note moved away from the words it explains, though no word changed', () => {
    const problems = problemsAfterEditing(TARGET_2_5, (text) =>
      text.replace(`nhiện vụ${NOTE} đạt 98%`, `nhiện vụ đạt 98%${NOTE}`),
    );
    expect(problems).toEqual([
      {
        file: TARGET_2_5,
        line: lineOf(TARGET_2_5, 'nhiện vụ'),
        message: 'chú thích biên tập nói về “nhiện vụ” nhưng không đứng ngay sau những chữ đó',
        fix: 'đặt <EditorNote>…</EditorNote> liền sau “nhiện vụ” (không có dấu cách ở giữa), đúng chỗ văn bản gốc in những chữ đó.',
      },
    ]);
  });

  it('places a difference in the file where it was written: a task placed in a plan', () => {
    const task = 'content/nhiem-vu/lai-chau-16-kh-tu/iii-2.mdx';
    const problems = problemsAfterEditing(task, (text) =>
      text.replace('Kết luận 196-KL/TW', 'Kết luận số 196-KL/TW'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: task,
        line: lineOf(task, 'Kết luận 196-KL/TW'),
        message: 'có chữ không có trong văn bản gốc: sau “thực hiện Kết luận”, ở đây thêm “số”',
      }),
    ]);
  });

  it("refuses a header line that is not the original's", () => {
    const plan = 'content/ke-hoach/lao-cai-03-kh-ccb.mdx';
    const problems = problemsAfterEditing(plan, (text) =>
      text
        .replace('"HÔI CCB TỈNH LÀO CAI"]', '"HỘI CCB TỈNH LÀO CAI"]')
        .replace('  - quote: "HÔI CCB TỈNH LÀO CAI"', '  - quote: "HỘI CCB TỈNH LÀO CAI"'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: plan,
        line: lineOf(plan, '"HÔI CCB TỈNH LÀO CAI"]'),
        field: 'header.issuerLines[1]',
        place: 'nhóm header, dòng tên cơ quan thứ 2',
        message:
          '“HỘI CCB TỈNH LÀO CAI” không có trong văn bản gốc (content/ke-hoach/nguon/lao-cai-03-kh-ccb.txt)',
      }),
    ]);
  });
});

describe('what Markdown would change in an official text', () => {
  const TASK = 'content/nhiem-vu/lao-cai-03-kh-ccb/iii-1.mdx';
  it('leaves an address printed in the text alone: it keeps its words', () => {
    // The source has no such address: only the word comparison may speak, and it does, once.
    const problems = problemsAfterEditing(TASK, (text) =>
      text.replace(/\n$/, ' Xem www.laocai.gov.vn.\n'),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'có chữ không có trong văn bản gốc: sau “tham mưu nòng cốt.”, ở đây thêm “Xem www.laocai.gov.vn.”',
    ]);
  });

  it('refuses a link written in Markdown, which hides its brackets and address', () => {
    const problems = problemsAfterEditing(TASK, (text) =>
      text.replace('Mặt trận Tổ quốc', '[Mặt trận Tổ quốc](https://example.com/)'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: TASK,
        message: 'văn bản chính thức có liên kết Markdown [ … ]( … ), làm sai nguyên văn',
      }),
    ]);
  });
});
