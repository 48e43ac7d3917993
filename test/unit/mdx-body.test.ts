import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import type { ComponentName } from '../../src/content-types.ts';
import { checkBody } from '../../src/content-check/check-body.ts';
import { imageAddressProblem, linkAddressProblem } from '../../src/lib/mdx/urls.ts';
import { EVERY_ALLOWED_CONSTRUCT } from '../support/allowed-content.ts';

/** The build's own MDX compiler: the processor of astro.config.mjs, as @astrojs/mdx calls it. */
interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: object): Promise<{ code: string }>;
}
let build: MdxRenderer;
beforeAll(async () => {
  const processor = config.markdown?.processor as unknown as {
    createMdxRenderer(shared: object, mdx: object): Promise<MdxRenderer>;
  };
  // Code highlighting is left out: it colours fenced code after parsing and changes nothing here.
  build = await processor.createMdxRenderer(
    { syntaxHighlight: false, gfm: true, smartypants: false },
    { optimize: false, srcDir: new URL('file:///'), sourcemap: false },
  );
});

const STORY = resolve('content/cau-chuyen/thu.mdx');
const TASK = resolve('content/nhiem-vu/lao-cai-03-kh-ccb/thu.mdx');
const check = (body: string, components: readonly ComponentName[] = []) =>
  checkBody(body, 1, { components });

describe('what editors write in a body', () => {
  it('accepts every allowed construct, which the build then compiles', async () => {
    const checked = checkBody(EVERY_ALLOWED_CONSTRUCT, 1, {
      components: [],
      imageFileProblem: (path) =>
        existsSync(join('content/cau-chuyen', path)) ? undefined : 'không có tệp',
    });
    expect(checked.problems).toEqual([]);
    await expect(build.process(EVERY_ALLOWED_CONSTRUCT, STORY, {})).resolves.toBeTruthy();
  });

  it('reports every syntax mistake of a body at once, each where it is', () => {
    const body = [
      'Xuống <2 vụ.',
      '',
      'Ghi {chú thích} ở đây.',
      '',
      '<!-- ghi chú -->',
      '',
      'Giảm <50%.',
    ].join('\n');
    expect(check(body).problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 7, 'dấu "<" ở đây bị MDX hiểu là mở một thẻ ("<2 vụ.…")'],
      [3, 5, 'chữ trong ngoặc nhọn "{chú thích}" bị MDX hiểu là mã lệnh'],
      [5, 1, 'chú thích HTML <!-- … --> không dùng được trong MDX'],
      [7, 6, 'dấu "<" ở đây bị MDX hiểu là mở một thẻ ("<50%.…")'],
    ]);
  });
});

describe("the build's own guard, for MDX the checker never saw", () => {
  it.each([
    [
      'an export',
      "export const x = process.getBuiltinModule('node:fs')\n\nChữ.\n",
      'dòng 1, cột 1: dòng "export const x = process.getBuiltinModul…" là mã lệnh JavaScript',
    ],
    [
      'an expression',
      'Năm {new Date().getFullYear()}.\n',
      'dòng 1, cột 5: chữ trong ngoặc nhọn "{new Date().getFullYear()}" bị MDX hiểu là mã lệnh',
    ],
    ['a script', '<script src="/x.js" />\n', 'dòng 1, cột 1: thẻ <script> chạy mã lệnh'],
    [
      'an attribute expression',
      'Chữ<EditorNote onClick={() => 1}>x</EditorNote>.\n',
      'thuộc tính onClick của thẻ <EditorNote> là mã lệnh',
    ],
    [
      'a javascript: link',
      '[tải](javascript:alert(1))\n',
      'địa chỉ "javascript:alert(1)" là mã lệnh',
    ],
  ])('refuses %s before any code is generated', async (_, body, said) => {
    await expect(build.process(body, TASK, {})).rejects.toThrow(said);
  });

  it('refuses a layout, which would make the compiler import a module', async () => {
    await expect(build.process('Chữ.\n', STORY, { layout: '../../x.mjs' })).rejects.toThrow(
      'trường layout khiến trang nạp một tệp mã lệnh',
    );
  });
});

/**
 * Text an editor might type, alone and two by two: whatever the checker accepts, the build
 * compiles; whatever it refuses, it says in Vietnamese where and why. The build never meets an
 * English parser error in content `npm run check` accepted.
 */
const FRAGMENTS = [
  'xuống <2 vụ',
  '<50%',
  'a<b',
  'a < b',
  'x <= y',
  '=>',
  '<-',
  '<<',
  '<>',
  '</>',
  '<a',
  '<Task',
  '{chú thích}',
  '{',
  '}',
  '{}',
  '\\{x\\}',
  '\\<2',
  '&lt;',
  '&',
  '&#123;',
  '*',
  '**',
  '_',
  '`',
  '~~',
  '[x]',
  '[x](y)',
  '![x](./y.png)',
  '<!--',
  '-->',
  'import x',
  'export y',
  '# a',
  '1. a',
  '- a',
  '> a',
  '| a |',
  '\\',
  'https://a.vn',
  '<https://a.vn>',
  'a@b.vn',
  '<br>',
  '<br/>',
  '<b>x</b>',
  '<EditorNote>x</EditorNote>',
  '$',
  '[^1]',
  '[^1]: a',
];

describe('accepted by the checker means built by the build', () => {
  const bodies = [
    ...FRAGMENTS,
    ...FRAGMENTS.flatMap((a) => FRAGMENTS.flatMap((b) => [`${a} ${b}`, `${a}\n${b}`])),
  ];

  it.each([
    ['a story', STORY, [] as ComponentName[]],
    ['a task', TASK, ['EditorNote'] as ComponentName[]],
  ])('in %s', { timeout: 60_000 }, async (_, file, components) => {
    let accepted = 0;
    for (const body of bodies) {
      const { problems } = check(body, components);
      if (problems.length === 0) {
        accepted++;
        await build.process(body, file, {}).catch((error: unknown) => {
          throw new Error(
            `The checker accepted ${JSON.stringify(body)}; the build refused it: ${String(error)}`,
          );
        });
        continue;
      }
      for (const problem of problems) {
        expect(problem.line, body).toBeGreaterThan(0);
        expect(`${problem.message} ${problem.fix}`, body).not.toMatch(
          /Unexpected|expected|Could not|parse|token/i,
        );
      }
    }
    // Both kinds are well represented.
    expect(accepted).toBeGreaterThan(bodies.length / 4);
    expect(accepted).toBeLessThan(bodies.length);
  });
});

describe('addresses', () => {
  it('lets links lead to web pages, e-mail, phone numbers and this site', () => {
    for (const address of [
      'https://example.com/',
      'http://example.com',
      'mailto:hoi@example.vn',
      'tel:+842143822222',
      '/ke-hoach/',
      '#muc-ii-1',
      '../mo-hinh/',
      'mo-hinh/',
      '?q=cuu+chien+binh',
    ])
      expect(linkAddressProblem(address), address).toBeUndefined();
  });

  it('refuses code, embedded files and hidden ways off the site, however they are spelt', () => {
    for (const address of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' \u0001javascript:alert(1)',
      'vbscript:msgbox',
      'data:text/html,<script>alert(1)</script>',
      '//example.com/',
      '\\\\example.com/',
      '/\\example.com/',
      'ftp://example.com/',
      'file:///etc/passwd',
    ])
      expect(linkAddressProblem(address), JSON.stringify(address)).toBeDefined();
  });

  it('lets pictures come only from files beside the content', () => {
    expect(imageAddressProblem('./anh/vuon-cam.jpg')).toBeUndefined();
    expect(imageAddressProblem('../mo-hinh/anh/vuon-cam.jpg')).toBeUndefined();
    for (const address of [
      'anh/vuon-cam.jpg',
      '/anh/vuon-cam.jpg',
      'https://example.com/a.jpg',
      '//example.com/a.jpg',
      'data:image/png;base64,iVBORw0KGgo',
    ])
      expect(imageAddressProblem(address), address).toBeDefined();
  });
});
