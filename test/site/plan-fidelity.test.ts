import { beforeAll, describe, expect, it } from 'vitest';
import { readContentText, readMdxFolder } from '../support/content-files.ts';
import { assertBuilt } from '../../scripts/support/dist.ts';
import { loadPage } from '../support/dom.ts';
import { inSource, sourceBodyWords, type SourceSpan } from '../../src/lib/official-text.ts';

const plans = readMdxFolder('ke-hoach', 0);
const squeeze = (text: string) => text.replace(/\s+/g, '');

/**
 * The body of the original, as the content checker reads it (src/lib/official-text.ts): the
 * checker holds the MDX files to it word for word; this suite holds the published page to it.
 */
function originalBody(source: SourceSpan & { file: string }): string {
  const body = sourceBodyWords(readContentText(`ke-hoach/${source.file}`), source);
  if (!('words' in body)) throw new Error(`${source.file}: ${body.missing} not found`);
  return body.words.join('');
}

/** What a reader sees as the document body, without the site's own additions (notes, links). */
function renderedBody(planId: string): string {
  const body = loadPage(`/ke-hoach/${planId}/`).querySelector('[data-document-body]')!;
  body.querySelectorAll('[data-editorial], script').forEach((element) => element.remove());
  return squeeze(body.textContent ?? '');
}

beforeAll(assertBuilt);

describe.each(plans)('plan $id, as published', (plan) => {
  it('has the whole original body, every character in order, and nothing else', () => {
    const expected = originalBody(plan.data.source as SourceSpan & { file: string });
    const actual = renderedBody(plan.id);
    expect(expected.length).toBeGreaterThan(3000);
    expect(actual).toBe(expected);
  });

  it('shows the header and signature lines of the original', () => {
    const document = loadPage(`/ke-hoach/${plan.id}/`);
    const shown = document.querySelector('section.document')!;
    shown.querySelectorAll('[data-editorial]').forEach((element) => element.remove());
    const text = squeeze(shown.textContent ?? '');
    const source = readContentText(`ke-hoach/${(plan.data.source as { file: string }).file}`);
    const header = plan.data.header as Record<string, string | string[]>;
    const signature = plan.data.signature as Record<string, string>;
    const lines = [
      ...(header.issuerLines as string[]),
      ...(header.mottoLines as string[]),
      header.numberLine,
      header.placeDateLine,
      signature.authority,
      signature.title,
      signature.name,
      ...(plan.data.recipients as string[]),
    ];
    for (const line of lines as string[]) {
      expect(inSource(source, line), `"${line}" must come from the original`).toBe(true);
      expect(text, `"${line}" must be shown`).toContain(squeeze(line));
    }
  });

  it('adds nothing to the header and signature: every line shown is printed in the original', () => {
    const document = loadPage(`/ke-hoach/${plan.id}/`);
    const shown = document.querySelector('section.document')!;
    shown.querySelectorAll('[data-editorial], [data-document-body]').forEach((e) => e.remove());
    const source = squeeze(
      readContentText(`ke-hoach/${(plan.data.source as { file: string }).file}`),
    );
    const lines = [...shown.querySelectorAll('p, li')]
      .map((element) => squeeze(element.textContent ?? ''))
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(source, `"${line}" is not in the original`).toContain(line);
  });

  it('numbers every editor note and links each marker to its note and back', () => {
    const document = loadPage(`/ke-hoach/${plan.id}/`);
    const refs = [...document.querySelectorAll('sup.note-ref a')];
    const notes = [...document.querySelectorAll('.editor-notes li')];
    expect(refs.length).toBeGreaterThan(2);
    expect(notes).toHaveLength(refs.length);
    refs.forEach((ref, index) => {
      expect(ref.textContent).toBe(`[${index + 1}]`);
      const note = document.getElementById(ref.getAttribute('href')!.slice(1))!;
      expect(note.textContent.length).toBeGreaterThan(10);
      expect(note.querySelector(`a[href="#${ref.id}"]`)).not.toBeNull();
    });
  });
});

describe('apparent errors of the originals are kept and explained', () => {
  it.each([
    ['lao-cai-03-kh-ccb', 'nhiện vụ'],
    ['lao-cai-03-kh-ccb', 'cơ cở'],
    ['lao-cai-03-kh-ccb', 'từ năm 2002'],
    ['lai-chau-16-kh-tu', '166-KL/TW'],
    ['lai-chau-16-kh-tu', '08/11/2022'],
  ])('%s keeps "%s" with an editor note right after it', (planId, words) => {
    const html = loadPage(`/ke-hoach/${planId}/`).querySelector('[data-document-body]')!.innerHTML;
    const at = html.indexOf(words);
    expect(at, `"${words}" is in the published text`).toBeGreaterThanOrEqual(0);
    expect(html.slice(at + words.length, at + words.length + 40)).toMatch(
      /^[^<]{0,12}<sup class="note-ref"/,
    );
  });
});
