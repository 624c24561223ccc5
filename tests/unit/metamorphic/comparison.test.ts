/**
 * The metamorphic comparison (tests/metamorphic/compare.ts) is not blind: an edit that changes what
 * the workbook says, or cells mapped to the wrong places, are reported.
 */
import { columnNumber } from '../../../src/engine';
import { differences } from '../../metamorphic/compare';
import { cloneModel, getCell } from '../../metamorphic/model';
import { analyseModel, base, BASES, check, edits } from '../../metamorphic/run';
import { by } from '../../metamorphic/suite';
import { TRANSFORMATIONS, type Transformation } from '../../metamorphic/transforms';

describe('the comparison sees a change of meaning', () => {
  it('a lead unit cleared is reported on the task, as a finding at its cell and in the counts', async () => {
    const b = await base('phu-luc-II-2025.xlsx');
    const model = cloneModel(b.model);
    const t = b.report.tasks.find((x) => x.stt === '5' && x.quarter === 3)!;
    const table = b.report.tables.find((x) => x.sheet === t.sheet && x.kind === 'tasks')!;
    getCell(model.sheets[0], t.row, columnNumber(table.columns.lead!))!.value = null;
    const edited = await analyseModel(model, 'phu-luc-II-2025.xlsx');
    expect(differences(b.report, b.model, edited, { model, map: (p) => p })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^task 5 at 'Phụ lục II'!A14: leadUnits/),
        expect.stringMatching(/^finding added: missing-lead-unit at 'Phụ lục II'!C14/),
        expect.stringMatching(/^summary\.byLeadUnit/),
      ]),
    );
  });

  it('an edit whose cells are mapped to the wrong places is reported', async () => {
    const shifted = by('shifted');
    const wrong: Transformation = { name: 'wrong map', apply: (m, r) => ({ ...shifted.apply(m, r), map: (p) => ({ ...p, row: p.row + 2, col: p.col + 2 }) }) };
    expect((await check('ctct-2025.xlsx', wrong)).length).toBeGreaterThan(0);
  });

  it('a finding said once more on its cell, another period, a count by quarter and unit are reported', async () => {
    const b = await base('phu-luc-II-2025.xlsx');
    const { findings, summary } = b.report;
    const edited = { ...b.report, period: 'khác', findings: [...findings, findings[0]], summary: { ...summary, byQuarterAndUnit: {} } };
    expect(differences(b.report, b.model, edited, { model: b.model, map: (p) => p })).toEqual([
      expect.stringMatching(new RegExp(`^finding added: ${findings[0].code} at 'Phụ lục II'!${findings[0].column}${findings[0].row} `)),
      `period ${b.report.period} became khác`,
      expect.stringMatching(/^summary\.byQuarterAndUnit: /),
    ]);
  });

  it('every transformation edits at least one base (else its cases only compare a base with itself)', async () => {
    const bases = await Promise.all(BASES.map((name) => base(name)));
    expect(TRANSFORMATIONS.filter((t) => !bases.some((b) => edits(t, b))).map((t) => t.name)).toEqual([]);
  }, 180_000);
});
