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
