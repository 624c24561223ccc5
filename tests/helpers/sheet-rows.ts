/** Reading back what CTCT wrote into a workbook's sheets ("Tổng hợp", "Danh sách nhiệm vụ"), row by row. */
import type * as ExcelJS from 'exceljs';

/** The values of a sheet's rows, row by row (1-based columns, as exceljs gives them). */
export function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The numbered rows of the "Tổng hợp" block whose heading ("3. Nhiệm vụ quá hạn") matches, up to the next heading. */
export function blockRows(rows: unknown[][], heading: RegExp): unknown[][] {
  const isHeading = (row: unknown[]) => typeof row[0] === 'string' && /^\d+\. /.test(row[0]);
  const start = rows.findIndex((row) => isHeading(row) && heading.test(row[0] as string));
  const end = rows.findIndex((row, i) => i > start && isHeading(row));
  return rows.slice(start + 1, end < 0 ? undefined : end).filter((row) => typeof row[0] === 'number');
}
