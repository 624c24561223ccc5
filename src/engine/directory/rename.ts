/**
 * Where a unit's work went in the next period. "Đổi tên thành" (renamedTo) names the unit that took
 * it over; users write its short name, its full name (the sheet's "Tên đầy đủ" column invites it) or
 * another spelling the directory knows.
 */
import { CtctInputError } from '../errors';
import { exactKey } from '../text';
import type { Period, Unit } from './types';


/** The unit of `period` a name means: its short name, full name or one of its other names. */
export function unitNamed(period: Period, name: string): Unit | undefined {
  const key = exactKey(name);
  return period.units.find((u) => [u.short, u.name, ...u.aliases].some((n) => exactKey(n) === key));
}

/**
 * Every "Đổi tên thành" names a unit of the next period (periods in date order): one that names none
 * would leave the outdated name without the suggestion users rely on, and silently.
 */
export function checkRenames(periods: readonly Period[], source: string): void {
  periods.forEach((period, i) => {
    const next = periods[i + 1];
    for (const unit of period.units) {
      if (!unit.renamedTo) continue;
      const where = `Danh mục "${source}" không hợp lệ: đơn vị "${unit.short}" của kỳ "${period.id}" có «Đổi tên thành» (renamedTo) "${unit.renamedTo}"`;
      if (!next) throw new CtctInputError('bad-directory', `${where} nhưng không có kỳ nào sau kỳ "${period.id}".`);
      if (!unitNamed(next, unit.renamedTo)) {
        const names = next.units.map((u) => u.short).join(', ');
        throw new CtctInputError('bad-directory', `${where}, không phải tên một đơn vị của kỳ sau "${next.id}" (các đơn vị: ${names}).`);
      }
    }
  });
}

/**
 * The unit of `periods[to]` that carries on `unit` of `periods[from]` (periods in date order), by its
 * renames ("Đổi tên thành"; without one the unit keeps its name); where they lead nowhere in `to`, a
 * unit of `to` bearing the very full name of one on the way, the latest first (2024 "Phòng TĐC", merged
 * into "Phòng QLCN" in 2025-03, is again "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng" in 2025-09).
 * One rule for a sheet's old name and for a consolidated summary over files of several periods.
 */
export function successorIn(periods: readonly Period[], unit: Unit, from: number, to: number): Unit | null {
  let u: Unit | undefined = unit;
  const passed: Unit[] = [];
  for (let i = from; u && i < to; i++) {
    passed.push(u);
    u = unitNamed(periods[i + 1], u.renamedTo ?? u.short);
  }
  if (u && periods[to].units.includes(u)) return u;
  for (const p of passed.reverse()) {
    const same = periods[to].units.filter((c) => !c.collective && exactKey(c.name) === exactKey(p.name));
    if (same.length === 1) return same[0];
  }
  return null;
}
