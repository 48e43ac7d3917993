import { describe, expect, it } from 'vitest';
import { parseMdx, type MdxRoot } from '../../src/lib/mdx/parse.ts';
import {
  numberedSections,
  outlineHeadings,
  outlineOfBody,
  placeholderIds,
  placeholders,
} from '../../src/lib/plan-body.ts';

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

function tree(text: string): MdxRoot {
  const parsed = parseMdx(text);
  if (!('tree' in parsed)) throw new Error(parsed.error.reason);
  return parsed.tree;
}

describe('plan body structure, read from the parsed tree', () => {
  it('lists placeholders in order, with their lines', () => {
    expect(placeholders(tree(body), 'Task')).toEqual([{ id: 'kh/iii-1', line: 8 }]);
    expect(placeholderIds(tree(body), 'Target')).toEqual(['kh/ii-2-1']);
  });

  it('outlines headings without editor notes', () => {
    expect(outlineHeadings(tree(body))).toEqual([
      { number: 'I', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { number: 'III', text: 'III. nhiệm vụ và giải pháp' },
    ]);
  });

  it('lists numbered headings and clauses with their lines', () => {
    expect(numberedSections(tree(body))).toEqual([
      { component: 'Heading', number: 'I', line: 2 },
      { component: 'Heading', number: 'III', line: 6 },
      { component: 'Clause', number: 'III.2', line: 10 },
    ]);
  });

  it('does not mistake tag-like text or a tag in a code span for a placeholder', () => {
    const text = 'Xuống \\<Task id="x" /> và `<Task id="y" />`.\n\n<Task id="z" />\n';
    expect(placeholderIds(tree(text), 'Task')).toEqual(['z']);
  });

  it('outlines nothing from a body the parser cannot read (the checker reports it)', () => {
    expect(outlineOfBody('<Heading number="I">I. A\n\nđoạn <2')).toEqual([]);
    expect(outlineOfBody(body)).toHaveLength(2);
  });
});
