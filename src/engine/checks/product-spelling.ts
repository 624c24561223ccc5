/**
 * "01 Lốp" among "01 lớp", "02 lớp": the word after a product's quantity written with other tone
 * marks than everywhere else in the sheet. Reported (info) only where a few cells differ from a
 * spelling the sheet uses at least three times and more than twice as often: a slip (maybe copied
 * to another row), not two habits. Old and new tone placement ("thoả", "thỏa") are one spelling.
 */
import type { AnalysedTask, Check, CheckContext } from './context';
import { fieldCell, typedText } from './context';
import { isJoined } from '../reading/model';
import { foldKey, matchKey } from '../text';

/** A quantity, then its word: "01 lớp", "2 cuộc". */
const QUANTITY_WORD = /^(\s*\d+\s+)(\p{L}+)/u;
const USUAL = 3;

/**
 * Whether a product may open with a quantity, by its first character: a digit, a space or a
 * character outside ASCII (QUANTITY_WORD decides). Spares the regex for the "Báo cáo" of most cells.
 */
function mayCount(product: string): boolean {
  const c = product.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x20 || (c >= 0x09 && c <= 0x0d) || c > 0x7f;
}
/**
 * Words that count a product themselves: "01 Sổ tay" among "12 số" is another product, not a slip
 * of "số" ("sổ" and "số" differ by one mark, like "lốp" and "lớp", but both are product words).
 */
const PRODUCT_WORDS = new Set(['lớp', 'khóa', 'khoá', 'cuộc', 'buổi', 'đợt', 'lượt', 'số', 'sổ', 'bộ', 'bản', 'bài', 'tập', 'cuốn', 'quyển', 'tờ', 'tin', 'kỳ', 'kì', 'mẫu', 'đoàn', 'chuyến', 'hội', 'văn', 'báo', 'kế', 'đề', 'dự', 'mô', 'ấn', 'phóng', 'chuyên', 'gói', 'hệ', 'phần', 'trang', 'điểm', 'cơ', 'doanh', 'sản', 'nhiệm', 'chương', 'tài', 'người', 'học']);

export const productSpelling: Check = {
  codes: ['product-spelling'],
  run(ctx) {
    // sheet|folded word → spelling (matchKey: "thoả" and "thỏa" are one) → its first form, lower case, and the tasks using it
    const uses = new Map<string, Map<string, { word: string; tasks: number[] }>>();
    ctx.tasks.forEach((t, i) => {
      const product = t.parsed.text.product ?? '';
      const m = mayCount(product) ? QUANTITY_WORD.exec(product) : null;
      if (!m) return;
      const key = `${t.parsed.sheet}|${foldKey(m[2])}`;
      let spellings = uses.get(key);
      if (!spellings) uses.set(key, (spellings = new Map()));
      const spelling = matchKey(m[2]);
      const use = spellings.get(spelling);
      if (use) use.tasks.push(i);
      else spellings.set(spelling, { word: m[2].toLowerCase(), tasks: [i] });
    });
    for (const spellings of uses.values()) {
      if (spellings.size < 2) continue;
      const { word: usual, tasks: usualTasks } = [...spellings.values()].sort((a, b) => b.tasks.length - a.tasks.length)[0];
      if (usualTasks.length < USUAL) continue;
      for (const { word: spelling, tasks } of spellings.values()) {
        // A slip is rare: under a third of the word's uses (once among 3, twice among 5, copied rows).
        if (spelling === usual || usualTasks.length < 2 * tasks.length + 1 || PRODUCT_WORDS.has(matchKey(spelling))) continue;
        for (const i of tasks) emitSlip(ctx, ctx.tasks[i], usual, usualTasks.length);
      }
    }
  },
};

function emitSlip(ctx: CheckContext, t: AnalysedTask, usual: string, count: number): void {
  const at = fieldCell(t, 'product');
  const text = t.parsed.text.product!;
  if (!at) return;
  const m = QUANTITY_WORD.exec(text)!;
  // The usual word with the cell's own capital: "01 Lốp" → "01 Lớp".
  const word = m[2][0] === m[2][0].toUpperCase() ? usual[0].toUpperCase() + usual.slice(1) : usual;
  const fixed = m[1] + word + text.slice(m[0].length);
  ctx.emit('product-spelling', at, { value: text, word: m[2], usual, count, fixed }, { fix: isJoined(t.parsed, 'product') ? null : inTyped(typedText(ctx, t, 'product')!, word) });
}

/** The cell as typed with only its slipped word replaced: "01 Lốp⏎(50 học viên)" keeps its line break. */
function inTyped(typed: string, word: string): string | null {
  const m = QUANTITY_WORD.exec(typed);
  return m ? m[1] + word + typed.slice(m[0].length) : null;
}
