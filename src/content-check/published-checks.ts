import { unitsById, withinProvince } from '../lib/units.ts';
import { ids, missingReference, validEntries, type CrossCheck } from './entries.ts';
import type { Problem } from './problem.ts';

/**
 * Checks of published figures (content/so-lieu-cong-bo.yaml) against the units and targets they
 * name: the place exists, and each target the figure informs is a target a plan states for the
 * province the figure is about.
 */
export const publishedFiguresPlaced: CrossCheck = (index) => {
  const units = unitsById(validEntries(index.units).map((unit) => unit.data));
  const plans = validEntries(index.plans);
  const targets = validEntries(index.targets);
  return validEntries(index.published).flatMap((figure): Problem[] => {
    const { place, informs } = figure.data;
    if (!units.has(place))
      return [
        missingReference(
          figure,
          ['place'],
          place,
          ids(index.units),
          'đơn vị',
          'content/don-vi.yaml',
        ),
      ];
    return informs.flatMap((id, i): Problem[] => {
      const target = targets.find((t) => t.id === id);
      if (!target)
        return index.targets.some((t) => t.id === id)
          ? []
          : [
              missingReference(
                figure,
                ['informs', i],
                id,
                ids(index.targets),
                'chỉ tiêu',
                'content/chi-tieu/',
              ),
            ];
      const at = { file: figure.file, line: figure.lineOf(['informs', i]), field: `informs[${i}]` };
      if (target.data.kind !== 'target')
        return [
          {
            ...at,
            message: `"${id}" là việc theo dõi do ban biên tập đặt ra, không phải chỉ tiêu của văn bản`,
            fix: 'chỉ ghi chỉ tiêu của văn bản.',
          },
        ];
      const province = plans.find((plan) => plan.id === target.data.plan)?.data.province;
      return province && !withinProvince(place, province, units)
        ? [
            {
              ...at,
              message: `con số nói về "${place}", không thuộc tỉnh của kế hoạch có chỉ tiêu "${id}"`,
              fix: 'chỉ gắn với chỉ tiêu của kế hoạch cùng tỉnh.',
            },
          ]
        : [];
    });
  });
};
