/**
 * Everything the adapter takes from its surroundings, in one place so tests can replace it:
 * `Excel.run`, `isSetSupported`, the platform (payload limits apply to Excel on the web), a clock.
 */
import { officeJsHas, type Feature } from './capabilities';

/** Runs one batch against the workbook (Excel.run in Office; a fake in tests). */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Limits {
  /** Excel on the web refuses requests or responses over 5 MB; estimates stay under this. */
  payloadBytes: number;
  /** A single range get is limited to 5 million cells. */
  cellsPerRead: number;
  /** getMergedAreasOrNullObject fails above 512 areas: merges are read in row chunks below this. */
  mergeAreasPerRead: number;
  /** A write above this many cells suspends screen updating first. */
  largeWriteCells: number;
}

/** Runs a batch in an existing context (Excel.run(context, batch)): removing an event handler. */
export type RunInContext = <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface HostEnv {
  run: RunBatch;
  runIn: RunInContext;
  isSetSupported: (set: string, version: string) => boolean;
  /** Whether the loaded Office.js defines a feature (see capabilities.ts). */
  hasSurface: (feature: Feature) => boolean;
  /** True in Excel on the web, where the request/response payload limit applies. */
  web: boolean;
  now: () => Date;
  limits: Limits;
}

export const DEFAULT_LIMITS: Limits = {
  payloadBytes: 5 * 1024 * 1024,
  cellsPerRead: 5_000_000,
  mergeAreasPerRead: 512,
  largeWriteCells: 2000,
};


/** The real environment: Office.js globals. Only called inside Excel. */
export function officeEnv(overrides: Partial<HostEnv> = {}): HostEnv {
  const platform = typeof Office !== 'undefined' ? Office.context?.diagnostics?.platform : undefined;
  return {
    // delayForCellEdit (ExcelApi 1.11): wait until the user leaves cell edit mode instead of failing.
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    runIn: (context, batch) => Excel.run(context, batch),
    isSetSupported: (set, version) => {
      try {
        return !!Office.context.requirements.isSetSupported(set, version);
      } catch {
        return false;
      }
    },
    hasSurface: (feature) => officeJsHas(typeof Excel !== 'undefined' ? Excel : undefined, feature),
    web: String(platform) === 'OfficeOnline',
    now: () => new Date(),
    limits: DEFAULT_LIMITS,
    ...overrides,
  };
}
