import { slideFormula } from '../../../src/engine/track';

describe('slideFormula (a formula moved as Excel copies it)', () => {
  it('moves relative references and keeps absolute ones', () => {
    expect(slideFormula('=J5+K$5+$L5+$M$5', 3, 0)).toBe('=J8+K$5+$L8+$M$5');
    expect(slideFormula('=SUM(A2:B10)', -1, 2)).toBe('=SUM(C1:D9)');
    expect(slideFormula("='Phụ lục II'!F57&Sheet1!A1", 1, 0)).toBe("='Phụ lục II'!F58&Sheet1!A2");
  });

  it('leaves text, sheet names, structured references, functions and names alone', () => {
    expect(slideFormula('=IF(J5="Q3 A1","x","")', 2, 0)).toBe('=IF(J7="Q3 A1","x","")');
    expect(slideFormula('=TheoDoi[@[Trạng thái]]&[@Col1]', 5, 5)).toBe('=TheoDoi[@[Trạng thái]]&[@Col1]');
    expect(slideFormula('=LOG10(A1)+ATAN2(B1,1)', 1, 0)).toBe('=LOG10(A2)+ATAN2(B2,1)');
    expect(slideFormula("='It''s A1'!B2", 1, 0)).toBe("='It''s A1'!B3");
    expect(slideFormula('=J:J', 4, 0)).toBe('=J:J');
  });

  it('gives #REF! for a reference pushed off the sheet, and leaves constants as they are', () => {
    expect(slideFormula('=A1*2', -1, 0)).toBe('=#REF!*2');
    expect(slideFormula('A1', 3, 0)).toBe('A1');
    expect(slideFormula('=A1', 0, 0)).toBe('=A1');
  });
});
