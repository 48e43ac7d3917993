import { describe, expect, it } from 'vitest';
import { outlineHeadings, placeholderIds, scanTags } from '../../src/lib/plan-body.ts';

const body = `
<Heading number="I">I. MỤC ĐÍCH, YÊU CẦU</Heading>

Đoạn mở đầu.

<Heading number="III">III. nhiệm vụ và giải pháp<EditorNote>Viết thường.</EditorNote></Heading>

<Task id="kh/iii-1" />

<Clause number="III.2">

2\\. Đoạn có số.

</Clause>

<Target id='kh/ii-2-1'/>
`;

describe('plan body structure', () => {
  it('finds tags with their attributes, kind and line', () => {
    const tags = scanTags(body);
    expect(tags.map((t) => `${t.kind}:${t.name}`)).toEqual([
      'open:Heading',
      'close:Heading',
      'open:Heading',
      'open:EditorNote',
      'close:EditorNote',
      'close:Heading',
      'self-closing:Task',
      'open:Clause',
      'close:Clause',
      'self-closing:Target',
    ]);
    expect(tags.find((t) => t.name === 'Task')).toMatchObject({
      attributes: { id: 'kh/iii-1' },
      line: 8,
    });
  });
  it('outlines headings without editor notes', () => {
    expect(outlineHeadings(body)).toEqual([
      { number: 'I', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { number: 'III', text: 'III. nhiệm vụ và giải pháp' },
    ]);
  });
  it('lists placeholders in order', () => {
    expect(placeholderIds(body, 'Task')).toEqual(['kh/iii-1']);
    expect(placeholderIds(body, 'Target')).toEqual(['kh/ii-2-1']);
  });
});
