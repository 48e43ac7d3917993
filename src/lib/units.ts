import type { Unit } from '../schemas/unit.ts';
import { toIsoDate } from './format/date.ts';
import { periodEnd, type Period } from './progress/periods.ts';

/**
 * The tree of units (province → former district → commune) across the 01/07/2025 reorganisation:
 * the one place that walks parents and successors. Every page, chart and count that asks where a
 * record lies, or what a place is called today, asks here.
 */

/** All units by id: what every function here walks. */
export type Units = ReadonlyMap<string, Unit>;

export function unitsById(units: readonly Unit[]): Units {
  return new Map(units.map((unit) => [unit.id, unit]));
}

/** The unit's recorded name, or its id when it is not in the list. */
export function unitName(id: string, units: Units): string {
  return units.get(id)?.name ?? id;
}

/** The unit as it exists today: follows successors until a unit without an end date. */
export function currentUnit(id: string, units: Units): Unit | undefined {
  let unit = units.get(id);
  const seen = new Set<string>();
  while (unit?.validTo && unit.successors[0] && !seen.has(unit.id)) {
    seen.add(unit.id);
    unit = units.get(unit.successors[0]);
  }
  return unit;
}

/** Today's province of a unit: the current form of its province (e.g. former Yên Bái → Lào Cai). */
export function currentProvince(id: string, units: Units): Unit | undefined {
  let unit = units.get(id);
  const seen = new Set<string>();
  while (unit && unit.level !== 'province' && unit.parent && !seen.has(unit.id)) {
    seen.add(unit.id);
    unit = units.get(unit.parent);
  }
  return unit && unit.level === 'province' ? currentUnit(unit.id, units) : undefined;
}

/**
 * True when the unit lies in the province: through its parents, up to the province itself or to a
 * former province it succeeded (a commune of the old tỉnh Lào Cai belongs to today's tỉnh Lào Cai).
 */
export function withinProvince(unitId: string, provinceId: string, units: Units): boolean {
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

/**
 * How a place is said to readers: today's name first, the former one in brackets, never a
 * district as a current level. "xã Bát Xát, tỉnh Lào Cai (trước 01/07/2025: xã Quang Kim, huyện Bát Xát)".
 */
export function placeLabel(id: string, units: Units): string {
  const recorded = units.get(id);
  if (!recorded) return id;
  const today = currentUnit(id, units) ?? recorded;
  const province = currentProvince(id, units);
  const current =
    today.level === 'province' || !province ? today.name : `${today.name}, ${province.name}`;
  return today.id === recorded.id ? current : `${current} (trước 01/07/2025: ${recorded.name})`;
}

/** Whether the unit existed in this form on an ISO date ("yyyy-mm-dd"), its first and last days included. */
export function existedOn(unit: Pick<Unit, 'validFrom' | 'validTo'>, isoDate: string): boolean {
  return (
    !(unit.validTo && toIsoDate(unit.validTo) < isoDate) &&
    !(unit.validFrom && toIsoDate(unit.validFrom) > isoDate)
  );
}

/** Whether a value for the period can belong to the unit: it existed on the period's last day. */
export function existedAtEndOf(unit: Pick<Unit, 'validFrom' | 'validTo'>, period: Period): boolean {
  return existedOn(unit, periodEnd(period));
}

const LEVEL_RANK: Record<Unit['level'], number> = { province: 0, district: 1, commune: 2 };

/** Provinces before districts before communes: the order units are listed in. */
export const compareLevels = (a: Pick<Unit, 'level'>, b: Pick<Unit, 'level'>) =>
  LEVEL_RANK[a.level] - LEVEL_RANK[b.level];
