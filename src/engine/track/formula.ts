/**
 * Moving the references of a formula by a rule: used to carry the formulas users keep in the
 * tracker when its rows and columns are written again in another order (track/values.ts).
 */
import { columnLetter, columnNumber } from '../grid';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384; // XFD

/** A1-style reference not glued to a name: not after a letter, digit, "_" or "."; not before "(" or "!". */
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])/g;
/** Whole columns ("J:J", "$J:$L"), not glued to a name either. */
const WHOLE_COLUMNS = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!.$:])/g;
/** Whole rows ("5:5", "$2:$180"). */
const WHOLE_ROWS = /(?<![A-Za-z0-9_.$:])(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.$:])/g;

/**
 * Where a reference goes: 1-based row and column in, row and column out (off the sheet: #REF!).
 * `otherSheet`: the reference names a sheet ("Phụ lục II!F12"), so it is not on the sheet moved.
 * A whole column is asked as its row 1 (row absolute), a whole row as its column A (column absolute).
 */
type Move = (row: number, column: number, rowAbsolute: boolean, columnAbsolute: boolean, otherSheet: boolean) => [number, number];

const onSheet = (row: number, column: number) => column >= 1 && column <= MAX_COLUMN && row >= 1 && row <= MAX_ROW;

function movePlain(text: string, move: Move): string {
  // A range's second cell is on the sheet its first names ("Sheet2!F2:F4").
  let rangeEnd = -1;
  let rangeOnOtherSheet = false;
  const afterSheetName = (str: string, offset: number) => str[offset - 1] === '!';
  return text
    .replace(REFERENCE, (whole, colAbs: string, letters: string, rowAbs: string, digits: string, offset: number) => {
      const col = columnNumber(letters);
      const row = Number(digits);
      if (!onSheet(row, col)) return whole; // a name such as "ABCD1", not a cell
      rangeOnOtherSheet = afterSheetName(text, offset) || (offset - 1 === rangeEnd && text[offset - 1] === ':' && rangeOnOtherSheet);
      rangeEnd = offset + whole.length;
      const [newRow, newCol] = move(row, col, rowAbs !== '', colAbs !== '', rangeOnOtherSheet);
      return onSheet(newRow, newCol) ? `${colAbs}${columnLetter(newCol)}${rowAbs}${newRow}` : '#REF!';
    })
    .replace(WHOLE_COLUMNS, (whole, abs1: string, from: string, abs2: string, to: string, offset: number, str: string) => {
      const ends = [columnNumber(from), columnNumber(to)];
      if (!ends.every((c) => onSheet(1, c))) return whole;
      const [a, b] = ends.map((c, k) => move(1, c, true, (k ? abs2 : abs1) !== '', afterSheetName(str, offset))[1]);
      return onSheet(1, a) && onSheet(1, b) ? `${abs1}${columnLetter(a)}:${abs2}${columnLetter(b)}` : '#REF!';
    })
    .replace(WHOLE_ROWS, (whole, abs1: string, from: string, abs2: string, to: string, offset: number, str: string) => {
      const ends = [Number(from), Number(to)];
      if (!ends.every((r) => onSheet(r, 1))) return whole;
      const [a, b] = ends.map((r, k) => move(r, 1, (k ? abs2 : abs1) !== '', true, afterSheetName(str, offset))[0]);
      return onSheet(a, 1) && onSheet(b, 1) ? `${abs1}${a}:${abs2}${b}` : '#REF!';
    });
}

/**
 * Every A1 reference of `formula` ("=IF(J5=\"Hoàn thành\";1;0)") moved by `move`, whole columns
 * ("J:J") and whole rows ("5:5") included. Text in quotes, quoted sheet names and structured
 * references ("[@[Kết quả]]") are left alone; a reference moved off the sheet becomes #REF!, as in
 * Excel. Constants (no "=") are returned as they are.
 */
export function remapFormula(formula: string, move: Move): string {
  if (!formula.startsWith('=')) return formula;
  let out = '';
  let plain = '';
  const flush = () => {
    out += movePlain(plain, move);
    plain = '';
  };
  for (let i = 0; i < formula.length; ) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      // A text literal or a quoted sheet name: up to the closing quote ("" and '' escape one).
      let j = i + 1;
      for (; j < formula.length; j++) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j++;
          else break;
        }
      }
      flush();
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '[') {
      // A structured reference, nested brackets included.
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        if (formula[j] === '[') depth++;
        else if (formula[j] === ']' && --depth === 0) break;
      }
      flush();
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return out;
}
