/**
 * The exceljs adapter (Node and browser). Takes and returns bytes; the file system is in ./node.
 */
export { readWorkbookGrid, loadWorkbook, workbookGrid, type ReadOptions } from './read';
export {
  writeMarkedCopy,
  writeMarkedCopyDetailed,
  writeSummaryWorkbook,
  findingsNote,
  NOTE_PREFIX,
  type WriteOptions,
  type MarkedCopyResult,
} from './write';
export { detectKind, assertXlsx, type FileKind } from './detect';
export { worksheetGrid, cellValue } from './cells';
export { renderSummarySheet } from './render-summary';
export { renderTrackerSheet } from './render-tracker';
export { copySheetsEdited, editedSinceWritten } from './written-record';
