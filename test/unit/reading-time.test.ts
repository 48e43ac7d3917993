import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/stories/reading-time.ts';

describe('reading time of a story', () => {
  it('counts Vietnamese syllables, leaving out markup and lone punctuation', () => {
    expect(
      countWords(
        'Tôi nhớ **buổi sáng** hôm ấy — trời còn tối.\n\n### Phần hai\n\n- Một <b>hai</b>',
      ),
    ).toBe(13);
  });

  it('rounds to whole minutes at 150 a minute, never under one', () => {
    expect(readingMinutes('một hai ba')).toBe(1);
    expect(readingMinutes(Array(750).fill('chữ').join(' '))).toBe(5);
    expect(readingMinutes(Array(820).fill('chữ').join(' '))).toBe(5);
    expect(readingMinutes(Array(900).fill('chữ').join(' '))).toBe(6);
  });
});
