import type { APIRoute } from 'astro';
import { editingChoices } from '../../data/editing-page.ts';
import { cmsConfigYaml } from '../../lib/admin/cms-config.ts';
import { githubRepository, UNDECLARED_OWNER } from '../../lib/admin/repository.ts';
import { siteSettings } from '../../data/site.ts';
import { name as packageName } from '../../../package.json';

/** The editing page's configuration, generated from the content schemas at build time. */
export const GET: APIRoute = async () =>
  new Response(
    cmsConfigYaml(await editingChoices(), {
      repository:
        githubRepository(siteSettings().repository, process.env.GITHUB_REPOSITORY) ??
        `${UNDECLARED_OWNER}/${packageName}`,
      branch: 'main',
      siteName: siteSettings().name,
    }),
    { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } },
  );
