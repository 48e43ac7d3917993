/** Place logic for records tied to units that may have been reorganised (01/07/2025). */

export interface UnitLike {
  id: string;
  name: string;
  level: 'province' | 'district' | 'commune';
  parent?: string;
  validTo?: string;
  successors: string[];
}

/** The unit as it exists today: follows successors until a unit without an end date. */
export function currentUnit<U extends UnitLike>(id: string, units: readonly U[]): U | undefined {
  let unit = units.find((u) => u.id === id);
  const seen = new Set<string>();
  while (unit?.validTo && unit.successors[0] && !seen.has(unit.id)) {
    seen.add(unit.id);
    const next = unit.successors[0];
    unit = units.find((u) => u.id === next);
  }
  return unit;
}

/** Today's province of a unit: the current form of its province (e.g. former Yên Bái → Lào Cai). */
export function currentProvince<U extends UnitLike>(
  id: string,
  units: readonly U[],
): U | undefined {
  let unit = units.find((u) => u.id === id);
  while (unit && unit.level !== 'province' && unit.parent) {
    const parent = unit.parent;
    unit = units.find((u) => u.id === parent);
  }
  return unit && unit.level === 'province' ? currentUnit(unit.id, units) : undefined;
}

/**
 * How a place is said to readers: today's name first, the former one in brackets, never a
 * district as a current level. "xã Bát Xát, tỉnh Lào Cai (trước 01/07/2025: xã Quang Kim, huyện Bát Xát)".
 */
export function placeLabel<U extends UnitLike>(id: string, units: readonly U[]): string {
  const recorded = units.find((u) => u.id === id);
  if (!recorded) return id;
  const today = currentUnit(id, units) ?? recorded;
  const province = currentProvince(id, units);
  const current =
    today.level === 'province' || !province ? today.name : `${today.name}, ${province.name}`;
  return today.id === recorded.id ? current : `${current} (trước 01/07/2025: ${recorded.name})`;
}
