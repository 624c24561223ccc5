/**
 * "01 Lốp" among "01 lớp", "02 lớp": the word after a product's quantity written with other tone
 * marks than everywhere else in the sheet. Reported (info) only where one cell differs from a
 * spelling the sheet uses at least three times: a slip, not two habits.
 */
import type { Check } from './context';
import { fieldCell, typedText } from './context';
import { isJoined } from '../reading/model';
import { foldKey } from '../text';

/** A quantity, then its word: "01 lớp", "2 cuộc". */
const QUANTITY_WORD = /^(\s*\d+\s+)(\p{L}+)/u;
const USUAL = 3;
/**
 * Words that count a product themselves: "01 Sổ tay" among "12 số" is another product, not a slip
 * of "số" ("sổ" and "số" differ by one mark, like "lốp" and "lớp", but both are product words).
 */
const PRODUCT_WORDS = new Set(['lớp', 'khóa', 'khoá', 'cuộc', 'buổi', 'đợt', 'lượt', 'số', 'sổ', 'bộ', 'bản', 'bài', 'tập', 'cuốn', 'quyển', 'tờ', 'tin', 'kỳ', 'kì', 'mẫu', 'đoàn', 'chuyến', 'hội', 'văn', 'báo', 'kế', 'đề', 'dự', 'mô', 'ấn', 'phóng', 'chuyên', 'gói', 'hệ', 'phần', 'trang', 'điểm', 'cơ', 'doanh', 'sản', 'nhiệm', 'chương', 'tài', 'người', 'học']);

export const productSpelling: Check = {
  codes: ['product-spelling'],
  run(ctx) {
    // sheet|folded word → spelling (lower case) → tasks using it
    const uses = new Map<string, Map<string, number[]>>();
    ctx.tasks.forEach((t, i) => {
      const m = QUANTITY_WORD.exec(t.parsed.text.product ?? '');
      if (!m) return;
      const key = `${t.parsed.sheet}|${foldKey(m[2])}`;
      let spellings = uses.get(key);
      if (!spellings) uses.set(key, (spellings = new Map()));
      const spelling = m[2].toLowerCase();
      const rows = spellings.get(spelling);
      if (rows) rows.push(i);
      else spellings.set(spelling, [i]);
    });
    for (const spellings of uses.values()) {
      if (spellings.size < 2) continue;
      const [usual, usualTasks] = [...spellings].sort((a, b) => b[1].length - a[1].length)[0];
      if (usualTasks.length < USUAL) continue;
      for (const [spelling, tasks] of spellings) {
        if (spelling === usual || tasks.length > 1 || PRODUCT_WORDS.has(spelling)) continue;
        const t = ctx.tasks[tasks[0]];
        const at = fieldCell(t, 'product');
        const text = t.parsed.text.product!;
        if (!at) continue;
        const m = QUANTITY_WORD.exec(text)!;
        // The usual word with the cell's own capital: "01 Lốp" → "01 Lớp".
        const word = m[2][0] === m[2][0].toUpperCase() ? usual[0].toUpperCase() + usual.slice(1) : usual;
        const fixed = m[1] + word + text.slice(m[0].length);
        ctx.emit('product-spelling', at, { value: text, word: m[2], usual, count: usualTasks.length, fixed }, { fix: isJoined(t.parsed, 'product') ? null : inTyped(typedText(ctx, t, 'product')!, word) });
      }
    }
  },
};

/** The cell as typed with only its slipped word replaced: "01 Lốp⏎(50 học viên)" keeps its line break. */
function inTyped(typed: string, word: string): string | null {
  const m = QUANTITY_WORD.exec(typed);
  return m ? m[1] + word + typed.slice(m[0].length) : null;
}
