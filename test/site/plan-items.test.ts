import { beforeAll, describe, expect, it } from 'vitest';
import { anchorOf, readMdxFolder, readYamlList } from '../support/content-files.ts';
import { assertBuilt } from '../../scripts/support/dist.ts';
import { loadPage, textOf } from '../support/dom.ts';
import { dataset } from '../support/downloads.ts';

const plans = readMdxFolder('ke-hoach', 0);
const tasks = readMdxFolder('nhiem-vu', 1);
const targets = readMdxFolder('chi-tieu', 1);
/** A target's page is under /chi-tieu/; an aim the editors track (kind: tracked) is under /theo-doi/. */
const pageOf = (entry: (typeof targets)[number]) =>
  `/${entry.data.kind === 'tracked' ? 'theo-doi' : 'chi-tieu'}/${entry.id}/`;
const themes = readYamlList('chu-de.yaml');

/** Visible text of an element without the site's own links and notes. */
function officialText(element: Element | null): string {
  const copy = element!.cloneNode(true) as Element;
  copy.querySelectorAll('[data-editorial], script').forEach((e) => e.remove());
  return textOf(copy);
}

beforeAll(assertBuilt);

describe('tasks and solutions', () => {
  it('covers every task of both plans', () => {
    const count = (plan: string, section: string) =>
      tasks.filter((t) => t.data.plan === plan && t.data.section === section).length;
    expect(count('lao-cai-03-kh-ccb', 'tasks')).toBe(6);
    expect(count('lai-chau-16-kh-tu', 'tasks')).toBe(5);
    expect(count('lao-cai-03-kh-ccb', 'implementation')).toBeGreaterThan(0);
    expect(count('lai-chau-16-kh-tu', 'implementation')).toBeGreaterThan(0);
  });

  it.each(tasks.map((t) => [t.id, t] as const))(
    '%s has its own page, reachable from its plan, with the same text',
    (id, task) => {
      const page = loadPage(`/nhiem-vu/${id}/`);
      expect(textOf(page.querySelector('h1'))).toBe(task.data.title);
      const planPath = `/ke-hoach/${task.data.plan}/`;
      const anchor = anchorOf(task.data.number!);
      expect(
        page.querySelector(`a[href$="${planPath}#${anchor}"]`),
        'links back to the section in the plan',
      ).not.toBeNull();

      const plan = loadPage(planPath);
      const section = plan.getElementById(anchor);
      expect(section, `plan has #${anchor}`).not.toBeNull();
      expect(
        section!.querySelector(`a[href$="/nhiem-vu/${id}/"]`),
        'plan links to the task page',
      ).not.toBeNull();
      // One text, one file: the plan and the task page show the very same words.
      expect(officialText(page.querySelector('[data-official-text]'))).toBe(officialText(section));
      for (const body of task.data.responsible as string[])
        expect(textOf(page.querySelector('main'))).toContain(body);
    },
  );
});

describe('targets', () => {
  it('covers the nine specific targets of the Lào Cai plan and the Lai Châu aims', () => {
    expect(
      targets.filter((t) => t.data.plan === 'lao-cai-03-kh-ccb').map((t) => t.data.number),
    ).toEqual(Array.from({ length: 9 }, (_, i) => `II.2.${i + 1}`));
    expect(targets.some((t) => t.data.plan === 'lai-chau-16-kh-tu')).toBe(true);
  });

  it.each(targets.map((t) => [t.id, t] as const))(
    '%s has a page with its text and every measure defined',
    (id, target) => {
      const page = loadPage(pageOf(target));
      expect(textOf(page.querySelector('h1'))).toBe(target.data.title);
      expect(officialText(page.querySelector('[data-official-text]')).length).toBeGreaterThan(40);
      const measures = target.data.measures as { label: string; milestones: unknown[] }[];
      for (const measure of measures)
        expect(textOf(page.querySelector('main'))).toContain(measure.label);
      if (!target.data.textFrom) {
        const plan = loadPage(`/ke-hoach/${target.data.plan}/`);
        expect(
          plan
            .getElementById(anchorOf(target.data.number!))
            ?.querySelector(`a[href$="/chi-tieu/${id}/"]`),
        ).not.toBeNull();
      }
    },
  );

  it('publishes a machine-readable definition of every target, compound ones included', () => {
    // The address holds an index of parts; a program reads every part it lists.
    const published = dataset(undefined, '/du-lieu/chi-tieu.json', 'targets')
      .records as unknown as {
      id: string;
      measures: { milestones: { value: number }[] }[];
    }[];
    expect(published.map((t) => t.id).sort()).toEqual(targets.map((t) => t.id).sort());
    const byId = Object.fromEntries(published.map((t) => [t.id, t]));
    expect(byId['lao-cai-03-kh-ccb/ii-2-6']!.measures.length).toBeGreaterThanOrEqual(2);
    expect(byId['lao-cai-03-kh-ccb/ii-2-8']!.measures).toHaveLength(2);
    // 2.4 is stepped: 96 % up to 2025, then 98 %.
    expect(byId['lao-cai-03-kh-ccb/ii-2-4']!.measures[0]!.milestones.map((m) => m.value)).toEqual([
      96, 98,
    ]);
  });

  it('says stepped milestones in the text’s own words on the target page', () => {
    const text = textOf(loadPage('/chi-tieu/lao-cai-03-kh-ccb/ii-2-4/').querySelector('main'));
    expect(text).toContain('“96% trở lên” cuối mỗi năm, từ 2022 đến 2025');
    expect(text).toContain('“98% trở lên” cuối mỗi năm, từ 2026 đến 2030');
  });
});

describe('themes', () => {
  it.each(themes.map((t) => [t.id, t] as const))(
    'theme %s lists every task and target on it',
    (id, theme) => {
      const page = loadPage(`/chu-de/${id}/`);
      expect(textOf(page.querySelector('h1'))).toContain(theme.name);
      const listed = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href') ?? '');
      const expected = [
        ...tasks.filter((t) => t.data.themes!.includes(id!)).map((t) => `/nhiem-vu/${t.id}/`),
        ...targets.filter((t) => t.data.themes!.includes(id!)).map(pageOf),
      ];
      const linked = listed.filter((href) => /\/(nhiem-vu|chi-tieu|theo-doi)\/.+\/.+\//.test(href));
      expect(linked.sort()).toEqual(expected.sort());
    },
  );

  it('connects the two plans: some theme holds tasks of both', () => {
    const shared = themes.filter((theme) =>
      plans.every((plan) =>
        tasks.some((t) => t.data.plan === plan.id && t.data.themes!.includes(theme.id!)),
      ),
    );
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('plans list and plan page', () => {
  it('lists each plan with number, date, issuer, summary, period and province', () => {
    const rows = [...loadPage('/ke-hoach/').querySelectorAll('tbody tr')].map((row) => textOf(row));
    expect(rows).toHaveLength(plans.length);
    for (const plan of plans) {
      const row = rows.find((r) => r.includes(plan.data.number as string))!;
      expect(row).toContain(plan.data.issued);
      expect(row).toContain(plan.data.issuer);
      expect(row).toContain((plan.data.summary as string).slice(0, 30));
      expect(row).toContain(`${(plan.data.period as { from: number }).from}–`);
    }
  });

  it.each(plans.map((p) => [p.id, p] as const))(
    '%s has a table of contents whose links all land on a section',
    (id) => {
      const page = loadPage(`/ke-hoach/${id}/`);
      const links = [...page.querySelectorAll('nav[aria-labelledby="muc-luc"] a')];
      expect(links.length).toBeGreaterThan(8);
      for (const link of links)
        expect(page.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    },
  );

  it('gives every numbered section a stable anchor with a link to it', () => {
    const page = loadPage('/ke-hoach/lao-cai-03-kh-ccb/');
    for (const number of ['I', 'II', 'II.1', 'II.2', 'II.2.4', 'III', 'III.1', 'III.6', 'IV']) {
      const section = page.getElementById(anchorOf(number));
      expect(section, number).not.toBeNull();
      expect(
        section!.querySelector(`copy-link a[href="#${anchorOf(number)}"]`),
        number,
      ).not.toBeNull();
    }
  });

  it('shows the Party header on the Tỉnh ủy plan and the national motto on the Association plan', () => {
    const partyHeader = textOf(
      loadPage('/ke-hoach/lai-chau-16-kh-tu/').querySelector('.document-header'),
    );
    expect(partyHeader).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(partyHeader).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const stateHeader = textOf(
      loadPage('/ke-hoach/lao-cai-03-kh-ccb/').querySelector('.document-header'),
    );
    expect(stateHeader).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(stateHeader).toContain('Độc lập – Tự do – Hạnh phúc');
  });

  it('records the legal basis and the digital signatures as metadata', () => {
    const meta = textOf(
      loadPage('/ke-hoach/lao-cai-03-kh-ccb/').querySelector(
        '[aria-labelledby="thong-tin-van-ban"]',
      ),
    );
    expect(meta).toContain('29-NQ/TU');
    expect(meta).toContain('22/07/2022');
    expect(meta).toContain('08/11/2022 lúc 15:30');
    const laiChau = textOf(
      loadPage('/ke-hoach/lai-chau-16-kh-tu/').querySelector(
        '[aria-labelledby="thong-tin-van-ban"]',
      ),
    );
    expect(laiChau).toContain('196-KL/TW');
    expect(laiChau).toContain('03/10/2025');
  });
});
