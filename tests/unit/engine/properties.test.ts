/** Random grids: the engine never throws anything but a CtctInputError, and every finding points inside the grid. */
import fc from 'fast-check';
import { analyseWorkbook, CellValue, columnNumber, CtctInputError, reportSchema, combineReports, SheetGrid } from '../../../src/engine';
import { HEADER_2025 } from '../../helpers/grid';
import { taskTextHash, taskTextKey } from '../../../src/engine/reading/task-key';
import { SheetView } from '../../../src/engine/sheet/view';
import { isBlankField } from '../../../src/engine/reading/model';

const words = ['Phòng QLKH&ĐMST', 'Văn phòng Sở', 'PGĐ Sở Mai Thoan', 'Giám đốc Sở', 'Quý III (3 nhiệm vụ)', 'Tháng 7', 'I', 'II', 'a)', '- chi tiết', 'Báo cáo', 'Kế hoạch', 'Gồm 2 nhiệm vụ', 'Tổng cộng 9 nhiệm vụ', 'Thời hạn: 31/02/2025', 'Phßng', 'Hoàn thành', '  ', '\u00a0x', 'TT', 'STT', 'Nội dung', 'Chủ trì', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Thời hạn', 'Tình trạng'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...words),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 100 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant({ kind: 'error', code: '#N/A' } as CellValue),
  fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => ({ kind: 'date', iso: d.toISOString().slice(0, 10) }) as CellValue),
);

const row = fc.array(cell, { maxLength: 9 });

/** Sheets that often contain a real header, so the table reader and checks run, not only the "no table" path. */
const sheetArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    before: fc.array(row, { maxLength: 4 }),
    header: fc.boolean(),
    after: fc.array(row, { maxLength: 25 }),
    merges: fc.array(fc.record({ top: fc.integer({ min: 1, max: 30 }), left: fc.integer({ min: 1, max: 8 }), h: fc.integer({ min: 0, max: 3 }), w: fc.integer({ min: 0, max: 3 }) }), { maxLength: 4 }),
  })
  .map(({ before, header, after, merges }) => ({
    name: 'Ngẫu nhiên',
    cells: [...before, ...(header ? [HEADER_2025 as CellValue[]] : []), ...after],
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));

describe('random grids', () => {
  it('never throw (but a clear CtctInputError) and every finding points inside the grid', () => {
    fc.assert(
      fc.property(sheetArb, (grid) => {
        let report;
        try {
          report = analyseWorkbook({ sheets: [grid] }, { fileName: 'x.xlsx', asOf: '2026-11-21' });
        } catch (e) {
          expect(e).toBeInstanceOf(CtctInputError);
          return;
        }
        reportSchema.parse(combineReports([report], '2026-11-21'));
        const rows = Math.max(grid.cells.length, ...(grid.merges ?? []).map((m) => m.bottom));
        const cols = Math.max(0, ...grid.cells.map((r) => r.length), ...(grid.merges ?? []).map((m) => m.right));
        for (const f of report.findings) {
          expect(f.row).toBeGreaterThanOrEqual(1);
          expect(f.row).toBeLessThanOrEqual(rows);
          expect(columnNumber(f.column)).toBeGreaterThanOrEqual(1);
          expect(columnNumber(f.column)).toBeLessThanOrEqual(cols);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('task identity hash', () => {
  /** The definition: FNV-1a over the comparison key, as trackers written by earlier versions hold it. */
  function fnvOfKey(text: string): number {
    const key = taskTextKey(text);
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }
  const tricky = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u1680', '\u2003', '\u200b', '\u2028', '\u202f', '\u205f', '\u3000', '\u3001', '\ufeff', '\u0085', '.', ',', ':', '@', '[', '`', '{', '~', '¿', 'À', 'Đ', 'ệ', 'Ỹ', '😀', '&', '_', '0', 'a', 'Z', 'Σ', 'İ', 'Ꭰ');

  it('equals FNV-1a of taskTextKey for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 40 })), (text) => {
        expect(taskTextHash(text)).toBe(fnvOfKey(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the identities trackers already hold', () => {
    expect(taskTextHash('Nhiệm vụ số 6 của tháng 7: xây dựng kế hoạch, tổ chức thực hiện và báo cáo kết quả').toString(36)).toBe('14d74sx');
  });
});

describe('blank fields', () => {
  it('are what /^[\\s\\-–—.]*$/ matches: dashes, dots and any Unicode space', () => {
    const marks = fc.constantFrom(' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '-', '–', '—', '.', '…', '_', 'a', 'Đ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: marks, maxLength: 6 }), fc.string({ maxLength: 4 })), (text) => {
        expect(isBlankField(text)).toBe(/^[\s\-–—.]*$/.test(text));
      }),
      { numRuns: 3000 },
    );
    expect(isBlankField(undefined)).toBe(true);
  });
});

describe('sheet view', () => {
  it('reads a whole row as it reads each of its cells, merges included', () => {
    fc.assert(
      fc.property(sheetArb, fc.boolean(), (grid, rowsFirst) => {
        const byRow = new SheetView(grid);
        const byCell = new SheetView(grid);
        const rows = Array.from({ length: byRow.rowCount + 2 }, (_, i) => i);
        // Either order of first reads: the row cache and the cell cache must agree.
        if (!rowsFirst) for (const r of rows) for (let c = 1; c <= byRow.colCount; c++) byRow.text(r, c);
        for (const r of rows) {
          const line = byRow.rowTexts(r);
          // Indexed by column: slot 0 is no column (row 0, above the sheet, has its slot too).
          expect(line[0]).toBe('');
          // A row's line stops at its last stored value: past it, every cell reads empty.
          for (let c = 1; c <= byRow.colCount; c++) expect(line[c] ?? '').toBe(byCell.text(r, c));
          // The row just read whole answers its cells from it (the view keeps it): the same texts.
          for (let c = 0; c <= byRow.colCount + 1; c++) expect(byRow.text(r, c)).toBe(byCell.text(r, c));
        }
      }),
      { numRuns: 300 },
    );
  });
});
