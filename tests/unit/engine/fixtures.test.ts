/** The department's real workbooks: counts, gaps and findings as the documents have them. */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, columnNumber, fileReportSchema, FileReport, Task } from '../../../src/engine';
import { analyseFixture, AS_OF, fixtureGrid, FIXTURES } from '../../helpers/fixtures';

function quarterTasks(r: FileReport, q: number): Task[] {
  return r.tasks.filter((t) => t.quarter === q);
}

function sttsWhere(r: FileReport, code: string, q: number): number[] {
  return r.findings
    .filter((f) => f.code === code)
    .map((f) => r.tasks.find((t) => t.sheet === f.sheet && t.row === f.row)!)
    .filter((t) => t.quarter === q)
    .map((t) => Number(t.stt));
}

describe('phu-luc-II-2025.xlsx (Phụ lục II, 6 tháng cuối năm 2025)', () => {
  let r: FileReport;
  beforeAll(async () => {
    r = await analyseFixture('phu-luc-II-2025.xlsx');
  });

  it('is a valid report of the JSON contract', () => {
    expect(() => fileReportSchema.parse(r)).not.toThrow();
  });

  it('reads 96 tasks in Quý III and 80 in Quý IV, by month', () => {
    expect(r.period).toBe('2025-09');
    expect(r.summary.byQuarter).toEqual({ '3': 96, '4': 80 });
    expect(r.summary.byMonth).toEqual({ '7': 30, '8': 34, '9': 32, '10': 27, '11': 26, '12': 27 });
    expect(r.summary.sections.map((s) => [s.label, s.declared, s.actual])).toEqual([
      ['Quý III', 96, 96],
      ['Quý IV', 80, 80],
    ]);
    expect(r.findings.filter((f) => f.code === 'declared-count-mismatch')).toEqual([]);
  });

  it('reads every task as the transcription has it (text, units, product, leader)', () => {
    const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'data/phu-luc-II-2025.json'), 'utf8'));
    const expected = data.quarters.flatMap((q: { tasks: unknown[] }) => q.tasks) as Array<Record<string, string | number>>;
    expect(r.tasks).toHaveLength(expected.length);
    r.tasks.forEach((t, i) => {
      const e = expected[i];
      expect([t.quarter, t.month, t.stt, t.task, t.product]).toEqual([e.quarter, e.month, String(e.stt), e.task, e.product]);
    });
  });

  it('reports the real gaps: products and leaders missing', () => {
    expect(sttsWhere(r, 'missing-product', 3)).toEqual([25, 40, 41, 75, 78, 89]);
    expect(sttsWhere(r, 'missing-product', 4)).toEqual([8, 36]);
    expect(sttsWhere(r, 'missing-leader', 3)).toEqual([88]);
    expect(sttsWhere(r, 'missing-leader', 4)).toEqual([21, 45, 46, 70, 71, 72]);
    const leader = r.findings.find((f) => f.code === 'missing-leader')!;
    expect(leader).toMatchObject({ sheet: 'Phụ lục II', row: 99, column: 'F', field: 'leader', severity: 'error' });
  });

  it('finds "Trung tâm KTTCĐKCL" unknown and suggests KTTCĐLCL with a safe fix', () => {
    // Besides it, the bare "Trung tâm" of D183 (a coordinating unit): incomplete, not an old name; info, no fix.
    const bare = r.findings.filter((x) => x.code === 'unknown-unit' && x.field === 'coord');
    expect(bare.map((x) => [`${x.column}${x.row}`, x.severity, x.fix, x.suggestion?.startsWith('"Trung tâm" chưa đủ tên')])).toEqual([['D183', 'info', null, true]]);
    expect(r.findings.filter((x) => x.code === 'outdated-unit' && x.message.startsWith('"Trung tâm"'))).toEqual([]);
    const f = r.findings.filter((x) => x.code === 'unknown-unit' && x.field === 'lead');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 161, column: 'C', field: 'lead', fix: { value: 'Trung tâm KTTCĐLCL' } });
    expect(f[0].message).toContain('Trung tâm KTTCĐKCL');
    expect(f[0].suggestion).toContain('Trung tâm KTTCĐLCL');
  });

  it('puts no error or warning on a correct cell', () => {
    const serious = r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}@${f.column}${f.row}`);
    const expectedCells = [
      ...[34, 50, 51, 86, 89, 100, 117, 146].map((row) => `missing-product@E${row}`),
      ...[99, 130, 155, 156, 181, 182, 183].map((row) => `missing-leader@F${row}`),
      'unknown-unit@C161',
    ];
    expect(serious.sort()).toEqual(expectedCells.sort());
  });

  it('splits several leads and leaders into canonical names', () => {
    const t70 = quarterTasks(r, 3).find((t) => t.stt === '70')!;
    expect(t70.leadUnits).toEqual(['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']);
    const t24 = quarterTasks(r, 3).find((t) => t.stt === '24')!;
    expect(t24.leaders).toEqual(['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan', 'PGĐ Sở Nguyễn Quốc Huy Hoàng']);
    expect(t24.important).toBe(true);
  });

  it('reads the review sheet as proposals, not tasks', () => {
    expect(r.tables.find((t) => t.sheet === 'Rà soát QLCN&CN')?.kind).toBe('review');
    expect(r.proposals).toHaveLength(10);
    expect(r.summary.proposals).toEqual({ drop: 5, add: 1, adjust: 0 });
    expect(r.proposals[0]).toMatchObject({ stt: '32', month: 7, kind: 'drop', leadUnits: ['Phòng QLCN&CN'] });
  });
});

describe('ctct-2024.xlsx and its copy pasted from PDF', () => {
  let clean: FileReport;
  let pdf: FileReport;
  beforeAll(async () => {
    clean = await analyseFixture('ctct-2024.xlsx');
    pdf = await analyseFixture('ctct-2024-dan-tu-pdf.xlsx');
  });

  it('both give 26/19/13/14 tasks per quarter, matching the headings', () => {
    for (const r of [clean, pdf]) {
      expect(r.period).toBe('2024');
      expect(r.summary.byQuarter).toEqual({ '1': 26, '2': 19, '3': 13, '4': 14 });
      expect(r.findings.filter((f) => f.code === 'declared-count-mismatch')).toEqual([]);
    }
  });

  it('both give the same tasks (page-break fragments merged back)', () => {
    const shape = (r: FileReport) => r.tasks.filter((t) => t.quarter).map((t) => [t.quarter, t.stt, t.task, t.leadUnits, t.coordinatingUnits, t.leaders, t.product, t.note]);
    expect(shape(pdf)).toEqual(shape(clean));
  });

  it('joins a leader split by a page break ("PGĐ Trần" + "Công Hòa")', () => {
    const t = pdf.tasks.find((x) => x.quarter === 1 && x.stt === '12')!;
    expect(t.leaders).toEqual(['PGĐ Trần Công Hòa']);
    expect(t.task).toBe('Tập huấn về đo lường đối với hàng đóng gói sẵn, ghi nhãn hàng hóa');
    expect(t.endRow).toBe(18);
  });

  it('reads all-year tasks and the KPI table of the full programme', () => {
    expect(clean.summary.allYear).toBe(27);
    expect(clean.summary.kpiCount).toBe(15);
    expect(clean.tables.filter((t) => t.kind === 'kpi')).toHaveLength(1);
  });

  it('flags the slips the document has: "Tổ chuyên đổi số", "01 Lốp" and a task without product', () => {
    const unknown = clean.findings.filter((f) => f.code === 'unknown-unit');
    expect(unknown.map((f) => f.fix?.value)).toEqual(['Tổ chuyển đổi số']);
    expect(clean.findings.filter((f) => f.code === 'missing-product').map((f) => f.row)).toEqual([48]);
    for (const r of [clean, pdf]) expect(r.findings.filter((f) => f.code === 'product-spelling').map((f) => [f.column, f.fix?.value])).toEqual([['F', '01 Lớp']]);
  });

  it('offers one fix per cell, and never points a unit to a bare "Trung tâm"', () => {
    const fixesByCell = new Map<string, Set<string>>();
    for (const f of clean.findings.filter((x) => x.fix)) {
      const key = `${f.sheet}!${f.column}${f.row}`;
      fixesByCell.set(key, (fixesByCell.get(key) ?? new Set()).add(f.fix!.value));
    }
    expect([...fixesByCell].filter(([, fixes]) => fixes.size > 1)).toEqual([]);
    const spelling = clean.findings.filter((f) => f.code === 'inconsistent-spelling' && f.sheet === 'Trọng tâm - Xuyên suốt');
    expect(spelling.filter((f) => f.row === 11).map((f) => [f.message.split('"')[1], f.fix?.value ?? null])).toEqual([
      ['Phòng HC-TH', 'Phòng HCTH, TTUD'],
    ]);
    // The bare word "Trung tâm" elsewhere in the sheet is no other spelling of "TTUD".
    expect(spelling.filter((f) => f.message.startsWith('"TTUD"'))).toEqual([]);
    expect(clean.findings.filter((f) => /"Trung tâm"/.test(`${f.suggestion} ${f.fix?.value}`) || f.fix?.value.includes('Trung tâm'))).toEqual([]);
  });

  it('reads the deadline written in a note', () => {
    const t = clean.tasks.find((x) => x.quarter === 1 && x.stt === '6')!;
    expect(t.deadline).toBe('2024-02-10');
  });
});

describe('ctct-2025.xlsx (KPI and all-year tasks)', () => {
  it('reads the KPI table and 45 all-year tasks in the 2025-03 period', async () => {
    const r = await analyseFixture('ctct-2025.xlsx');
    expect(r.period).toBe('2025-03');
    expect(r.summary.byQuarter).toEqual({});
    expect(r.summary.allYear).toBe(45);
    // 19 numbered KPIs, as the programme (seed 001) numbers them; "- Cấp nhà nước/tỉnh/cơ sở" under KPI 1 are its parts.
    expect([r.summary.kpiCount, r.summary.kpiParts]).toEqual([19, 3]);
    expect(r.summary.sections.map((s) => [s.declared, s.actual])).toEqual([
      [6, 6],
      [13, 13],
      [26, 26],
    ]);
    const outdated = r.findings.filter((f) => f.code === 'outdated-unit');
    expect(outdated).toHaveLength(1);
    expect(outdated[0]).toMatchObject({ row: 36, column: 'D', fix: { value: 'Các phòng, đơn vị theo từng nội dung; Văn phòng Sở tham mưu chung' } });
  });
});

describe('fixes settle in one pass', () => {
  /** The workbook with every finding's fix written into its cell (one per cell, as the add-in does). */
  async function withFixesApplied(name: string): Promise<{ before: FileReport; after: FileReport }> {
    const before = await analyseFixture(name);
    const grid = structuredClone(await fixtureGrid(name));
    const done = new Set<string>();
    for (const f of before.findings) {
      const key = `${f.sheet}!${f.column}${f.row}`;
      if (!f.fix || done.has(key)) continue;
      done.add(key);
      grid.sheets.find((s) => s.name === f.sheet)!.cells[f.row - 1][columnNumber(f.column) - 1] = f.fix.value;
    }
    return { before, after: analyseWorkbook(grid, { fileName: name, asOf: AS_OF }) };
  }

  it.each(['ctct-2025.xlsx', 'ctct-2024.xlsx'])('%s: writing the fixes leaves nothing new to report, and nothing more to fix', async (name) => {
    const { before, after } = await withFixesApplied(name);
    expect(before.findings.filter((f) => f.fix).length).toBeGreaterThan(0);
    const at = (f: FileReport['findings'][number]) => `${f.code} ${f.sheet}!${f.column}${f.row}`;
    const earlier = new Set(before.findings.map(at));
    expect(after.findings.filter((f) => !earlier.has(at(f))).map(at)).toEqual([]);
    expect(after.findings.filter((f) => f.fix).map(at)).toEqual([]);
  });
});

describe('summary of tables without some columns', () => {
  it('counts no missing product where the table has no product column', async () => {
    const r = await analyseFixture('ctct-2025.xlsx');
    expect(r.summary.missing.product).toEqual([]);
    const full = await analyseFixture('ctct-2024.xlsx');
    expect(full.summary.missing.product.map((t) => t.row)).toEqual([48]);
  });
});
