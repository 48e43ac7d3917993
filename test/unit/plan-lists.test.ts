import { describe, expect, it } from 'vitest';
import {
  listedItems,
  planItemPath,
  servedItems,
  type PlanItem,
} from '../../src/lib/listed-items.ts';
import {
  compareIssuedNewestFirst,
  compareModels,
  comparePlanItems,
  comparePublishedNewestFirst,
} from '../../src/lib/order.ts';
import { outlineItems, outlineTree } from '../../src/lib/outline.ts';
import { planLabel, planSource } from '../../src/lib/plans.ts';
import { listTasks, tasksByPart } from '../../src/lib/task-parts.ts';

const plans = [
  { id: 'lao-cai', data: { docType: 'Kế hoạch', number: '03/KH-CCB', place: 'Lào Cai' } },
  { id: 'lai-chau', data: { docType: 'Kế hoạch', number: '16-KH/TU', place: 'Lai Châu' } },
];
const task: PlanItem = {
  kind: 'task',
  id: 'lao-cai/iii-1',
  plan: 'lao-cai',
  number: 'III.1',
  numberedInSource: true,
  title: 'Tuyên truyền',
};
const unnumbered: PlanItem = {
  ...task,
  id: 'lao-cai/iv-2',
  number: 'IV.2',
  numberedInSource: false,
};
const target: PlanItem = {
  kind: 'target',
  id: 'lai-chau/ii-1-a',
  plan: 'lai-chau',
  number: 'II.1.a',
  numberedInSource: true,
  title: 'Tỷ lệ hội viên',
};

describe('plans named to readers', () => {
  it('says a plan by type and number, and with its place in lists of several plans', () => {
    expect(planLabel(plans[0]!.data)).toBe('Kế hoạch số 03/KH-CCB');
    expect(planSource(plans[1]!.data)).toBe('Kế hoạch số 16-KH/TU (Lai Châu)');
  });
});

describe('lists of tasks and targets', () => {
  it('gives each row its page, its position as the source prints it, and its plan', () => {
    expect(listedItems([task, unnumbered, target], plans)).toEqual([
      {
        href: '/nhiem-vu/lao-cai/iii-1/',
        position: 'Nhiệm vụ, mục III.1',
        title: 'Tuyên truyền',
        source: 'Kế hoạch số 03/KH-CCB (Lào Cai)',
      },
      {
        href: '/nhiem-vu/lao-cai/iv-2/',
        position: 'Nhiệm vụ, mục IV, đoạn 2',
        title: 'Tuyên truyền',
        source: 'Kế hoạch số 03/KH-CCB (Lào Cai)',
      },
      {
        href: '/chi-tieu/lai-chau/ii-1-a/',
        position: 'Chỉ tiêu, mục II.1.a',
        title: 'Tỷ lệ hội viên',
        source: 'Kế hoạch số 16-KH/TU (Lai Châu)',
      },
    ]);
  });

  it("leaves the plan out when the whole list is one plan's", () => {
    expect(listedItems([task], plans, false)[0]!.source).toBeUndefined();
  });

  it('links what a model or story serves, naming the plan', () => {
    expect(servedItems([task, target], plans)).toEqual([
      {
        href: planItemPath(task),
        position: 'Nhiệm vụ mục III.1',
        title: 'Tuyên truyền',
        source: 'Kế hoạch số 03/KH-CCB (Lào Cai)',
      },
      {
        href: '/chi-tieu/lai-chau/ii-1-a/',
        position: 'Chỉ tiêu mục II.1.a',
        title: 'Tỷ lệ hội viên',
        source: 'Kế hoạch số 16-KH/TU (Lai Châu)',
      },
    ]);
  });

  it('groups a plan’s tasks by part, in the plan’s order, leaving out empty parts', () => {
    const tasks = [
      { id: '1', data: { section: 'implementation' as const } },
      { id: '2', data: { section: 'implementation' as const } },
    ];
    expect(tasksByPart(tasks)).toEqual([
      { part: 'implementation', heading: 'Tổ chức thực hiện', tasks },
    ]);
  });

  it('lists every task plan by plan in the plans’ order, then part by part, for the paged tasks list', () => {
    const plans = [{ id: 'moi' }, { id: 'cu' }];
    const tasks = [
      { id: 'cu/1', data: { plan: 'cu', section: 'tasks' as const } },
      { id: 'moi/9', data: { plan: 'moi', section: 'implementation' as const } },
      { id: 'moi/1', data: { plan: 'moi', section: 'tasks' as const } },
    ];
    expect(
      listTasks(plans, tasks).map(({ plan, heading, task }) => `${plan.id} ${heading} ${task.id}`),
    ).toEqual([
      'moi Nhiệm vụ, giải pháp moi/1',
      'moi Tổ chức thực hiện moi/9',
      'cu Nhiệm vụ, giải pháp cu/1',
    ]);
  });
});

describe('the order readers expect', () => {
  it('puts the most recently issued plan first', () => {
    const issued = ['07/11/2022', '13/11/2025', '01/12/2022'].map((d) => ({ issued: d }));
    expect(issued.sort(compareIssuedNewestFirst).map((p) => p.issued)).toEqual([
      '13/11/2025',
      '01/12/2022',
      '07/11/2022',
    ]);
  });

  it('orders tasks plan by plan, then as numbered: II before IV, 2.9 before 2.10', () => {
    const items = [
      { plan: 'b', number: 'II.1' },
      { plan: 'a', number: 'IV' },
      { plan: 'a', number: 'II.10' },
      { plan: 'a', number: 'II.9' },
    ];
    expect(items.sort(comparePlanItems).map((i) => `${i.plan} ${i.number}`)).toEqual([
      'a II.9',
      'a II.10',
      'a IV',
      'b II.1',
    ]);
  });

  it('lists models newest start first, then by name in Vietnamese order', () => {
    const models = [
      { yearStarted: 2023, name: 'Đội' },
      { yearStarted: 2024, name: 'Tổ' },
      { yearStarted: 2023, name: 'Câu lạc bộ' },
      { yearStarted: 2023, name: 'Dân' },
    ];
    expect(models.sort(compareModels).map((m) => m.name)).toEqual([
      'Tổ',
      'Câu lạc bộ',
      'Dân',
      'Đội',
    ]);
  });

  it('puts the most recently published story first', () => {
    const stories = ['02/01/2025', '31/12/2024', '15/03/2025'].map((d) => ({ published: d }));
    expect(stories.sort(comparePublishedNewestFirst).map((s) => s.published)).toEqual([
      '15/03/2025',
      '02/01/2025',
      '31/12/2024',
    ]);
  });
});

describe('the table of contents of a plan', () => {
  const headings = [
    { number: 'II', text: 'II. NHIỆM VỤ' },
    { number: 'II.2', text: '2. Chỉ tiêu cụ thể' },
    { number: 'III', text: 'III. TỔ CHỨC THỰC HIỆN' },
  ];
  it('lists tasks with the number the source prints, and targets not already inside a task', () => {
    const items = outlineItems(
      [
        { number: 'II.1', title: 'Tuyên truyền', numberedInSource: true },
        { number: 'III.2', title: 'Đoạn không số', numberedInSource: false },
      ],
      [
        { number: 'II.2.4', title: 'Tỷ lệ tập hợp' },
        { number: 'II.1.a', title: 'Trong nhiệm vụ', textFrom: 'plan/ii-1' },
      ],
    );
    expect(items).toEqual([
      { number: 'II.1', title: 'Tuyên truyền', shownNumber: '1' },
      { number: 'III.2', title: 'Đoạn không số', shownNumber: undefined },
      { number: 'II.2.4', title: 'Tỷ lệ tập hợp', shownNumber: '2.4' },
    ]);
    const tree = outlineTree(headings, items);
    expect(
      tree.map((entry) => [entry.heading.number, entry.children.map((c) => c.number)]),
    ).toEqual([
      ['II', ['II.1']],
      ['II.2', ['II.2.4']],
      ['III', ['III.2']],
    ]);
  });
});
