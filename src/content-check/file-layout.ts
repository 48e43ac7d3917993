import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { ContentType } from '../content-types.ts';
import { isSlug, slugify } from '../lib/slug.ts';
import { filesInPlace, matchingFiles } from './discover.ts';
import type { Problem } from './problem.ts';

/** Extensions of files an editor may have meant as content (other files, e.g. images, are left alone). */
const CONTENT_LIKE = [
  '.mdx',
  '.md',
  '.markdown',
  '.txt',
  '.doc',
  '.docx',
  '.odt',
  '.rtf',
  '.json',
  '.yaml',
  '.yml',
  '.csv',
];

/** A folder of one-file-per-item content, as described in src/content-types.ts. */
interface FolderType {
  dir: string;
  pattern: string;
  label: string;
}
const isFolderType = (type: ContentType): type is ContentType & FolderType =>
  type.kind === 'documents';

/** Where a folder's files are, by the same matching as Astro's loader (see discover.ts). */
interface FolderFiles {
  type: FolderType;
  /** Files Astro publishes. */
  published: Set<string>;
  /** Files in a place the pattern looks, whatever their extension or name. */
  inPlace: Set<string>;
}

/**
 * Where files are, what they are called and how they end. Astro only publishes files that match a
 * type's folder and pattern, so a misplaced or misnamed file would silently vanish from the site:
 * every such file is reported, with where it should go.
 */
export function fileLayoutProblems(
  root: string,
  contentDir: string,
  types: readonly ContentType[],
): Problem[] {
  if (!existsSync(contentDir))
    return [
      {
        file: relative(root, contentDir),
        message: 'không có thư mục nội dung',
        fix: 'khôi phục thư mục content/ từ Git.',
      },
    ];
  const folders = types.filter(isFolderType).map((type): FolderFiles => ({
    type,
    published: new Set(matchingFiles(join(contentDir, type.dir), type.pattern)),
    inPlace: new Set(filesInPlace(join(contentDir, type.dir), type.pattern)),
  }));
  const listFiles = types.flatMap((type) => ('file' in type ? [type.file] : []));
  const problems: Problem[] = [];
  const files = readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(contentDir, join(entry.parentPath, entry.name)).split(/[\\/]/).join('/'),
    )
    .sort();
  for (const path of files) {
    const file = relative(root, join(contentDir, path)).split(/[\\/]/).join('/');
    const extension = extname(path).toLowerCase();
    if (!CONTENT_LIKE.includes(extension) || listFiles.includes(path)) continue;
    if (extension === '.yml') {
      problems.push({
        file,
        message: 'tệp có đuôi .yml nên trang web không đọc',
        fix: `đổi tên thành "${path.replace(/\.yml$/i, '.yaml')}".`,
      });
      continue;
    }
    const folder = folders.find((candidate) => path.startsWith(`${candidate.type.dir}/`));
    if (!folder) {
      if (extension === '.mdx' || extension === '.md') {
        problems.push({
          file,
          message: 'tệp nằm ngoài các thư mục nội dung nên không được đăng',
          fix: `chuyển tệp vào đúng thư mục: ${folders.map(({ type }) => `content/${type.dir}/ (${type.label})`).join(', ')}.`,
        });
      }
      continue;
    }
    problems.push(
      ...folderFileProblems(file, path.slice(folder.type.dir.length + 1), extension, folder),
    );
  }
  return problems;
}

function folderFileProblems(
  file: string,
  inner: string,
  extension: string,
  { type, published, inPlace }: FolderFiles,
): Problem[] {
  const expectedDepth = type.pattern.split('/').length;
  const expectedExtension = extname(type.pattern);
  const where = `content/${type.dir}/${type.pattern.replace(/\*\//g, '<thư mục>/').replace('*', '<tên tệp>')}`;
  if (!published.has(inner) && !inPlace.has(inner)) {
    // Files of another kind elsewhere (e.g. the plans' original texts in ke-hoach/nguon/) are not content items.
    if (extension !== expectedExtension) return [];
    return [
      {
        file,
        message: `tệp ${type.label} nằm sai thư mục nên không được đăng`,
        fix: `đặt tệp đúng chỗ: ${where}${expectedDepth > 1 ? ' (thư mục con mang mã kế hoạch, ví dụ lao-cai-03-kh-ccb)' : ''}.`,
      },
    ];
  }
  const segments = inner.split('/');
  if (extension !== expectedExtension) {
    const renamed = `${segments.at(-1)!.slice(0, -extension.length)}${expectedExtension}`;
    const convertible = ['.md', '.markdown', '.txt'].includes(extension);
    return [
      {
        file,
        message: `tệp có đuôi ${extension} nên trang web không đọc; tệp ${type.label} phải có đuôi ${expectedExtension}`,
        fix: convertible
          ? `đổi tên tệp thành "${renamed}".`
          : `tạo tệp bằng lệnh "npm run new" rồi chép nội dung vào, và xóa tệp ${extension} này.`,
      },
    ];
  }
  const badSegments = segments
    .map((segment, i) =>
      i === segments.length - 1 ? segment.slice(0, -extension.length) : segment,
    )
    .filter((s) => !isSlug(s));
  if (badSegments.length === 0) return [];
  return [
    {
      file,
      message: `tên tệp hoặc thư mục "${badSegments.join('/')}" có chữ hoa, dấu tiếng Việt, dấu cách hay ký tự khác; tên tệp trở thành địa chỉ trang web nên chỉ được dùng chữ thường không dấu, chữ số và gạch ngang`,
      fix: `đổi tên thành ${badSegments.map((s) => `"${slugify(s) || 'ten-khong-dau'}"`).join(', ')}.`,
    },
  ];
}
