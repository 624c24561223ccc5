import type { Directory } from './directory/types';

export interface AnalyseOptions {
  /** Shown in the report and in messages. */
  fileName: string;
  /** Defaults to the bundled default directory. */
  directory?: Directory;
  /** A directory period id ("2025-09"); by default picked from the sheet's year/title. */
  period?: string;
  /** Only this sheet (by name, case- and accent-insensitive). */
  sheet?: string;
  /** yyyy-mm-dd; overdue is judged against it. Hosts pass today's date. */
  asOf?: string;
}
