/**
 * The GitHub repository ("owner/name") the editing page saves to: the one content/trang-web.yaml
 * names in `repository`, or else the one a GitHub Actions build runs in (GITHUB_REPOSITORY).
 * Undefined when neither names a GitHub repository (see UNDECLARED_OWNER).
 */
export function githubRepository(
  settingsUrl: string | null | undefined,
  actionsRepository: string | undefined,
): string | undefined {
  const named = settingsUrl?.match(/^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/);
  if (named) return `${named[1]}/${named[2]}`;
  return actionsRepository && /^[\w.-]+\/[\w.-]+$/.test(actionsRepository)
    ? actionsRepository
    : undefined;
}

/**
 * Owner written when no repository is declared: working with a local copy still works (it only
 * shows the repository's name), and signing in to GitHub says the repository was not found; the
 * editors' guide says to fill in `repository` in content/trang-web.yaml.
 */
export const UNDECLARED_OWNER = 'chua-khai-bao-kho';
