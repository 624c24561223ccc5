/**
 * Metamorphic suite: edits a staff member makes without changing what a workbook says (columns
 * moved, a column added, the table moved down and right, NFD, tone placement, odd spaces, TT as text
 * or formulas, a two-row header, merged runs, page breaks with a task cut in two, rich text, extra
 * sheets, sheets renamed, dates typed the other way) must leave CTCT's reading unchanged: the same
 * tasks, findings on the corresponding cells and summary counts (tests/metamorphic). Each edit runs
 * on the four fixtures and on the variant with deadlines and statuses.
 */
import { check, base, analyseModel } from '../../metamorphic/run';
import { differences } from '../../metamorphic/compare';
import { cloneModel, getCell } from '../../metamorphic/model';
import { combined, Transformation, TRANSFORMATIONS } from '../../metamorphic/transforms';
import { columnNumber } from '../../../src/engine';

const BASES = ['ctct-2024.xlsx', 'ctct-2025.xlsx', 'phu-luc-II-2025.xlsx', 'ctct-2024-dan-tu-pdf.xlsx', 'v09-deadline-status-result'];

const by = (part: string): Transformation => {
  const t = TRANSFORMATIONS.find((x) => x.name.includes(part));
  if (!t) throw new Error(`no transformation "${part}"`);
  return t;
};

const COMBINATIONS = [
  combined(by('shifted'), by('reversed'), by('NFD')),
  combined(by('two rows'), by('same lead'), by('every 9')),
  combined(by('two rows'), by('same leader'), by('every 7')),
  combined(by('formulas'), by('rich'), by('spaces'), by('renamed'), by('extra')),
  combined(by('B and C'), by('"Kinh phí"'), by('old tone'), by('TT typed')),
  combined(by('every 9'), by('shifted'), by('dates')),
];

describe.each(BASES)('%s read the same after an edit that keeps its meaning', (name) => {
  beforeAll(() => base(name), 60_000);

  it.each([...TRANSFORMATIONS, ...COMBINATIONS].map((t) => [t.name, t] as const))('%s', async (_n, t) => {
    expect(await check(name, t)).toEqual([]);
  });
});

describe('the comparison sees a change of meaning', () => {
  it('a lead unit cleared and a month heading moved down one task are reported', async () => {
    const b = await base('phu-luc-II-2025.xlsx');
    const model = cloneModel(b.model);
    const sheet = model.sheets[0];
    const t = b.report.tasks.find((x) => x.stt === '5' && x.quarter === 3)!;
    const table = b.report.tables.find((x) => x.sheet === t.sheet && x.kind === 'tasks')!;
    getCell(sheet, t.row, columnNumber(table.columns.lead!))!.value = null;
    const edited = await analyseModel(model, 'phu-luc-II-2025.xlsx');
    const diff = differences(b.report, b.model, edited, { model, map: (p) => p });
    expect(diff).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^task 5 at 'Phụ lục II'!A14: leadUnits/),
        expect.stringMatching(/^finding added: missing-lead-unit at 'Phụ lục II'!C14/),
        expect.stringMatching(/^summary\.byLeadUnit/),
      ]),
    );
  });

  it('an edit whose cells are mapped wrongly is reported', async () => {
    const shifted = by('shifted');
    const wrong: Transformation = { name: 'wrong map', apply: (m, r) => ({ ...shifted.apply(m, r), map: (p) => ({ ...p, row: p.row + 2, col: p.col + 2 }) }) };
    expect((await check('ctct-2025.xlsx', wrong)).length).toBeGreaterThan(0);
  });
});
