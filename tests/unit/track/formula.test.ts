import { remapFormula } from '../../../src/engine/track/formula';

/** Excel's copy: relative references move `rows` down and `columns` right, absolute ones stay. */
const slide = (formula: string, rows: number, columns: number) =>
  remapFormula(formula, (row, column, rowAbs, colAbs) => [rowAbs ? row : row + rows, colAbs ? column : column + columns]);

describe('remapFormula (every reference of a formula moved by a rule)', () => {
  it('moves relative references and keeps absolute ones, as Excel copies', () => {
    expect(slide('=J5+K$5+$L5+$M$5', 3, 0)).toBe('=J8+K$5+$L8+$M$5');
    expect(slide('=SUM(A2:B10)', -1, 2)).toBe('=SUM(C1:D9)');
    expect(slide("='Phụ lục II'!F57&Sheet1!A1", 1, 0)).toBe("='Phụ lục II'!F58&Sheet1!A2");
  });

  it('leaves text, sheet names, structured references, functions and names alone', () => {
    expect(slide('=IF(J5="Q3 A1","x","")', 2, 0)).toBe('=IF(J7="Q3 A1","x","")');
    expect(slide('=TheoDoi[@[Trạng thái]]&[@Col1]', 5, 5)).toBe('=TheoDoi[@[Trạng thái]]&[@Col1]');
    expect(slide('=LOG10(A1)+ATAN2(B1,1)', 1, 0)).toBe('=LOG10(A2)+ATAN2(B2,1)');
    expect(slide("='It''s A1'!B2", 1, 0)).toBe("='It''s A1'!B3");
    expect(slide('=IF(A1="J:J 5:5",1,0)', 0, 1)).toBe('=IF(B1="J:J 5:5",1,0)');
  });

  it('moves whole columns and whole rows too, ranges of them included', () => {
    expect(slide('=COUNTIF(J:J,"Hoàn thành")', 4, 2)).toBe('=COUNTIF(L:L,"Hoàn thành")');
    expect(slide('=SUM($J:L)+SUM(Z:Z)', 0, 1)).toBe('=SUM($J:M)+SUM(AA:AA)');
    expect(slide('=SUM(5:5)+SUM($2:7)', 3, 9)).toBe('=SUM(8:8)+SUM($2:10)');
    expect(slide('=A1:B2+C$3:D4', 1, 1)).toBe('=B2:C3+D$3:E5');
  });

  it('tells references to another sheet apart', () => {
    const seen: boolean[] = [];
    remapFormula("=A1+Sheet2!B2+'Phụ lục II'!C:C+'Phụ lục II'!4:4+D5", (row, column, _r, _c, otherSheet) => {
      seen.push(otherSheet);
      return [row, column];
    });
    // Piece by piece between quoted names: A1, B2; both ends of C:C; D5, then both ends of 4:4.
    expect(seen).toEqual([false, true, true, true, false, true, true]);
    // A range's second cell is on its first cell's sheet; cells grown longer do not confuse whole columns.
    const stay = (formula: string) => remapFormula(formula, (row, column, _r, _c, otherSheet) => (otherSheet ? [row, column] : [row + 991, column + 1]));
    expect(stay('=SUM(Sheet2!F2:F4)+J9+Sheet2!A:A+B:B')).toBe('=SUM(Sheet2!F2:F4)+K1000+Sheet2!A:A+C:C');
  });

  it('gives #REF! for a reference pushed off the sheet, and leaves constants as they are', () => {
    expect(slide('=A1*2', -1, 0)).toBe('=#REF!*2');
    expect(slide('=SUM(A:B)', 0, -1)).toBe('=SUM(#REF!)');
    expect(slide('A1', 3, 0)).toBe('A1');
    expect(slide('=A1', 0, 0)).toBe('=A1');
  });
});
