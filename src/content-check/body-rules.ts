import { COMPONENTS, type ComponentName, type ComponentSpec } from '../content-types.ts';
import { closest } from './suggest.ts';
import type { MdxNode, MdxRoot } from '../lib/mdx/parse.ts';
import {
  childrenOf,
  findAll,
  columnOf,
  isJsxElement,
  lineOf,
  textOf,
  type JsxElement,
} from '../lib/mdx/tree.ts';
import { imageAddressProblem, linkAddressProblem, shortAddress } from '../lib/mdx/urls.ts';

/**
 * What an MDX body may hold: Markdown, and the components its content type lists (src/content-types.ts)
 * with their declared attributes written as plain text. Nothing that is code: no import/export, no
 * {…} expression, no other element, no event handler, no address that runs or embeds something, no
 * picture without a description. The content checker reports every breach; the build's MDX guard
 * (src/integrations/mdx-guard.ts) refuses to compile a body with any, so nothing an editor writes
 * can run, even in a file the checker never saw.
 */

/** One breach, where it starts in the file and how to put it right, in Vietnamese. */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

export interface BodyRules {
  /** Components this content type allows. */
  components: readonly ComponentName[];
  /**
   * Whether a picture's relative path names a usable image file, and if not why (the checker
   * looks on disk; the build leaves it to Astro). Undefined when it is fine.
   */
  imageFileProblem?: (path: string) => string | undefined;
}

/** Plain HTML elements editors reach for, and the Markdown that does the same. */
const MARKDOWN_FOR_HTML: Record<string, string> = {
  b: 'viết chữ đậm bằng hai dấu sao: **chữ đậm**',
  strong: 'viết chữ đậm bằng hai dấu sao: **chữ đậm**',
  i: 'viết chữ nghiêng bằng một dấu sao: *chữ nghiêng*',
  em: 'viết chữ nghiêng bằng một dấu sao: *chữ nghiêng*',
  u: 'bỏ gạch chân; muốn nhấn mạnh thì viết **chữ đậm**',
  br: 'xuống dòng bằng một dòng trống giữa hai đoạn',
  p: 'bỏ thẻ; các đoạn văn cách nhau bằng một dòng trống',
  div: 'bỏ thẻ; các đoạn văn cách nhau bằng một dòng trống',
  span: 'bỏ thẻ, giữ lại chữ bên trong',
  a: 'viết liên kết dạng [chữ hiện ra](https://địa-chỉ)',
  img: 'chèn ảnh dạng ![lời mô tả ảnh](./anh/ten-anh.jpg)',
  h1: 'viết đề mục bằng dấu # ở đầu dòng, ví dụ "### Cách làm"',
  h2: 'viết đề mục bằng dấu # ở đầu dòng, ví dụ "### Cách làm"',
  h3: 'viết đề mục bằng dấu # ở đầu dòng, ví dụ "### Cách làm"',
  h4: 'viết đề mục bằng dấu # ở đầu dòng, ví dụ "#### Kết quả"',
  ul: 'viết danh sách, mỗi mục một dòng bắt đầu bằng "- "',
  ol: 'viết danh sách đánh số, mỗi mục một dòng bắt đầu bằng "1. ", "2. "…',
  li: 'viết mỗi mục danh sách trên một dòng bắt đầu bằng "- "',
  blockquote: 'viết trích dẫn bằng dấu > ở đầu dòng',
  table: 'viết bảng bằng dấu | (xem HUONG-DAN-BIEN-TAP.md)',
  sup: 'bỏ thẻ; chú thích cho người đọc viết bằng <EditorNote>…</EditorNote> nếu loại nội dung này cho phép',
};

/** Elements that run code, load another page or change where the page goes: never content. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'meta',
  'link',
  'style',
  'base',
  'form',
  'input',
  'button',
  'svg',
  'math',
  'template',
  'video',
  'audio',
  'source',
  'canvas',
]);

const tagList = (names: readonly string[]) => names.map((name) => `<${name}>`).join(', ');
const quote = (text: string, length = 40) =>
  text.length > length ? `${text.slice(0, length)}…` : text;

/** Every breach of the body rules in a parsed MDX body, in document order. */
export function bodyRuleProblems(tree: MdxRoot, rules: BodyRules): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (
    node: { position?: MdxNode['position'] },
    message: string,
    fix: string,
  ): BodyProblem => ({ line: lineOf(node), column: columnOf(node), message, fix });
  // Addresses named once and used by name ([text][name], ![alt][name]).
  const definitions = new Map(
    findAll(tree, (node) => node.type === 'definition').map(
      (node) => [node.identifier.toLowerCase(), node.url] as const,
    ),
  );
  const visit = (node: MdxNode): void => {
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(
          at(
            node,
            `dòng "${quote(node.value.split('\n')[0] ?? '')}" là mã lệnh JavaScript (import/export); nội dung không được chứa mã lệnh`,
            'xóa dòng này. Nếu đó là chữ của văn bản mà đầu dòng là "import" hay "export", viết "\\import", "\\export".',
          ),
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push(at(node, ...expressionWords(node.value, rules.components)));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const elementProblems = jsxProblems(node, rules.components, at);
        problems.push(...elementProblems);
        // A refused element is one mistake: what it holds is not judged on top of it.
        if (elementProblems.some((p) => p.line === lineOf(node) && p.column === columnOf(node)))
          return;
        break;
      }
      case 'link':
      case 'definition': {
        const problem = linkAddressProblem(node.url);
        if (problem) problems.push(at(node, problem.message, problem.fix));
        break;
      }
      case 'image':
        problems.push(...imageProblems(node, node.url, rules, at));
        break;
      case 'imageReference': {
        // An undefined name is plain text to Markdown: nothing is shown, nothing loaded.
        const url = definitions.get(node.identifier.toLowerCase());
        if (url !== undefined) problems.push(...imageProblems(node, url, rules, at));
        break;
      }
      default:
        break;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(tree);
  return problems;
}

type At = (node: { position?: MdxNode['position'] }, message: string, fix: string) => BodyProblem;

/** What to say about {…} in a body, and how to write braces as text. */
export function expressionWords(
  value: string,
  components: readonly ComponentName[],
): [message: string, fix: string] {
  const note = components.includes('EditorNote')
    ? ' Lời chú thích của ban biên tập viết bằng <EditorNote>…</EditorNote>.'
    : '';
  if (/^\s*\/\*/.test(value))
    return [
      'chú thích ẩn {/* … */} là cú pháp mã lệnh; nội dung không dùng',
      `xóa cả đoạn {/* … */}; ghi chú cho người biên tập khác để trong lời nhắn commit.${note}`,
    ];
  return [
    `chữ trong ngoặc nhọn "{${quote(value)}}" bị MDX hiểu là mã lệnh`,
    `nếu là chữ, viết \\{ và \\} (ví dụ "\\{${quote(value.trim(), 20)}\\}"), hoặc dùng ngoặc tròn ( ).${note}`,
  ];
}

const MISSING_ALT: [message: string, fix: string] = [
  'ảnh không có lời mô tả (alt) cho người không nhìn thấy ảnh',
  'viết lời mô tả trong ngoặc vuông: ![Hội viên chăm vườn cam ở xã …](./anh/ten-anh.jpg).',
];

/** A picture, written ![alt](address) or ![alt][name] with the address defined elsewhere. */
function imageProblems(
  node: { alt?: string | null | undefined; position?: MdxNode['position'] },
  url: string,
  rules: BodyRules,
  at: At,
): BodyProblem[] {
  const address = imageAddressProblem(url);
  if (address) return [at(node, address.message, address.fix)];
  const problems: BodyProblem[] = [];
  if (!node.alt?.trim()) problems.push(at(node, ...MISSING_ALT));
  const file = rules.imageFileProblem?.(url);
  if (file)
    problems.push(
      at(
        node,
        `${file}: "${shortAddress(url)}"`,
        'kiểm tra tên tệp ảnh (phân biệt chữ hoa, chữ thường), thư mục và đuôi (.jpg, .png, .webp, .avif).',
      ),
    );
  return problems;
}

function jsxProblems(
  element: JsxElement,
  allowed: readonly ComponentName[],
  at: At,
): BodyProblem[] {
  const name = element.name;
  const allowedList = allowed.length
    ? `chỉ dùng các thẻ: ${tagList(allowed)}.`
    : 'loại nội dung này không dùng thẻ nào: chỉ viết chữ và Markdown (xem HUONG-DAN-BIEN-TAP.md).';
  if (!name)
    return [at(element, 'thẻ rỗng <>…</> không dùng được', `bỏ "<>" và "</>". ${allowedList}`)];
  const component = allowed.find((candidate) => candidate === name);
  if (!component) return [at(element, ...unknownElementWords(name, allowed, allowedList))];
  const spec: ComponentSpec = COMPONENTS[component];
  const declared = Object.keys(spec.props);
  const problems: BodyProblem[] = [];
  const seen = new Set<string>();
  const misspelt = new Set<string>();
  const example = componentExample(component);
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(
        at(
          element,
          `thẻ <${name}> có "{${quote(attribute.value)}}": đó là mã lệnh, không phải thuộc tính`,
          `xóa phần trong ngoặc nhọn; viết ${example}.`,
        ),
      );
      continue;
    }
    const attributeName = attribute.name;
    if (/^on/i.test(attributeName)) {
      problems.push(
        at(
          element,
          `thuộc tính ${attributeName} của thẻ <${name}> là mã lệnh chạy trong trình duyệt của người đọc`,
          `xóa thuộc tính ${attributeName}; viết ${example}.`,
        ),
      );
      continue;
    }
    if (!declared.includes(attributeName)) {
      const guess = closest(attributeName, declared);
      // A misspelt attribute is one mistake: not also reported as the one missing.
      if (guess) misspelt.add(guess);
      problems.push(
        at(
          element,
          `thẻ <${name}> không có thuộc tính "${attributeName}"`,
          guess
            ? `có phải ý bạn là ${guess}="…"? Viết ${example}.`
            : declared.length
              ? `xóa thuộc tính này; viết ${example}.`
              : `xóa thuộc tính này; thẻ <${name}> không có thuộc tính nào: ${example}.`,
        ),
      );
      continue;
    }
    if (seen.has(attributeName)) {
      problems.push(
        at(
          element,
          `thuộc tính ${attributeName} của thẻ <${name}> được viết hai lần`,
          'giữ lại một lần.',
        ),
      );
      continue;
    }
    seen.add(attributeName);
    if (typeof attribute.value !== 'string') {
      const written =
        attribute.value && typeof attribute.value === 'object'
          ? `${attributeName}={${quote(attribute.value.value)}}`
          : attributeName;
      problems.push(
        at(
          element,
          attribute.value
            ? `thuộc tính "${written}" của thẻ <${name}> là mã lệnh; giá trị phải là chữ trong ngoặc kép`
            : `thuộc tính ${attributeName} của thẻ <${name}> chưa có giá trị`,
          `viết ${attributeName}="…" (${spec.props[attributeName]}).`,
        ),
      );
    }
  }
  for (const prop of declared.filter((prop) => !seen.has(prop) && !misspelt.has(prop))) {
    problems.push(
      at(
        element,
        `thẻ <${name}> thiếu thuộc tính ${prop}`,
        `viết ${example} (${prop}: ${spec.props[prop]}).`,
      ),
    );
  }
  if (!spec.wrapsText && element.children.length > 0)
    problems.push(
      at(
        element,
        `thẻ <${name}> đứng một mình, không bọc chữ: chữ viết bên trong sẽ không hiện ra`,
        `viết ${example} (tự đóng bằng "/>") và để chữ ở tệp của mục đó.`,
      ),
    );
  if (spec.wrapsText && textOf(element).trim() === '')
    problems.push(
      at(
        element,
        `thẻ <${name}> không có chữ nào bên trong`,
        `viết chữ giữa <${name}> và </${name}>, hoặc xóa thẻ.`,
      ),
    );
  return problems;
}

/** How a component is written: <Heading number="…">…</Heading>, <Task id="…" />. */
export function componentExample(name: string): string {
  const spec: ComponentSpec | undefined = Object.hasOwn(COMPONENTS, name)
    ? COMPONENTS[name as ComponentName]
    : undefined;
  const props = Object.keys(spec?.props ?? {})
    .map((prop) => ` ${prop}="…"`)
    .join('');
  return spec?.wrapsText === false ? `<${name}${props} />` : `<${name}${props}>…</${name}>`;
}

/** What to say about an element a content type does not allow, and what to write instead. */
export function unknownElementWords(
  name: string,
  allowed: readonly ComponentName[],
  allowedList: string,
): [message: string, fix: string] {
  const lower = name.toLowerCase();
  if (ACTIVE_ELEMENTS.has(lower))
    return [
      `thẻ <${name}> chạy mã lệnh, nhúng trang khác hoặc đổi cách trang hoạt động; nội dung không được chứa thẻ này`,
      `xóa thẻ <${name}>. ${allowedList}`,
    ];
  const markdown = MARKDOWN_FOR_HTML[lower];
  if (markdown && name === lower)
    return [`thẻ HTML <${name}> không dùng được trong nội dung`, `${markdown}.`];
  const guess = closest(name, allowed);
  if (guess)
    return [
      `thẻ <${name}> không dùng được ở loại nội dung này`,
      `có phải ý bạn là <${guess}>? (phân biệt chữ hoa, chữ thường)`,
    ];
  return [`thẻ <${name}> không dùng được ở loại nội dung này`, allowedList];
}

/** Whether a node is a component of the given name (e.g. an editor's note, to leave its text out). */
export const isComponent = (node: MdxNode, name: ComponentName): node is JsxElement =>
  isJsxElement(node) && node.name === name;
