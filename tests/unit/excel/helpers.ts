/** A host over a fake workbook, with a fixed clock. */
import { createExcelHost } from '../../../src/excel';
import { DEFAULT_LIMITS, type Limits } from '../../../src/excel/env';
import type { ExcelHost } from '../../../src/excel/host';
import { FakeWorkbook } from './fake-excel';

export interface HostOptions {
  web?: boolean;
  limits?: Partial<Limits>;
  now?: () => Date;
}

export function hostFor(wb: FakeWorkbook, options: HostOptions = {}): ExcelHost {
  return createExcelHost({
    run: wb.run,
    runIn: wb.runIn,
    isSetSupported: wb.isSetSupported,
    web: options.web ?? false,
    now: options.now ?? (() => new Date('2025-09-30T08:00:00Z')),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  });
}

/** Syncs made by `f`. */
export async function syncsOf<T>(wb: FakeWorkbook, f: () => Promise<T>): Promise<{ count: number; maxResponse: number; maxRequest: number; result: T }> {
  const before = wb.syncs.length;
  const result = await f();
  const made = wb.syncs.slice(before);
  return {
    result,
    count: made.length,
    maxResponse: Math.max(0, ...made.map((s) => s.response)),
    maxRequest: Math.max(0, ...made.map((s) => s.request)),
  };
}

/** A work-programme-like sheet: a title, a header row and `n` task rows. */
export function programmeRows(n: number, text = (i: number) => `Nhiệm vụ số ${i}`): unknown[][] {
  const rows: unknown[][] = [
    ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
    [],
    ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Ghi chú'],
  ];
  for (let i = 1; i <= n; i++) rows.push([i, text(i), 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Kế hoạch của Sở', '']);
  return rows;
}
