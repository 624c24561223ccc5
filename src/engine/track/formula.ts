/**
 * Moving a formula to another cell the way Excel's copy does: relative references (A1, B$2) follow
 * the move, absolute ones ($A$1) stay. Used to carry formulas of columns users added to the tracker
 * when its rows are rewritten in another order; `remapFormula` moves references by any rule.
 */
import { columnLetter, columnNumber } from '../grid';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384; // XFD

/** A1-style reference not glued to a name: not after a letter, digit, "_" or "."; not before "(" or "!". */
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])/g;

/** Where a reference goes: 1-based row and column in, row and column out (off the sheet: #REF!). */
type Move = (row: number, column: number, rowAbsolute: boolean, columnAbsolute: boolean) => [number, number];

function movePlain(text: string, move: Move): string {
  return text.replace(REFERENCE, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    const col = columnNumber(letters);
    const row = Number(digits);
    if (col > MAX_COLUMN || row < 1 || row > MAX_ROW) return whole; // a name such as "ABCD1", not a cell
    const [newRow, newCol] = move(row, col, rowAbs !== '', colAbs !== '');
    if (newCol < 1 || newCol > MAX_COLUMN || newRow < 1 || newRow > MAX_ROW) return '#REF!';
    return `${colAbs}${columnLetter(newCol)}${rowAbs}${newRow}`;
  });
}

/**
 * `formula` ("=IF(J5=\"Hoàn thành\";1;0)") as it reads once moved `rows` down and `columns` right.
 * Text in quotes, quoted sheet names and structured references ("[@[Kết quả]]") are left alone;
 * a reference pushed off the sheet becomes #REF!, as in Excel. Whole-row or whole-column
 * references ("J:J") are left as they are.
 */
export function slideFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return remapFormula(formula, (row, column, rowAbs, colAbs) => [rowAbs ? row : row + rows, colAbs ? column : column + columns]);
}

/** Every A1 reference of `formula` moved by `move`, with the same exceptions as slideFormula. */
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
