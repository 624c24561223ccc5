/**
 * The department's own workbooks, changed the ways staff's copies differ, must read as the originals:
 * columns in reverse order with NFD text in every third row; every text re-typed in TCVN3 or VNI,
 * with the legacy font or with an ordinary one (the font lost in a copy). The transformations are
 * independent of the engine (exceljs, iconv-lite's TCVN codec, the test VNI encoder).
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import * as path from 'path';
import type { FileReport } from '../../../src/engine';
import { analyseWorkbook } from '../../../src/engine';
import { readWorkbookGrid } from '../../../src/xlsx';
import { AS_OF, FIXTURES } from '../../helpers/fixtures';
import { encodeTcvn3, encodeVni } from '../text/encoders';

type Change = (wb: ExcelJS.Workbook) => void;

async function analyseChanged(file: string, change: Change | null): Promise<FileReport> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path.join(FIXTURES, file)) as unknown as ExcelJS.Buffer);
  change?.(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return analyseWorkbook(await readWorkbookGrid(bytes), { fileName: file, asOf: AS_OF });
}

function cellText(v: ExcelJS.CellValue): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((p) => p.text).join('');
  return null;
}

/** Every text cell (a merged area once, at its master) re-typed by `encode`, in `font`. */
function retype(encode: (s: string) => string, font: string): Change {
  return (wb) => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const text = cellText(cell.value);
          if (text === null || (cell.isMerged && cell.master.address !== cell.address)) return;
          cell.value = encode(text);
          cell.font = { name: font, size: 12 };
        }),
      );
    }
  };
}

/** Columns in reverse order (merges mirrored), and every third row's text in NFD. */
const reversed: Change = (wb) => {
  for (const ws of wb.worksheets) {
    const n = ws.columnCount;
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
    // Read before unmerging: every cell of a merged area gives its master's value, so the text
    // lands in the mirrored area's new top-left cell.
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      rows[r] = Array.from({ length: n }, (_, c) => row.getCell(c + 1).value);
    });
    for (const m of merges) ws.unMergeCells(m);
    rows.forEach((values, r) => {
      values.forEach((_, c) => {
        const v = values[n - 1 - c];
        const text = cellText(v);
        ws.getRow(r).getCell(c + 1).value = text !== null && r % 3 === 0 ? text.normalize('NFD') : (v ?? null);
      });
    });
    for (const m of merges) {
      const [a, b] = m.split(':').map((x) => ws.getCell(x));
      ws.mergeCells(Number(a.row), n + 1 - Number(b.col), Number(b.row), n + 1 - Number(a.col));
    }
  }
};

/** What a task is, independent of where its columns stand. */
const taskFacts = (r: FileReport, text: (s: string) => string = (s) => s) =>
  r.tasks.map((t) => [t.sheet, t.row, t.stt, t.quarter, t.month, text(t.task), t.leadUnits, t.leaders, text(t.product), t.deadline]);

const findingPlaces = (r: FileReport, ignore: string) =>
  r.findings
    .filter((f) => f.code !== ignore)
    .map((f) => `${f.code} ${f.sheet}!${f.row}`)
    .sort();

/** Characters TCVN3 cannot hold (“ ” – …) come out of iconv-lite as "?". */
const asTcvn3Can = (s: string) => Array.from(s.normalize('NFC'), (c) => (encodeTcvn3(c) === '?' && c !== '?' ? '?' : c)).join('');

const FILES = ['phu-luc-II-2025.xlsx', 'ctct-2024.xlsx', 'ctct-2024-dan-tu-pdf.xlsx', 'ctct-2025.xlsx'];

describe.each(FILES)('%s', (file) => {
  let original: FileReport;
  beforeAll(async () => {
    original = await analyseChanged(file, null);
  });

  it('reads the same with its columns reversed and every third row in NFD', async () => {
    const changed = await analyseChanged(file, reversed);
    expect(taskFacts(changed, (s) => s.normalize('NFC'))).toEqual(taskFacts(original));
    expect(findingPlaces(changed, 'decomposed-unicode')).toEqual(findingPlaces(original, 'decomposed-unicode'));
    // The heading cells moved with the columns; what they declare and count did not.
    const counts = (r: FileReport) => r.summary.sections.map(({ column, ...rest }) => rest);
    expect(counts(changed)).toEqual(counts(original));
    expect(changed.findings.filter((f) => f.code === 'decomposed-unicode').length).toBeGreaterThan(20);
  });

  it.each([
    ['TCVN3 in .VnTime', retype(encodeTcvn3, '.VnTime'), asTcvn3Can],
    ['TCVN3 in an ordinary font', retype(encodeTcvn3, 'Times New Roman'), asTcvn3Can],
    ['VNI in VNI-Times', retype(encodeVni, 'VNI-Times'), (s: string) => s],
  ] as const)('reads the same re-typed in %s', async (_, change, representable) => {
    const changed = await analyseChanged(file, change);
    expect(taskFacts(changed)).toEqual(taskFacts(original, representable));
    expect(findingPlaces(changed, 'legacy-encoding')).toEqual(findingPlaces(original, 'legacy-encoding'));
    // The heading cells moved with the columns; what they declare and count did not.
    const counts = (r: FileReport) => r.summary.sections.map(({ column, ...rest }) => rest);
    expect(counts(changed)).toEqual(counts(original));
    expect(changed.findings.filter((f) => f.code === 'legacy-encoding').length).toBeGreaterThan(20);
  });
});
