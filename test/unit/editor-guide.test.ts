import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { contentTypes } from '../../src/content-types.ts';
import { scaffolds } from '../../src/scaffold/index.ts';

const guide = readFileSync('HUONG-DAN-BIEN-TAP.md', 'utf8');

describe("the editors' guide (HUONG-DAN-BIEN-TAP.md)", () => {
  it('maps the folder or file of every content type', () => {
    for (const type of Object.values(contentTypes)) {
      expect(guide).toContain('dir' in type ? `content/${type.dir}/` : `content/${type.file}`);
    }
  });

  it('shows an `npm run new` example for every template', () => {
    for (const scaffold of Object.values(scaffolds))
      expect(guide).toContain(`npm run new -- ${scaffold.command} `);
  });

  it('every link to a section of the guide leads to a heading (as GitHub names them)', () => {
    const slugger = new GithubSlugger();
    const headings = new Set(
      [...guide.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]!.replace(/`/g, ''))),
    );
    const anchors = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(10);
    expect(anchors.filter((anchor) => !headings.has(anchor))).toEqual([]);
  });
});
