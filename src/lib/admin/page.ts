/**
 * The editing page itself (/admin/index.html): Sveltia CMS and our two small scripts around it,
 * all from our own site. It is for editors, not readers: out of search engines, the sitemap and
 * the site's search index. Without JavaScript it says what the page needs.
 */

/** Files served under /admin/ beside the page (src/pages/admin/[file].ts). */
export const ADMIN_FILES = {
  cms: 'sveltia-cms.js',
  strings: 'vi.json',
  style: 'admin.css',
  before: 'before-cms.js',
  start: 'start-cms.js',
  saveSteps: 'save-steps.js',
  config: 'config.yml',
} as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function adminPageHtml(options: { title: string; csp: string }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escapeHtml(options.csp)}">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="./${ADMIN_FILES.style}">
<link rel="cms-config-url" type="application/yaml" href="./${ADMIN_FILES.config}">
<script src="./${ADMIN_FILES.before}"></script>
</head>
<body data-pagefind-ignore="all">
<noscript><p>${escapeHtml(options.title)}: trang biên tập cần bật JavaScript. Hướng dẫn: tệp HUONG-DAN-BIEN-TAP.md trong kho mã nguồn.</p></noscript>
<script src="./${ADMIN_FILES.cms}"></script>
<script type="module" src="./${ADMIN_FILES.start}"></script>
</body>
</html>
`;
}

/**
 * Our stylesheet: text in the system's own font, which has every Vietnamese letter (Sveltia's text
 * face covers Latin only, so "ệ" would come from another font in the middle of a word).
 */
export const ADMIN_CSS = `:root {
  --sui-font-family-default: system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif !important;
  --sui-font-family-monospace: ui-monospace, Consolas, 'Noto Sans Mono', monospace !important;
}
`;
