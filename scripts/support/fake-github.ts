import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';

/**
 * A stand-in for GitHub's REST and GraphQL APIs, answered inside the browser's network layer
 * (Playwright's route), so the editing page can be driven with a fake token and no account. It
 * holds a repository made from files on disk, answers what Sveltia CMS asks while signing in and
 * loading, and records every branch, commit and pull request the page makes. Requests it does not
 * know are recorded in `unhandled` (and refused) so a test notices when the page asks for more.
 */

export const FAKE_LOGIN = 'bien-tap-vien';

/** One commit the page made through createCommitOnBranch. */
export interface RecordedCommit {
  branch: string;
  headline: string;
  /** Path → text of every file the commit adds or changes (decoded from base64). */
  files: Record<string, string>;
  /** Path → raw bytes, for binary additions such as photos. */
  bytes: Record<string, Buffer>;
  deletions: string[];
}

export interface RecordedPullRequest {
  number: number;
  title: string;
  head: string;
  base: string;
  draft: boolean;
  labels: string[];
}

interface Commit {
  oid: string;
  message: string;
  /** The full tree after this commit: path → bytes. */
  tree: Map<string, Buffer>;
}

const gitBlobSha = (bytes: Buffer) =>
  createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');

const oidOf = (text: string) => createHash('sha1').update(text).digest('hex');

/** Every file under `root`'s given folders, as repository paths ("content/…"). */
export function repositoryFiles(root: string, folders: readonly string[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const folder of folders) {
    for (const entry of readdirSync(join(root, folder), { recursive: true }) as string[]) {
      const path = join(root, folder, entry);
      try {
        files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
      } catch {
        // A folder: readFileSync refuses it, its files are listed on their own.
      }
    }
  }
  return files;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly commits: RecordedCommit[] = [];
  readonly pullRequests: RecordedPullRequest[] = [];
  readonly unhandled: string[] = [];
  /** Every request, "METHOD path" (GraphQL: "GRAPHQL <first words>"), in order. */
  readonly log: string[] = [];
  /** Authorization headers seen, to show the token the editor typed is what signs requests. */
  readonly tokens = new Set<string>();
  private readonly branches = new Map<string, Commit>();

  constructor(repository: string, files: Map<string, Buffer>) {
    [this.owner, this.repo] = repository.split('/') as [string, string];
    this.branches.set('main', { oid: oidOf('initial'), message: 'Nội dung ban đầu', tree: files });
  }

  /** Answers api.github.com for every page of the context. */
  async attach(context: BrowserContext): Promise<void> {
    await context.route('https://api.github.com/**', (route) => this.answer(route));
  }

  private async answer(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const auth = request.headers().authorization;
    if (auth) this.tokens.add(auth);
    const json = (status: number, body: unknown) =>
      route.fulfill({
        status,
        contentType: 'application/json; charset=utf-8',
        headers: { 'access-control-allow-origin': '*' },
        body: JSON.stringify(body),
      });
    if (request.method() === 'OPTIONS')
      return route.fulfill({
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': '*',
          'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
        },
      });
    const path = url.pathname;
    const method = request.method();
    const body = request.postData()
      ? (JSON.parse(request.postData()!) as Record<string, unknown>)
      : {};
    if (path === '/graphql') {
      const query = typeof body.query === 'string' ? body.query : '';
      this.log.push(`GRAPHQL ${query.replace(/\s+/g, ' ').trim().slice(0, 60)}`);
      const data = this.graphql(query, (body.variables ?? {}) as Record<string, unknown>);
      if (data === undefined) {
        this.unhandled.push(`GRAPHQL ${query}`);
        return json(200, { errors: [{ message: 'not answered by the fake GitHub' }] });
      }
      return json(200, { data });
    }
    this.log.push(`${method} ${path}${url.search}`);
    const repoPath = `/repos/${this.owner}/${this.repo}`;
    if (method === 'GET' && path === '/user')
      return json(200, {
        login: FAKE_LOGIN,
        id: 1,
        name: 'Biên tập viên',
        email: 'bientap@example.invalid',
        avatar_url: '',
        html_url: `https://github.com/${FAKE_LOGIN}`,
      });
    if (method === 'GET' && path === `${repoPath}/collaborators/${FAKE_LOGIN}`)
      return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } });
    if (method === 'GET' && path === repoPath)
      return json(200, {
        name: this.repo,
        full_name: `${this.owner}/${this.repo}`,
        default_branch: 'main',
        permissions: { admin: false, push: true, pull: true },
        html_url: `https://github.com/${this.owner}/${this.repo}`,
      });
    const tree = path.match(new RegExp(`^${repoPath}/git/trees/(.+)$`));
    if (method === 'GET' && tree) {
      const commit = this.commitAt(decodeURIComponent(tree[1]!));
      if (!commit) return json(404, { message: 'Not Found' });
      return json(200, {
        sha: commit.oid,
        truncated: false,
        tree: [...commit.tree].map(([file, bytes]) => ({
          path: file,
          mode: '100644',
          type: 'blob',
          sha: gitBlobSha(bytes),
          size: bytes.length,
        })),
      });
    }
    const blob = path.match(new RegExp(`^${repoPath}/git/blobs/([0-9a-f]+)$`));
    if (method === 'GET' && blob) {
      for (const commit of this.branches.values())
        for (const bytes of commit.tree.values())
          if (gitBlobSha(bytes) === blob[1])
            return route.fulfill({
              status: 200,
              contentType: 'application/octet-stream',
              headers: { 'access-control-allow-origin': '*' },
              body: bytes,
            });
      return json(404, { message: 'Not Found' });
    }
    if (method === 'POST' && path === `${repoPath}/pulls`) {
      const number = this.pullRequests.length + 1;
      this.pullRequests.push({
        number,
        title: String(body.title),
        head: String(body.head),
        base: String(body.base),
        draft: Boolean(body.draft),
        labels: [],
      });
      const now = new Date().toISOString();
      return json(201, {
        number,
        node_id: `PR_${number}`,
        title: body.title,
        html_url: `https://github.com/${this.owner}/${this.repo}/pull/${number}`,
        created_at: now,
        updated_at: now,
      });
    }
    const issue = path.match(new RegExp(`^${repoPath}/issues/(\\d+)(/labels)?$`));
    if (issue) {
      const pr = this.pullRequests.find((p) => p.number === Number(issue[1]));
      if (!pr) return json(404, { message: 'Not Found' });
      if (method === 'POST' && issue[2]) pr.labels.push(...(body.labels as string[]));
      if (method === 'PATCH' && Array.isArray(body.labels)) pr.labels = body.labels as string[];
      return json(200, { number: pr.number, labels: pr.labels.map((name) => ({ name })) });
    }
    this.unhandled.push(`${method} ${path}${url.search}`);
    return json(404, { message: 'Not Found (fake GitHub)' });
  }

  private commitAt(ref: string): Commit | undefined {
    return (
      this.branches.get(ref.replace(/^refs\/heads\//, '')) ??
      [...this.branches.values()].find((commit) => commit.oid === ref)
    );
  }

  private branchOf(variables: Record<string, unknown>): Commit | undefined {
    return this.commitAt(typeof variables.branch === 'string' ? variables.branch : 'main');
  }

  /** Answers the GraphQL queries and mutations Sveltia CMS sends, by their shape. */
  private graphql(query: string, variables: Record<string, unknown>): unknown {
    if (query.includes('createCommitOnBranch')) return this.createCommit(query, variables);
    if (query.includes('createRef')) {
      const input = variables.input as { name: string; oid: string };
      const base = this.commitAt(input.oid);
      if (!base) return undefined;
      this.branches.set(input.name.replace(/^refs\/heads\//, ''), {
        ...base,
        tree: new Map(base.tree),
      });
      return { createRef: { ref: { name: input.name } } };
    }
    if (/markPullRequestReadyForReview|convertPullRequestToDraft/.test(query)) {
      const draft = query.includes('convertPullRequestToDraft');
      const id = (variables.input as { pullRequestId: string }).pullRequestId;
      const pr = this.pullRequests.find((p) => `PR_${p.number}` === id);
      if (pr) pr.draft = draft;
      return {
        [draft ? 'convertPullRequestToDraft' : 'markPullRequestReadyForReview']: {
          pullRequest: { isDraft: draft },
        },
      };
    }
    if (query.includes('defaultBranchRef'))
      return { repository: { defaultBranchRef: { name: 'main' } } };
    if (query.includes('fork: repository') && query.includes('base: repository')) {
      const base = this.branchOf(variables);
      return { fork: { id: 'R_repo' }, base: { ref: base ? { target: { oid: base.oid } } : null } };
    }
    if (query.includes('pullRequests('))
      return { repository: { pullRequests: { nodes: this.pullRequestNodes() } } };
    if (/content_\d+:|commit_\d+:/.test(query)) {
      const commit = this.branchOf(variables);
      if (!commit) return undefined;
      const repository: Record<string, unknown> = {};
      for (const match of query.matchAll(/content_(\d+):\s*object\(oid:\s*("[^"]*")\)/g)) {
        const sha = JSON.parse(match[2]!) as string;
        const bytes = [...commit.tree.values()].find((b) => gitBlobSha(b) === sha);
        repository[`content_${match[1]}`] = bytes
          ? { text: bytes.toString('utf8'), isTruncated: false }
          : null;
      }
      for (const match of query.matchAll(/commit_(\d+):\s*ref/g))
        repository[`commit_${match[1]}`] = {
          target: {
            history: {
              nodes: [
                {
                  author: { name: 'Ban biên tập', email: 'bientap@example.invalid', user: null },
                  committedDate: '2026-10-01T00:00:00Z',
                },
              ],
            },
          },
        };
      return { repository };
    }
    if (/history_\d+:/.test(query)) {
      const repository: Record<string, unknown> = {};
      for (const match of query.matchAll(/history_(\d+):\s*ref/g))
        repository[`history_${match[1]}`] = { target: { history: { nodes: [] } } };
      return { repository };
    }
    if (
      /ref\(qualifiedName: \$branch\)\s*\{\s*target\s*\{\s*\.\.\. on Commit\s*\{\s*oid\s*\}\s*\}\s*\}/.test(
        query,
      )
    ) {
      const commit = this.branchOf(variables);
      return { repository: { ref: commit ? { target: { oid: commit.oid } } : null } };
    }
    if (query.includes('history(first: 1)')) {
      const commit = this.branchOf(variables);
      return {
        repository: {
          ref: commit
            ? { target: { history: { nodes: [{ oid: commit.oid, message: commit.message }] } } }
            : null,
        },
      };
    }
    return undefined;
  }

  private createCommit(query: string, variables: Record<string, unknown>): unknown {
    const input = variables.input as {
      branch: { branchName: string };
      expectedHeadOid: string;
      fileChanges: {
        additions?: { path: string; contents: string }[];
        deletions?: { path: string }[];
      };
      message: { headline: string };
    };
    const branch = input.branch.branchName;
    const head = this.branches.get(branch);
    if (!head || head.oid !== input.expectedHeadOid) return undefined;
    const tree = new Map(head.tree);
    const recorded: RecordedCommit = {
      branch,
      headline: input.message.headline,
      files: {},
      bytes: {},
      deletions: [],
    };
    for (const { path, contents } of input.fileChanges.additions ?? []) {
      const bytes = Buffer.from(contents, 'base64');
      tree.set(path, bytes);
      recorded.bytes[path] = bytes;
      recorded.files[path] = bytes.toString('utf8');
    }
    for (const { path } of input.fileChanges.deletions ?? []) {
      tree.delete(path);
      recorded.deletions.push(path);
    }
    this.commits.push(recorded);
    const oid = oidOf(`${head.oid}:${this.commits.length}`);
    this.branches.set(branch, { oid, message: input.message.headline, tree });
    const commit: Record<string, unknown> = { oid, committedDate: new Date().toISOString() };
    for (const match of query.matchAll(/file_(\d+):\s*file\(path:\s*("[^"]*")\)/g)) {
      const bytes = tree.get(JSON.parse(match[2]!) as string);
      commit[`file_${match[1]}`] = bytes ? { oid: gitBlobSha(bytes) } : null;
    }
    return { createCommitOnBranch: { commit } };
  }

  private pullRequestNodes() {
    return this.pullRequests.map((pr) => {
      const base = this.branches.get(pr.base)!;
      const head = this.branches.get(pr.head)!;
      const files = [...head.tree]
        .filter(([path, bytes]) => !base.tree.get(path)?.equals(bytes))
        .map(([path]) => ({ path, changeType: base.tree.has(path) ? 'MODIFIED' : 'ADDED' }));
      const now = new Date().toISOString();
      return {
        id: `PR_${pr.number}`,
        number: pr.number,
        title: pr.title,
        url: `https://github.com/${this.owner}/${this.repo}/pull/${pr.number}`,
        isDraft: pr.draft,
        isCrossRepository: false,
        createdAt: now,
        updatedAt: now,
        headRefName: pr.head,
        author: {
          login: FAKE_LOGIN,
          avatarUrl: '',
          name: 'Biên tập viên',
          email: '',
          databaseId: 1,
        },
        labels: { nodes: pr.labels.map((name) => ({ name })) },
        files: { nodes: files },
      };
    });
  }
}
