/** Which province a unit belongs to, across the 01/07/2025 reorganisation. */

export interface UnitLink {
  level: 'province' | 'district' | 'commune';
  parent?: string;
  successors: readonly string[];
}

/**
 * True when the unit lies in the province: through its parents, up to the province itself or to a
 * former province it succeeded (a commune of the old tỉnh Lào Cai belongs to today's tỉnh Lào Cai).
 */
export function withinProvince(
  unitId: string,
  provinceId: string,
  units: ReadonlyMap<string, UnitLink>,
): boolean {
  const seen = new Set<string>();
  let current: string | undefined = unitId;
  while (current && !seen.has(current)) {
    seen.add(current);
    const unit = units.get(current);
    if (!unit) return false;
    if (unit.level === 'province')
      return current === provinceId || unit.successors.includes(provinceId);
    current = unit.parent;
  }
  return false;
}
