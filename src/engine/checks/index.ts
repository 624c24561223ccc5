/** All checks, in the order their findings read best. */
import type { Check } from './context';
import { requiredFields } from './required-fields';
import { units } from './units';
import { leaders } from './leaders';
import { swappedColumns } from './swapped-columns';
import { numbering } from './numbering';
import { duplicateTask } from './duplicate-task';
import { declaredCounts } from './declared-counts';
import { monthInQuarter } from './month-in-quarter';
import { dates } from './dates';
import { status } from './status';
import { cellText } from './cell-text';
import { inconsistentSpelling } from './spelling';
import { productSpelling } from './product-spelling';
import { unreadRows } from './unread-rows';

export const CHECKS: Check[] = [declaredCounts, monthInQuarter, requiredFields, swappedColumns, units, leaders, numbering, duplicateTask, dates, status, cellText, inconsistentSpelling, productSpelling, unreadRows];

export { FINDING_CATALOG, FINDING_CODES } from './catalog';
export type { FindingCode, CatalogEntry } from './catalog';
