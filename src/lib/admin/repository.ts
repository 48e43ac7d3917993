/**
 * The GitHub repository ("owner/name") the editing page saves to: the one content/trang-web.yaml
 * names in `repository`, or else the one a GitHub Actions build runs in (GITHUB_REPOSITORY).
 * Undefined when neither names a GitHub repository: the page then says no repository is set.
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
