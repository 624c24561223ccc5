/**
 * Large writes and reads under Excel on the web's 5 MB request/response limit. Work is queued
 * against a `SyncBudget`: before each piece the caller says how many bytes it adds, and the budget
 * syncs first when that piece would push the current request (or response) over its share of the
 * limit. A write that fits goes out in the caller's single final sync, as before; off the web there
 * is no limit and nothing is split.
 */
import type { HostEnv } from './env';
import { isPayloadError } from './errors';

/** What Office.js adds to a request per queued operation (its action and object path, as JSON). */
export const ACTION_BYTES = 200;
/** Share of the limit a planned request may fill: the rest is margin for what is not estimated. */
export const BUDGET_SHARE = 0.75;
/** First guess of a loaded value's size (values only); grows when a response proves larger. */
const VALUE_BYTES_PER_CELL = 32;
const RETRY_SHRINK = 4;

/** UTF-8 length of a string (Office.js sends its JSON as UTF-8). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes `value` takes in a request as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value ?? null));
}

/** The bytes one sync may carry each way: a share of the web's limit, unlimited elsewhere. */
export function syncBudgetBytes(env: Pick<HostEnv, 'web' | 'limits'>): number {
  return env.web ? Math.floor(env.limits.payloadBytes * BUDGET_SHARE) : Infinity;
}

export class SyncBudget {
  private request = 0;
  private response = 0;
  /** Syncs the budget made on its own (0 when everything fitted in one request). */
  flushes = 0;
  readonly limit: number;

  /**
   * `resuspend` runs after each sync the budget makes (screen updating is suspended only until
   * the next sync, so a large write suspends it again).
   */
  constructor(
    private readonly context: Excel.RequestContext,
    env: Pick<HostEnv, 'web' | 'limits'>,
    private readonly resuspend: (() => void) | null = null,
  ) {
    this.limit = syncBudgetBytes(env);
  }

  /** Call before queuing operations that add `request` bytes (and `response` bytes of loads). */
  async reserve(request: number, response = 0): Promise<void> {
    const pending = this.request > 0 || this.response > 0;
    if (pending && (this.request + request > this.limit || this.response + response > this.limit)) {
      await this.context.sync();
      this.flushes++;
      this.request = 0;
      this.response = 0;
      this.resuspend?.();
    }
    this.request += request;
    this.response += response;
  }
}

/**
 * The budget of a write of `cells` cells: above `largeWriteCells` (or always, with `large: true`)
 * screen updating is suspended now and again after each sync the budget makes (it lasts one sync).
 */
export function writeBudget(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  caps: { screenUpdating: boolean },
  cells: number | 'large',
): SyncBudget {
  const suspend = caps.screenUpdating && (cells === 'large' || cells > env.limits.largeWriteCells);
  const suspendScreen = () => context.workbook.application.suspendScreenUpdatingUntilNextSync();
  if (suspend) suspendScreen();
  return new SyncBudget(context, env, suspend ? suspendScreen : null);
}

/** Consecutive runs of indexes where `pick` holds: [first, last] pairs. */
export function runsWhere(count: number, pick: (i: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    if (!pick(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/**
 * Splits `count` rows into consecutive blocks whose estimated bytes stay under `limit` (a row
 * larger than the limit gets a block of its own). Returns [first, last, bytes] triples.
 */
export function rowBlocks(count: number, bytesOf: (i: number) => number, limit: number): [number, number, number][] {
  const blocks: [number, number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const b = bytesOf(i);
    if (i > start && bytes + b > limit) {
      blocks.push([start, i - 1, bytes]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (count > start) blocks.push([start, count - 1, bytes]);
  return blocks;
}

export interface UsedRect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

type RangeGridProperty = 'values' | 'formulas' | 'numberFormat';

/**
 * The values of `rect` (0-based, as a used range reports it), at most `maxRows` rows: one sync
 * off the web; on the web one sync per row block, each response under the limit (smaller blocks
 * when a response proves larger than estimated).
 */
export async function loadValues(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  sheet: Excel.Worksheet,
  rect: UsedRect,
  maxRows = Infinity,
): Promise<unknown[][]> {
  return (await loadGrids(context, env, sheet, rect, ['values'], maxRows)).values;
}

/** Like `loadValues`, for several per-cell properties at once (e.g. formulas and number formats). */
export async function loadGrids<P extends RangeGridProperty>(
  context: Excel.RequestContext,
  env: Pick<HostEnv, 'web' | 'limits'>,
  sheet: Excel.Worksheet,
  rect: UsedRect,
  props: readonly P[],
  maxRows = Infinity,
): Promise<Record<P, unknown[][]>> {
  const rows = Math.min(rect.rowCount, maxRows);
  const cols = rect.columnCount;
  const out = Object.fromEntries(props.map((p) => [p, [] as unknown[][]])) as Record<P, unknown[][]>;
  let step = env.web ? Math.max(1, Math.floor(syncBudgetBytes(env) / (cols * props.length * VALUE_BYTES_PER_CELL))) : rows;
  for (let top = 0; top < rows; ) {
    const n = Math.min(step, rows - top);
    const range = sheet.getRangeByIndexes(rect.rowIndex + top, rect.columnIndex, n, cols);
    range.load(props.join(','));
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || n === 1) throw e;
      step = Math.max(1, Math.floor(n / RETRY_SHRINK));
      continue;
    }
    for (const p of props) for (const row of range[p] as unknown[][]) out[p].push(row);
    top += n;
  }
  return out;
}
