/**
 * What the pane needs from the engine and (standalone page only) from the exceljs adapter. The
 * containers receive these as props so the components and their tests never import a module they
 * do not need: the Excel pane's bundle never sees `src/xlsx/` (exceljs).
 */
import type { WorkbookGrid } from '../engine/grid';
import type { AnalyseOptions } from '../engine/options';
import type { FileReport, Report, Severity, UnreadableFile } from '../engine/report';
import type { Directory } from '../engine/directory/types';
import type { LostPart } from '../engine/copy-losses';

export interface CatalogEntry {
  severity: Severity;
  /** Vietnamese title. */
  title: string;
  titleEn: string;
  description: string;
}

export type FindingCatalog = Record<string, CatalogEntry>;

export interface EngineApi {
  analyseWorkbook(grid: WorkbookGrid, options: AnalyseOptions): FileReport;
  combineReports(files: FileReport[], asOf: string, unreadable?: readonly UnreadableFile[], directory?: Directory): Report;
  defaultDirectory: Directory;
  catalog: FindingCatalog;
}

export interface XlsxApi {
  /**
   * `fileName` is named in the Vietnamese error for a file that is not an .xlsx. `missingSheets`:
   * sheets a damaged file lists but lacks (not read; the page names them).
   */
  readWorkbookGrid(data: Uint8Array | ArrayBuffer, options?: { fileName?: string }): Promise<WorkbookGrid>;
  /**
   * The marked copy, and what it could not keep of the original (charts, macros…): the page says so.
   * `previousCopy`: a marked copy of the file whose "Theo dõi" the new copy carries on (as `--out` does).
   * `carriedWithout`: sheets users added to `replaces` carried without their pictures and tables.
   * `replacedEdited`: sheets CTCT wrote in `replaces` edited there since, which the new copy lacks.
   */
  writeMarkedCopyDetailed(
    original: Uint8Array,
    fileReport: FileReport,
    report: Report,
    options: { asOf: string; previousCopy?: Uint8Array; replaces?: Uint8Array },
  ): Promise<{ bytes: Uint8Array; lostParts: readonly LostPart[]; carriedWithout?: readonly string[]; replacedEdited?: readonly string[] }>;
  writeSummaryWorkbook(report: Report, options: { asOf: string }): Promise<Uint8Array>;
}
