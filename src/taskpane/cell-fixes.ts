/**
 * Several findings may fix the same cell: "Phòng HC-TH, TTUD" has one finding for "Phòng HC-TH"
 * (→ "Phòng HCTH, TTUD") and one for "TTUD" (→ "Phòng HC-TH, Trung tâm"). Each fix is a whole
 * new value of the cell; applying them together means applying each one's edit — the part of the
 * cell it changes — to the same text: "Phòng HCTH, Trung tâm".
 */

/** One fix as an edit of the current text: `text[start, end)` becomes `insert`. */
interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** The smallest edit turning `from` into `to` (common beginning and end kept). */
export function editBetween(from: string, to: string): Edit {
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let tail = 0;
  while (tail < from.length - start && tail < to.length - start && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  return { start, end: from.length - tail, insert: to.slice(start, to.length - tail) };
}

const sameEdit = (a: Edit, b: Edit) => a.start === b.start && a.end === b.end && a.insert === b.insert;

/** Two edits apply together when they touch different parts of the text (an order is clear). */
function apart(a: Edit, b: Edit): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.end <= second.start && first.start < second.start;
}

/**
 * The cell's value with every fix applied, and which fixes (their indices) went in. A fix that
 * changes part of the text another fix before it changes (two fixes of the same words, or a fix of
 * the whole cell) is left out: the next check finds it again on the new value.
 */
export function combineCellFixes(current: string, values: readonly string[]): { value: string; applied: number[] } {
  const edits: Edit[] = [];
  const applied: number[] = [];
  values.forEach((value, i) => {
    if (value === current) return;
    const edit = editBetween(current, value);
    if (edits.some((e) => sameEdit(e, edit))) {
      applied.push(i);
      return;
    }
    if (!edits.every((e) => apart(e, edit))) return;
    edits.push(edit);
    applied.push(i);
  });
  // From the end of the text backwards, so each edit's place is still where it was measured.
  let value = current;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) value = value.slice(0, e.start) + e.insert + value.slice(e.end);
  return { value, applied };
}
