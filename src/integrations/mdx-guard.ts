import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { contentTypes, type ComponentName } from '../content-types.ts';
import { bodyRuleProblems } from '../content-check/body-rules.ts';
import { formatReport, type Problem } from '../content-check/problem.ts';
import { contentError } from './content-check.ts';

/**
 * Defence in depth for the build: every MDX file the build compiles goes through this Sätteri
 * plugin, right after parsing and before any code is generated. It holds the tree to the same
 * body rules as the content checker (src/content-check/body-rules.ts): no import/export, no
 * {…} expression, no element or attribute the content type does not declare, no address that
 * runs or embeds something. The checker runs before every build and reports all this first; the
 * guard is for content the checker never saw (a check skipped, a file it does not read), so that
 * nothing an editor writes can run during a build, locally or in CI. A frontmatter `layout`, which
 * would make the MDX compiler import a module, is refused too.
 */

/**
 * The components of the content type a file belongs to (none for any other MDX file), told by
 * where it sits: in its type's folder, as deep as the type's pattern ("chi-tieu/<plan>/<file>").
 * Not by the content folder's path: Astro may compile an unchanged entry from where its content
 * cache first saw it.
 */
function componentsOf(file: string): readonly ComponentName[] {
  const segments = file.split(sep);
  for (const type of Object.values(contentTypes))
    if (type.kind === 'documents' && segments.at(-1 - type.pattern.split('/').length) === type.dir)
      return type.components;
  return [];
}

/** The frontmatter Astro hands the MDX compiler, if any (`ctx.data.astro.frontmatter`). */
function frontmatterOf(data: object): Record<string, unknown> | undefined {
  const astro: unknown = Reflect.get(data, 'astro');
  const frontmatter: unknown =
    astro && typeof astro === 'object' ? Reflect.get(astro, 'frontmatter') : undefined;
  return frontmatter && typeof frontmatter === 'object'
    ? (frontmatter as Record<string, unknown>)
    : undefined;
}

export function mdxGuard(root = process.cwd()): MdastPluginDefinition {
  return {
    name: 'mdx-guard',
    options: { position: true },
    before(tree, context) {
      if (context.sourceFormat !== 'mdx') return;
      const path = context.fileURL ? fileURLToPath(context.fileURL) : resolve(root, 'unknown.mdx');
      const file = relative(root, path);
      const problems: Problem[] = bodyRuleProblems(tree, {
        components: componentsOf(path),
      }).map((problem) => ({ file, ...problem }));
      if (frontmatterOf(context.data)?.layout !== undefined)
        problems.push({
          file,
          line: 1,
          field: 'layout',
          message:
            'trường layout khiến trang nạp một tệp mã lệnh; nội dung không được chọn mã lệnh',
          fix: 'xóa trường layout: mỗi loại nội dung đã có sẵn cách trình bày.',
        });
      if (problems.length > 0) throw contentError(formatReport(problems));
    },
  };
}
