/**
 * One unit written several ways in one sheet ("Văn phòng Sở" / "VP Sở", "Phòng HCTH" /
 * "Phòng HC-TH"): filters and pivot tables then count it twice. Every cell is reported (as info,
 * with its fix), so "fix all of one kind" makes the sheet consistent in one go. Capitals alone
 * ("Văn Phòng Sở") are no other spelling: Excel's filters and pivot tables ignore case, and a fix
 * that writes the directory's name into such a sheet must not set off one finding per cell.
 */
import type { AnalysedTask, Check } from './context';
import type { NameMatch } from '../directory/matcher';
import { fieldCell, replaceNamesTyped, type CellAt, type NameReplacement } from './context';
import { isGeneric } from './units';
import { isJoined } from '../reading/model';
import { foldKey } from '../text';

interface Use {
  taskIndex: number;
  field: 'lead' | 'coord';
  written: string;
}

/** "Phòng QLCN&CN" → "QLCN&CN" (as written after "Phòng TĐC, "). */
function withoutPrefix(written: string): string {
  return written.replace(/^(?:Phòng|P\.)\s*/iu, '');
}

/** "Phòng QLCN&CN" and "QLCN&CN" are the same spelling, and so are "Văn Phòng Sở" and "Văn phòng Sở". */
function spelling(written: string): string {
  return withoutPrefix(written).toLocaleLowerCase('vi');
}

/** The first form written of each spelling, in the sheet's order. */
function firstOfEachSpelling(uses: readonly Use[]): string[] {
  const first = new Map<string, string>();
  for (const u of uses) if (!first.has(spelling(u.written))) first.set(spelling(u.written), u.written);
  return [...first.values()];
}

/** A known name written some way; the bare word a period's directory names a unit by (2024's "Trung tâm") is the word, not a spelling. */
function isSpelling(m: NameMatch): m is NameMatch & { canonical: string } {
  return m.status === 'current' && !!m.canonical && !(isGeneric(m.written) && isGeneric(m.canonical));
}

export const inconsistentSpelling: Check = {
  codes: ['inconsistent-spelling'],
  run(ctx) {
    // Most sheets write each unit one way: find the units written several ways first (cells repeat,
    // and their matches are shared, so each distinct cell is looked at once per sheet).
    const formsOf = new Map<string, Set<string>>();
    const looked = new Map<string, Set<NameMatch[]>>();
    const noteForms = (sheet: string, seen: Set<NameMatch[]>, matches: NameMatch[]) => {
      if (seen.has(matches)) return;
      seen.add(matches);
      for (const m of matches) {
        if (!isSpelling(m)) continue;
        const key = `${sheet}|${m.canonical}`;
        let forms = formsOf.get(key);
        if (!forms) formsOf.set(key, (forms = new Set()));
        forms.add(m.written);
      }
    };
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      let seen = looked.get(t.parsed.sheet);
      if (!seen) looked.set(t.parsed.sheet, (seen = new Set()));
      noteForms(t.parsed.sheet, seen, t.lead);
      noteForms(t.parsed.sheet, seen, t.coord);
    }
    const several = (sheet: string, m: NameMatch) => isSpelling(m) && formsOf.get(`${sheet}|${m.canonical}`)!.size > 1;
    if (![...formsOf.values()].some((forms) => forms.size > 1)) return;
    const bySheetUnit = new Map<string, Use[]>();
    ctx.tasks.forEach((t, taskIndex) => {
      for (const field of ['lead', 'coord'] as const) {
        for (const m of t[field]) {
          if (!several(t.parsed.sheet, m)) continue;
          const key = `${t.parsed.sheet}|${m.canonical}`;
          const uses = bySheetUnit.get(key) ?? [];
          uses.push({ taskIndex, field, written: m.written });
          bySheetUnit.set(key, uses);
        }
      }
    });
    // Each cell's findings first, then one fix per cell for all of them ("Phòng HC-TH, TTUD").
    const byCell = new Map<string, { t: AnalysedTask; field: 'lead' | 'coord'; at: CellAt; text: string; found: { u: Use; others: string; canonical: string; to: string | null }[] }>();
    for (const [key, all] of bySheetUnit) {
      const canonical = key.slice(key.indexOf('|') + 1);
      // The full name ("Phòng Quản lý Khoa học (QLKH)") on first mention is a convention, not a variant.
      const unit = ctx.tasks[all[0].taskIndex].scope.period.units.find((u) => u.short === canonical);
      const uses = all.filter((u) => !unit || unit.name === unit.short || !foldKey(u.written).startsWith(foldKey(unit.name)));
      const forms = new Set(uses.map((u) => spelling(u.written)));
      if (forms.size < 2) continue;
      // One form per spelling: "Phòng HCTH" and the "HCTH" of "Phòng QLKH & HCTH" are one.
      const firstForms = firstOfEachSpelling(uses);
      for (const u of uses) {
        if (spelling(u.written) === spelling(canonical)) continue;
        const t = ctx.tasks[u.taskIndex];
        const at = fieldCell(t, u.field);
        const text = t.parsed.text[u.field];
        if (!at || !text) continue;
        const others = firstForms
          .filter((w) => spelling(w) !== spelling(u.written))
          .map((w) => `"${w}"`)
          .join(', ');
        // A bare "Trung tâm" (a 2024 short name) could be any centre: "TTUD" is never pointed to it.
        const to = isGeneric(canonical) ? null : u.written.startsWith('Phòng') || u.field === 'lead' ? canonical : withoutPrefix(canonical);
        const cellKey = `${u.taskIndex}|${u.field}`;
        let cell = byCell.get(cellKey);
        if (!cell) byCell.set(cellKey, (cell = { t, field: u.field, at, text, found: [] }));
        cell.found.push({ u, others, canonical, to });
      }
    }
    for (const { t, field, at, text, found } of byCell.values()) {
      const replacements = found.flatMap((f): NameReplacement[] => (f.to ? [[f.u.written, f.to]] : []));
      const fix = isJoined(t.parsed, field) ? null : replaceNamesTyped(ctx, t, field, text, replacements);
      for (const f of found) {
        ctx.emit('inconsistent-spelling', at, { name: f.u.written, others: f.others, canonical: f.to ? f.canonical : null }, { field, fix: f.to ? fix : null, names: { task: t, field, replacements } });
      }
    }
  },
};
