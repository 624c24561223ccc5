/**
 * "Tổng hợp" in the open workbook: paints the engine's host-neutral layout (summaryLayout →
 * placeLayout) with Office.js, replacing only that sheet. Links are HYPERLINK formulas to the
 * source cells; the chart (tasks per quarter and unit) is built from `placed.chartRange`.
 */
import { cellAddress, columnLetter, type CellValue } from '../engine/grid';
import type { Report } from '../engine/report';
import {
  placeLayout,
  placedValues,
  SUMMARY_SHEET,
  summaryLayout,
  type PlacedKind,
  type PlacedRow,
} from '../engine/summary/layout';
import { COLORS, hexColor } from '../engine/track/style';
import { ownSheetKind } from '../engine/own-sheets';
import type { AdapterCapabilities } from './capabilities';
import { toExcelInput } from './cells';
import type { HostEnv } from './env';
import { ACTION_BYTES, jsonBytes, rowBlocks, type SyncBudget, writeBudget } from './batch';
import { a4Landscape, FONT_NAME, hyperlinkFormula, locateOutput, setColumnWidths, thinBorders, writeReplacing } from './output';


/** A "Tổng hợp" sheet CTCT wrote starts with the summary title. */
/** CTCT's summary, by the engine's rule (the same that keeps it out of the analysis). */
export function looksLikeSummary(values: CellValue[][]): boolean {
  return ownSheetKind({ name: '', cells: values }) === 'summary';
}

/** Consecutive placed rows of the same kind and width: one formatting call each. */
interface Run {
  kind: PlacedKind;
  top: number;
  bottom: number;
  columns: number;
}

function runsOf(rows: PlacedRow[], width: number): Run[] {
  const runs: Run[] = [];
  for (const p of rows) {
    const columns = p.kind === 'title' || p.kind === 'subtitle' || p.kind === 'note' ? width : Math.max(1, p.values.length);
    const last = runs[runs.length - 1];
    if (last && last.kind === p.kind && last.columns === columns && last.bottom === p.row - 1) last.bottom = p.row;
    else runs.push({ kind: p.kind, top: p.row, bottom: p.row, columns });
  }
  return runs;
}

function styleRun(sheet: Excel.Worksheet, run: Run): void {
  const range = sheet.getRange(`A${run.top}:${columnLetter(run.columns)}${run.bottom}`);
  const f = range.format;
  f.verticalAlignment = 'Top';
  switch (run.kind) {
    case 'title':
      f.font.bold = true;
      f.font.size = 14;
      f.horizontalAlignment = 'Center';
      f.verticalAlignment = 'Center';
      f.rowHeight = 24;
      break;
    case 'subtitle':
      f.font.italic = true;
      f.horizontalAlignment = 'Center';
      f.wrapText = true;
      break;
    case 'heading':
      f.font.bold = true;
      break;
    case 'header':
      f.font.bold = true;
      f.fill.color = hexColor(COLORS.headerFill);
      f.horizontalAlignment = 'Center';
      f.verticalAlignment = 'Center';
      f.wrapText = true;
      thinBorders(range);
      break;
    case 'total':
      f.font.bold = true;
      f.fill.color = hexColor(COLORS.totalFill);
      thinBorders(range);
      break;
    case 'note':
      f.font.italic = true;
      f.font.size = 11;
      f.wrapText = true;
      break;
    case 'empty':
      f.font.italic = true;
      thinBorders(range);
      break;
    case 'data':
    default:
      thinBorders(range);
      break;
  }
}

export async function writeSummary(env: HostEnv, caps: AdapterCapabilities, report: Report): Promise<{ sheet: string }> {
  const asOf = report.asOf;
  const layout = summaryLayout(report, { asOf });
  const placed = placeLayout(layout);
  const values = placedValues(placed);
  return env.run(async (context) => {
    const out = await locateOutput(context, env, caps, 'summary', SUMMARY_SHEET, looksLikeSummary, false);
    // A summary of a very large programme (long lists of tasks) is written in several syncs on the web.
    const budget = writeBudget(context, env, caps, 'large');
    // The old summary stays until the new one is written (several syncs on the web): a refused
    // request never leaves a workbook without its summary or with half of one.
    const sheet = await writeReplacing(context, caps, out, 'summary', (s) => fillSummary(s, caps, budget, layout, placed, values));

    if (caps.pageLayout) {
      await a4Landscape(context, sheet);
    }
    return { sheet: out.name };
  });
}

/** The summary's values, formats, links and chart, written into its (new) sheet within the budget. */
async function fillSummary(
  sheet: Excel.Worksheet,
  caps: AdapterCapabilities,
  budget: SyncBudget,
  layout: ReturnType<typeof summaryLayout>,
  placed: ReturnType<typeof placeLayout>,
  values: ReturnType<typeof placedValues>,
): Promise<void> {
  const width = placed.width;
  if (caps.gridlines) sheet.showGridlines = false;

  const inputs = values.map((row) => row.map((v) => toExcelInput(v)));
  const all = sheet.getRange(`A1:${columnLetter(width)}${placed.lastRow}`);
  await budget.reserve(ACTION_BYTES * 3);
  all.format.font.name = FONT_NAME;
  all.format.font.size = 12;
  for (const [first, last, bytes] of rowBlocks(inputs.length, (i) => jsonBytes(inputs[i]), budget.limit - ACTION_BYTES)) {
    await budget.reserve(bytes + ACTION_BYTES);
    sheet.getRange(`A${first + 1}:${columnLetter(width)}${last + 1}`).values = inputs.slice(first, last + 1);
  }
  setColumnWidths(sheet, layout.columnWidths);

  const runs = runsOf(placed.rows, width);
  for (const run of runs) {
    await budget.reserve(ACTION_BYTES * 12);
    styleRun(sheet, run);
  }
  // Long text wraps in the columns the layout says, one call per table's column (numbers do not wrap).
  for (const run of runs) {
    if (run.kind !== 'data' && run.kind !== 'total') continue;
    for (const c of layout.wrapColumns) {
      if (c >= run.columns) continue;
      await budget.reserve(ACTION_BYTES);
      sheet.getRange(`${columnLetter(c + 1)}${run.top}:${columnLetter(c + 1)}${run.bottom}`).format.wrapText = true;
    }
  }
  for (const m of placed.merges) {
    if (m.right > m.left || m.bottom > m.top) {
      await budget.reserve(ACTION_BYTES);
      sheet.getRange(`${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`).merge(false);
    }
  }
  // Excel does not fit a merged row to its wrapped text: the layout says how tall it is.
  for (const p of placed.rows) {
    if (!p.height) continue;
    await budget.reserve(ACTION_BYTES);
    sheet.getRange(`A${p.row}`).format.rowHeight = p.height;
  }
  for (const p of placed.rows) {
    if (!p.link) continue;
    const text = p.values[p.link.column - 1];
    const target = p.link.target;
    const address = cellAddress(target.sheet, target.row, target.column);
    const formula = hyperlinkFormula(address, typeof text === 'string' ? text : `${target.sheet}!${target.column}${target.row}`);
    await budget.reserve(ACTION_BYTES * 3 + jsonBytes(formula));
    const cell = sheet.getCell(p.row - 1, p.link.column - 1);
    cell.formulas = [[formula]];
    cell.format.font.color = hexColor(COLORS.link);
    cell.format.font.underline = 'Single';
  }

  if (placed.chartRange) {
    const r = placed.chartRange;
    const chart = sheet.charts.add('ColumnClustered', sheet.getRange(r.address), 'Columns');
    chart.title.text = layout.chart.title;
    chart.legend.position = 'Bottom';
    // Below the tables, as wide as they are: it prints on the last page.
    const top = placed.lastRow + 2;
    chart.setPosition(`A${top}`, `${columnLetter(Math.max(width, 8))}${top + 20}`);
  }
}
