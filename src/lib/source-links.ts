/**
 * "Sửa trang này" and "Báo lỗi" addresses on the Git host holding the site's repository.
 * GitHub and Gitea/Forgejo share one URL scheme; GitLab puts "/-/" before its pages.
 */
const BRANCH = 'main';

const isGitLab = (repository: string) => new URL(repository).hostname.includes('gitlab');
const trimmed = (repository: string) => repository.replace(/\.git$/, '').replace(/\/+$/, '');

/** Opens the file in the host's web editor (which offers a commit or a merge request). */
export function editUrl(repository: string, file: string): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${trimmed(repository)}${isGitLab(repository) ? '/-' : ''}/edit/${BRANCH}/${path}`;
}

/** A new issue with the page's title and address filled in. */
export function issueUrl(repository: string, pageTitle: string, pageUrl: string): string {
  const title = `Báo lỗi: ${pageTitle}`;
  const body = `Trang: ${pageUrl}\n\nLỗi (chép nguyên câu sai, và câu đúng nếu biết):\n\n`;
  return isGitLab(repository)
    ? `${trimmed(repository)}/-/issues/new?${new URLSearchParams({ 'issue[title]': title, 'issue[description]': body })}`
    : `${trimmed(repository)}/issues/new?${new URLSearchParams({ title, body })}`;
}

/**
 * The source file of a page without a content entry, from Astro's route pattern:
 * "/" → src/pages/index.astro, "/ke-hoach/[plan]" → src/pages/ke-hoach/[plan].astro.
 */
export function pageSourceCandidates(routePattern: string): string[] {
  const route = routePattern.replace(/^\/|\/$/g, '');
  if (route === '') return ['src/pages/index.astro'];
  return [`src/pages/${route}.astro`, `src/pages/${route}/index.astro`, `src/pages/${route}.ts`];
}
