/** "Quý III (96 nhiệm vụ)": the count a heading states matches the tasks under it. */
import type { Check } from './context';
import type { ParsedSection } from '../reading/model';
import type { SheetView } from '../sheet/view';
import { countIn, figureCount, kpiCountIn } from '../reading/headings';
import { foldKey } from '../text';

export const declaredCounts: Check = {
  codes: ['declared-count-mismatch'],
  run(ctx) {
    for (const sheet of ctx.sheets) {
      for (const s of sheet.sections) {
        if (s.declared === null) continue;
        // The heading's count and a count line's under it: the one that disagrees, once.
        const wrong = [{ declared: s.declared, row: s.countAt?.row ?? s.row, col: s.countAt?.col ?? s.col }, s.alsoDeclared].find((c) => c && c.declared !== s.actual);
        if (!wrong) continue;
        const view = ctx.views.get(s.sheet)!;
        ctx.emit('declared-count-mismatch', { sheet: s.sheet, row: wrong.row, col: countColumn(view, wrong, wrong.declared) }, {
          label: ownLabel(view, s),
          declared: wrong.declared,
          counted: s.counts === 'kpi' ? 'chỉ tiêu' : 'nhiệm vụ',
          actual: s.actual,
          // The rows the user sees and the count differ by the sub-indicators: say why.
          parts: s.kpiParts ? ` (không tính ${s.kpiParts} dòng "-" không số: chỉ tiêu thành phần của chỉ tiêu đánh số bên trên)` : s.groupedItems ? ` (tính từng mục dưới dòng nhóm; tính mỗi nhóm là một nhiệm vụ như số thứ tự thì có ${s.actual - s.groupedItems})` : '',
          // More rows than stated: one typed twice or added, not one missing.
          gap: s.actual < wrong.declared ? 'còn thiếu' : 'thừa hay ghi trùng',
        });
      }
    }
  },
};

/**
 * The cell of the heading's row that states the count, the one to correct: "(96 nhiệm vụ)" or a
 * bare "72" in a cell of its own ("Quý III | (96 nhiệm vụ)", "Tổng cộng | | 72"); else the heading's.
 */
function countColumn(view: SheetView, s: { row: number; col: number }, declared: number): number {
  for (let c = s.col; c <= view.colCount; c++) {
    const text = view.text(s.row, c);
    if (text && (countIn(foldKey(text)) ?? kpiCountIn(foldKey(text))) === declared) return c;
  }
  for (let c = s.col + 1; c <= view.colCount; c++) {
    if (figureCount(view.text(s.row, c)) === declared) return c;
  }
  return s.col;
}

/**
 * A total row in its own words ("Cộng", "Tổng số nhiệm vụ", "Tổng cộng Quý IV"): the words before
 * its count, so the finding names the row the user sees. Other headings keep their label.
 */
function ownLabel(view: SheetView, s: ParsedSection): string {
  if (s.level !== 0) return s.label;
  const words = view
    .text(s.row, wordsColumn(view, s))
    .split(/[:(]/)[0]!
    .replace(/\s+\d[\d.,]*(?:\s+(?:nhiệm vụ|nội dung))?\s*$/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return words && words.length <= 60 ? words : s.label;
}

/** The first cell of a total row that has words: its count may stand left of them ("3 | Tổng cộng"). */
function wordsColumn(view: SheetView, s: ParsedSection): number {
  for (let c = s.col; c <= view.colCount; c++) if (/\p{L}/u.test(view.text(s.row, c))) return c;
  return s.col;
}
