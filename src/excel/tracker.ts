/**
 * "Theo dõi" in the open workbook: an Excel table with one row per task. What users typed
 * (Trạng thái, Ngày hoàn thành, Kết quả) is read back from the old sheet and kept by the engine's
 * mergeTracker (tasks matched by identity, not row number); vanished tasks stay, greyed.
 */
import { columnLetter, type CellValue } from '../engine/grid';
import type { Report, Task } from '../engine/report';
import {
  COLORS,
  hexColor,
  mergeTracker,
  TRACKER_COLUMN_FORMAT,
  TRACKER_COLUMN_INDEX,
  TRACKER_COLUMNS,
  TRACKER_DATE_COLUMNS,
  TRACKER_SHEET,
  TRACKER_STATUSES,
  TRACKER_TABLE_NAME,
  trackerFromValues,
  trackerRowStyle,
  trackerSourceAddress,
  trackerToValues,
  yearOf,
  foldText,
  type TrackerRow,
} from '../engine/track';
import type { AdapterCapabilities } from './capabilities';
import { toExcelInput } from './cells';
import type { HostEnv } from './env';
import type { TrackerResult } from './host';
import { a4Landscape, FONT_NAME, freeTableName, hyperlinkFormula, locateOutput, replaceSheet, setColumnWidths, thinBorders } from './output';

const WIDTH = TRACKER_COLUMNS.length;
const LAST = columnLetter(WIDTH);
const SOURCE = TRACKER_COLUMN_INDEX['Nguồn'];
const STATUS = TRACKER_COLUMN_INDEX['Trạng thái'];
const DATE_FORMAT = 'dd/mm/yyyy';

/** A sheet holding a tracker header row (as CTCT or the standalone page wrote it). */
export function looksLikeTracker(values: CellValue[][]): boolean {
  const wanted = new Set(TRACKER_COLUMNS.map((c) => foldText(c)));
  return values.slice(0, 50).some((row) => row.filter((v) => typeof v === 'string' && wanted.has(foldText(v))).length >= 6);
}

/** The tasks of the report: one workbook's (a pane report covers the open workbook). */
function tasksOf(report: Report): Task[] {
  return report.tasks ?? report.files.flatMap((f) => f.tasks);
}

/** Consecutive data rows with the same look: one formatting call each. */
function styleRuns(rows: readonly TrackerRow[]): { style: ReturnType<typeof trackerRowStyle>; top: number; bottom: number }[] {
  const runs: { style: ReturnType<typeof trackerRowStyle>; top: number; bottom: number }[] = [];
  rows.forEach((row, i) => {
    const style = trackerRowStyle(row);
    const excelRow = i + 2;
    const last = runs[runs.length - 1];
    if (last && last.style === style && last.bottom === excelRow - 1) last.bottom = excelRow;
    else runs.push({ style, top: excelRow, bottom: excelRow });
  });
  return runs;
}

export async function writeTracker(env: HostEnv, caps: AdapterCapabilities, report: Report): Promise<TrackerResult> {
  const tasks = tasksOf(report);
  const asOf = report.asOf;
  const year = yearOf(report.files[0]?.period) ?? undefined;
  return env.run(async (context) => {
    const out = await locateOutput(context, caps, 'tracker', TRACKER_SHEET, looksLikeTracker, true);
    const previous = out.values ? trackerFromValues(out.values) : [];
    const merged = mergeTracker(tasks, previous, asOf, year ? { year } : {});
    const rows = merged.rows;

    if (caps.screenUpdating && rows.length * WIDTH > env.limits.largeWriteCells) {
      context.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
    const sheet = replaceSheet(context, caps, out, 'tracker');
    const values = trackerToValues(rows, { dates: 'serial' });
    // Excel needs one data row under a table's header.
    if (values.length === 1) values.push(TRACKER_COLUMNS.map(() => null));
    const lastRow = values.length;
    const all = sheet.getRange(`A1:${LAST}${lastRow}`);
    all.format.font.name = FONT_NAME;
    all.format.font.size = 12;
    all.format.verticalAlignment = 'Top';
    // Number formats first: the serials then show as dates, and typed text stays text.
    for (const col of TRACKER_DATE_COLUMNS) {
      const c = columnLetter(TRACKER_COLUMN_INDEX[col] + 1);
      sheet.getRange(`${c}2:${c}${lastRow}`).numberFormat = values.slice(1).map(() => [DATE_FORMAT]);
    }
    all.values = values.map((row) => row.map((v) => toExcelInput(v)));

    // "Nguồn" links to the task's row in the source sheet (vanished rows keep plain text).
    const sourceCol = columnLetter(SOURCE + 1);
    rows.forEach((row, i) => {
      const target = trackerSourceAddress(row);
      const label = values[i + 1][SOURCE];
      if (!target || typeof label !== 'string') return;
      const cell = sheet.getRange(`${sourceCol}${i + 2}`);
      cell.formulas = [[hyperlinkFormula(target, label)]];
      cell.format.font.color = hexColor(COLORS.link);
      cell.format.font.underline = 'Single';
    });

    // The table goes over values already written, so the link formulas do not become a calculated column.
    const table = sheet.tables.add(`A1:${LAST}${lastRow}`, true);
    table.name = freeTableName(TRACKER_TABLE_NAME, out.tableNames);
    table.style = 'TableStyleLight9';

    const header = sheet.getRange(`A1:${LAST}1`);
    header.format.font.bold = true;
    header.format.wrapText = true;
    header.format.horizontalAlignment = 'Center';
    header.format.rowHeight = 32;
    thinBorders(all);
    setColumnWidths(
      sheet,
      TRACKER_COLUMNS.map((c) => TRACKER_COLUMN_FORMAT[c].width),
    );
    TRACKER_COLUMNS.forEach((name, i) => {
      const f = TRACKER_COLUMN_FORMAT[name];
      const col = sheet.getRange(`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${lastRow}`);
      if (f.wrap) col.format.wrapText = true;
      if (i < 3) col.format.horizontalAlignment = 'Center';
      // The key must stay for the next run, out of the way.
      if (f.hidden) col.getEntireColumn().columnHidden = true;
    });
    for (const run of styleRuns(rows)) {
      if (run.style === 'normal') continue;
      const range = sheet.getRange(`A${run.top}:${LAST}${run.bottom}`);
      if (run.style === 'overdue') {
        range.format.fill.color = hexColor(COLORS.overdueFill);
        range.format.font.color = hexColor(COLORS.overdueFont);
      } else {
        range.format.fill.color = hexColor(COLORS.vanishedFill);
        range.format.font.color = hexColor(COLORS.vanishedFont);
        range.format.font.italic = true;
      }
    }
    if (caps.dataValidation) {
      const c = columnLetter(STATUS + 1);
      const status = sheet.getRange(`${c}2:${c}${lastRow}`).dataValidation;
      status.clear();
      status.rule = { list: { inCellDropDown: true, source: TRACKER_STATUSES.join(',') } };
      status.errorAlert = {
        showAlert: true,
        style: 'Warning',
        title: 'Trạng thái',
        message: `Chọn một trong: ${TRACKER_STATUSES.join(', ')}.`,
      };
    }
    if (caps.freezePanes) sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();

    if (caps.pageLayout) {
      await a4Landscape(context, sheet, '$1:$1');
    }
    return { sheet: out.name, added: merged.added, kept: merged.kept, vanished: merged.vanished };
  });
}
