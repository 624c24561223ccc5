/** The real engine behind `EngineApi` (entries only; components and tests receive it as a prop). */
import { analyseWorkbook, combineReports, defaultDirectory, FINDING_CATALOG } from '../engine';
import type { EngineApi, FindingCatalog } from './services';

export const engine: EngineApi = {
  analyseWorkbook,
  combineReports,
  defaultDirectory,
  catalog: FINDING_CATALOG as unknown as FindingCatalog,
};
