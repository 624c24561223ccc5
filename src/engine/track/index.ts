/**
 * The tracker ("Theo dõi"), host-neutral. A host (exceljs in src/xlsx, Office.js in src/excel):
 *  1. reads the existing "Theo dõi" sheet's values, if any → `readTracker(values)` (its rows, the
 *     columns users added, which the host carries over by each row's `origin`, and the lines that
 *     are not tasks, written again under the tasks; `trackerNewRows` says where each old line goes; the formulas users keep
 *     there: `trackerFormulaMovers`);
 *  2. `mergeTracker(fileReport.tasks, previousRows, asOf, { year })`;
 *  3. writes `trackerToValues(rows, { dates: 'serial' })` (or 'text'), styling each data row by
 *     `trackerRowStyle(row)`, a list validation of `TRACKER_STATUSES` on "Trạng thái", and a
 *     link from "Nguồn" to the source row (`trackerSourceAddress(row)`) unless the row vanished.
 */
export * from './columns';
export { mergeTracker, refreshOverdue, rowFromTask, joinNames, trackerYear, trackerMergeOptions, type MergeOptions, type MergeResult } from './merge';
export {
  trackerToValues,
  trackerRowToValues,
  readTracker,
  trackerColumnMoves,
  carriedColumnLooks,
  type ColumnLook,
  trackerNewRows,
  trackerFormulaMovers,
  type TrackerFormulaMovers,
  type TrackerExtraColumn,
  type TrackerSheet,
  type TrackerValue,
  type TrackerValuesOptions,
} from './values';
export * from './style';
export {
  parseDateText,
  findDateInText,
  formatDateVi,
  excelSerialToIso,
  isoToExcelSerial,
  quarterEnd,
  monthEnd,
  daysBetween,
  yearOf,
  isIsoDate,
  dueDate,
} from '../dates';
export { foldText, similarity } from './text';
