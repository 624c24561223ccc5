/** Status cells use the tracker's words (synonyms such as "Đã hoàn thành", "HT", and remarks after a status are understood). */
import { STATUSES, bareSubmission, nearestStatus, otherWordFor, productKind, readStatus, SUBMITTED } from '../status';
import type { Check } from './context';
import { fieldCell } from './context';
import { isBlankField, isJoined } from '../reading/model';
import { foldKey, foldText, matchKey } from '../text';

export const status: Check = {
  // source-status-changed is said by analyse, where the tracker's statuses are read.
  codes: ['unknown-status', 'source-status-changed'],
  run(ctx) {
    for (let i = 0; i < ctx.tasks.length; i++) {
      const t = ctx.tasks[i];
      const text = t.parsed.text.status;
      const at = fieldCell(t, 'status');
      // "-" alone: no status yet, counted as none (toTask), not a word outside the list.
      if (!text || !at || isBlankField(text)) continue;
      const ticks = t.parsed.table.ticks;
      if (t.parsed.badTicks && ticks) {
        ctx.emit('unknown-status', at, { value: text, hint: `Đánh dấu "x" vào một ô duy nhất trong các cột: ${ticks.map((c) => c.status).join(', ')}.` }, { fix: null });
        continue;
      }
      if (readStatus(text)) continue;
      const near = nearestStatus(text);
      ctx.emit('unknown-status', at, { value: text, hint: statusHint(text, near, t.parsed.text.product) }, { fix: near && !isJoined(t.parsed, 'status') ? near : null });
    }
  },
};

/** A word's letters without its vowels' marks ("đúng" → "đung"): "đ" stays apart from "d". */
const letters = (word: string): string => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Whether a typed word differs from the status's only in its vowels' marks, as a slip does ("Chấm" for
 * "Chậm", "Bố" for "Bỏ"); "Đúng" is no slip for "Dừng" ("đ" is another letter) but another word.
 */
function sameLetters(text: string, word: string): boolean {
  const typed = matchKey(text).split(/[^\p{L}]+/u).filter(Boolean);
  return letters(typed[typed.length - 1] ?? '') === letters(word);
}

/** The hint of an unknown status: the status it may be, or how to decide ("Đã trình …" by the product). */
export function statusHint(text: string, near: string | null, product: string | null | undefined): string {
  // "Chấm" for "Chậm": another word, so only asked about, never rewritten.
  const word = otherWordFor(text);
  const alone = word && word !== 'ht' && foldText(text) === foldKey(word) && sameLetters(text, word);
  const asked = near ?? (alone ? word[0].toUpperCase() + word.slice(1) : null);
  if (asked) return `Có phải "${asked}"?`;
  // Done or not depends on the product: the submission itself, or what another body is to issue.
  if (SUBMITTED.test(foldKey(text))) {
    const of = product ? ` ("${product}")` : '';
    // A wait or a draft written after it ("đang chờ thẩm định"): the product does not decide.
    const kind = product && bareSubmission(text) ? productKind(foldKey(product)) : null;
    if (kind === 'sent') return `Có phải "Hoàn thành"? Sản phẩm${of} là văn bản đã trình, gửi.`;
    if (kind === 'issued') return `Có phải "Đang thực hiện"? Sản phẩm${of} còn chờ cơ quan khác ban hành, phê duyệt.`;
    return `Ghi "Hoàn thành" nếu sản phẩm${of} là văn bản đã trình, gửi; "Đang thực hiện" hay "Đã trình, chờ phê duyệt" nếu còn chờ cơ quan khác ban hành, phê duyệt.`;
  }
  return `Dùng một trong: ${STATUSES.join(', ')}.`;
}

