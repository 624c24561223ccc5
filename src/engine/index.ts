/** The engine's public API: pure TypeScript, no Office.js, no DOM, no Node. */
export { analyseWorkbook } from './analyse';
export { isOwnSheet, ownSheetKind, ownSheetOf, TASK_LIST_HEADER } from './own-sheets';
export type { OwnSheetKind } from './own-sheets';
export { combineReports, consolidationWarnings, damagedFileWarnings, mixedYearsWarning, periodsOfSheets, sharedTasksNote, STATUS_RULE, statusReason } from './combine';
export { defaultDirectory, parseDirectory, parseDirectoryText } from './directory/load';
export { periodById } from './directory/period';
export { FINDING_CATALOG, FINDING_CODES } from './checks/catalog';
export type { FindingCode, CatalogEntry } from './checks/catalog';
export { STATUSES, canonicalStatus } from './status';
export type { Status } from './status';
export { tidyText } from './text';
export { todayIso } from './dates';
export * from './grid';
export * from './report';
export * from './errors';
export type { AnalyseOptions } from './options';
export type { Directory, Period, Unit, Leader } from './directory/types';
export { directorySchema } from './directory/types';
