/**
 * Recipes for variant workbooks of the department's work programme (see README "Những gì CTCT đọc
 * được"): each builds, from the department's own documents (tests/fixtures/data), a workbook laid out
 * the way some unit really writes it, together with the expectation a careful human checker writes
 * down for it (tasks per quarter, every warning/error finding at its cell, fields of chosen tasks).
 * The expectations are hand-written, never copied from the engine's output.
 * Used by tests/unit/variants/variants.test.ts.
 */
import ExcelJS from 'exceljs';
import { defaultDirectory } from '../../src/engine/directory/load';
import { directoryToValues } from '../../src/engine/directory/sheet';
import type { Directory } from '../../src/engine';
import { encodeVni } from '../unit/text/encoders';
import {
  Expectation,
  Field,
  ROMAN,
  RowOptions,
  SheetB,
  Task,
  countTask,
  newExpectation,
  nfd,
  phuLucTasks,
  review2025,
  tables2024,
  tables2025,
  tasks2024,
  tcvn,
  tcvnTypable,
  toOldTone,
} from './lib';

export interface Recipe {
  name: string;
  build(): Promise<{ workbook: ExcelJS.Workbook; ex: Expectation }>;
}

/** Every recipe, in file order; names start with "vNN-". */
export const RECIPES: Recipe[] = [];

function variant(name: string, description: string, make: (ex: Expectation, wb: ExcelJS.Workbook) => void): void {
  RECIPES.push({
    name,
    build: async () => {
      const ex = newExpectation(name, description);
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'Văn phòng Sở';
      make(ex, workbook);
      return { workbook, ex };
    },
  });
}

// ───────────────────────────────────────────── layout helpers ─────────────────────────────────────────────

const LABEL: Record<Field, string> = {
  stt: 'STT',
  task: 'Nhiệm vụ',
  lead: 'Đơn vị chủ trì',
  coord: 'Đơn vị phối hợp',
  product: 'Sản phẩm',
  leader: 'Lãnh đạo Sở chỉ đạo',
  note: 'Ghi chú',
  deadline: 'Thời hạn',
  status: 'Tình trạng',
  result: 'Kết quả',
  month: 'Tháng',
  quarter: 'Quý',
};
const PHU_LUC_FIELDS: Field[] = ['stt', 'task', 'lead', 'coord', 'product', 'leader', 'note'];
const FIELDS_2024: Field[] = ['stt', 'task', 'leader', 'lead', 'coord', 'product', 'note'];
const LABELS_2024: Partial<Record<Field, string>> = { stt: 'TT', task: 'Nội dung', lead: 'Phòng/Đơn vị chủ trì', coord: 'Phòng/Đơn vị phối hợp' };
const LATE_TITLE = ['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025', '(Kèm theo Quyết định số /QĐ-SKHCN ngày /9/2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi)'];

type Over = Partial<Record<Field, unknown>>;

/** A task's cells in the given column order; `over` replaces some (slips, other spellings). */
function vals(t: Task, fields: Field[], over: Over = {}): unknown[] {
  const cells = t as unknown as Record<string, unknown>;
  return fields.map((f) => (f in over ? over[f] : (cells[f] ?? '')));
}
function titleBlock(sb: SheetB, lines: string[], width: number): void {
  sb.row(['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
  sb.row(['TỈNH QUẢNG NGÃI']);
  sb.blank();
  for (const l of lines) sb.mergeAcross(sb.row([l], { bold: true }), 1, width);
  sb.blank();
}
function header(sb: SheetB, fields: Field[], labels: Partial<Record<Field, string>> = {}): number {
  return sb.row(fields.map((f) => labels[f] ?? LABEL[f]), { bold: true });
}
function groupBy(ts: Task[], key: (t: Task) => number): Map<number, Task[]> {
  const m = new Map<number, Task[]>();
  for (const t of ts) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
}
const byQuarter = (ts: Task[]) => groupBy(ts, (t) => t.quarter!);
const byMonth = (ts: Task[]) => groupBy(ts, (t) => t.month!);

/**
 * The Phụ lục II layout: header, quarter rows ("I | Quý III (96 nhiệm vụ)"), month rows ("Tháng 7"),
 * task rows. `hook` may change a task's cells (slips) and record expectations; counts go to the
 * expectation. `quarterRow` returning null leaves the quarter row out.
 */
function writePhuLuc(
  sb: SheetB,
  tasks: Task[],
  o: {
    fields?: Field[];
    labels?: Partial<Record<Field, string>>;
    quarterRow?: (q: number, count: number) => { cells: unknown[]; mergeFrom?: number; declared?: number } | null;
    monthRow?: (m: number) => unknown[];
    hook?: (t: Task, i: number, row: number) => Over | void;
    after?: (t: Task, row: number) => void;
    skipHeader?: boolean;
    rowOpts?: (t: Task, i: number) => RowOptions;
  } = {},
): void {
  const fields = o.fields ?? PHU_LUC_FIELDS;
  if (!o.skipHeader) header(sb, fields, o.labels);
  let i = 0;
  for (const [q, qts] of byQuarter(tasks)) {
    const qr = o.quarterRow ? o.quarterRow(q, qts.length) : { cells: [ROMAN[q - 1], `Quý ${ROMAN[q - 1]} (${qts.length} nhiệm vụ)`], mergeFrom: 2 };
    if (qr) {
      const r = sb.row(qr.cells);
      if (qr.mergeFrom) sb.mergeAcross(r, qr.mergeFrom, fields.length);
      sb.section(r, `Quý ${ROMAN[q - 1]}`, qr.declared ?? qts.length, qts.length);
    }
    for (const [m, mts] of byMonth(qts)) {
      sb.mergeAcross(sb.row(o.monthRow ? o.monthRow(m) : ['', `Tháng ${m}`]), 2, fields.length);
      for (const t of mts) {
        const over = o.hook?.(t, i, sb.r + 1) || {};
        const tr = sb.row(vals(t, fields, over), o.rowOpts?.(t, i));
        countTask(sb.ex, t);
        o.after?.(t, tr);
        i++;
      }
    }
  }
}

/** 2024-style table (TT | Nội dung | Lãnh đạo | Chủ trì | …) with "I | Quý I (26 nhiệm vụ)" rows. */
function write2024Quarters(sb: SheetB, tasks: Task[], o: { late: boolean; expectOutdated: boolean }): void {
  const outdated = new Set(['Phòng QLKH', 'Phòng HCTH', 'P. HCTH', 'Phòng TĐC', 'Thanh tra Sở', 'Tổ chuyển đổi số']);
  header(sb, FIELDS_2024, LABELS_2024);
  for (const [q, qts] of byQuarter(tasks)) {
    const label = o.late ? `Quý ${ROMAN[q - 1]}/2025 (${qts.length} nhiệm vụ)` : `Quý ${ROMAN[q - 1]} (${qts.length} nhiệm vụ)`;
    const hr = sb.row([ROMAN[q - 1], label]);
    sb.mergeAcross(hr, 2, 7);
    sb.section(hr, `Quý ${ROMAN[q - 1]}`, qts.length, qts.length);
    for (const t of qts) {
      const r = sb.row(vals(t, FIELDS_2024));
      countTask(sb.ex, t);
      if (t.lead === 'Tổ chuyên đổi số') sb.expect('unknown-unit', r, 4, 'accent typo of Tổ chuyển đổi số');
      if (!o.expectOutdated) continue;
      if (t.lead === 'Phòng QLKH & HCTH') {
        sb.expect('outdated-unit', r, 4, 'Phòng QLKH (2024)');
        sb.expect('outdated-unit', r, 4, 'HCTH (2024)');
      } else if (t.lead === 'Trung tâm') sb.expect('unknown-unit', r, 4, 'a bare "Trung tâm" is incomplete: late 2025 has three centres');
      else if (outdated.has(t.lead)) sb.expect('outdated-unit', r, 4, `${t.lead} is a 2024 name`);
      if (t.leader === 'PGĐ Trần Công Hòa') sb.expect('unknown-leader', r, 3, 'not a leader in late 2025');
    }
  }
}

// ───────────────────────────────────────────── layouts ─────────────────────────────────────────────

variant('v01-clean-phuluc', 'Phụ lục II 2025 layout as issued (STT|Nhiệm vụ|Chủ trì|Phối hợp|Sản phẩm|Lãnh đạo|Ghi chú), "I | Quý III (96 nhiệm vụ)", "Tháng 7"; slips of the document fixed', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  writePhuLuc(sb, phuLucTasks(), {
    after: (t, r) => {
      if (t.quarter === 3 && t.stt === 3) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { stt: '3', quarter: 3, month: 7, important: true, leadUnits: ['Phòng QLKH&ĐMST'], leaders: ['PGĐ Sở Phan Văn Hiếu'] } });
    },
  });
});

variant('v02-reordered-columns', 'columns Lãnh đạo chỉ đạo|TT|Nội dung nhiệm vụ|Sản phẩm đầu ra|Phòng chủ trì|Phòng/Đơn vị phối hợp|Ghi chú; headings "Quý III/2025 (95 nhiệm vụ)" in one merged cell, "Tháng 7/2025"; one Q3 task dropped, renumbered', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('6 tháng cuối'), ex);
  titleBlock(sb, ['CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2025', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 7);
  const tasks = phuLucTasks().filter((t) => !(t.quarter === 3 && t.stt === 50));
  let n = 0;
  let lastQ = 0;
  for (const t of tasks) {
    if (t.quarter !== lastQ) n = 0;
    lastQ = t.quarter!;
    t.stt = ++n;
  }
  writePhuLuc(sb, tasks, {
    fields: ['leader', 'stt', 'task', 'product', 'lead', 'coord', 'note'],
    labels: { leader: 'Lãnh đạo chỉ đạo', stt: 'TT', task: 'Nội dung nhiệm vụ', product: 'Sản phẩm đầu ra', lead: 'Phòng chủ trì', coord: 'Phòng/Đơn vị phối hợp' },
    quarterRow: (q, k) => ({ cells: [`Quý ${ROMAN[q - 1]}/2025 (${k} nhiệm vụ)`], mergeFrom: 1 }),
    monthRow: (m) => [`Tháng ${m}/2025`],
    after: (t, r) => {
      if (t.quarter === 4 && t.stt === 1) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { stt: '1', quarter: 4, month: 10 } });
    },
  });
});

variant('v03-two-row-header-merged-runs', 'header on 2 rows: TT, Nội dung (merged down), "Đơn vị" merged over "Chủ trì | Phối hợp", Sản phẩm and Lãnh đạo Sở chỉ đạo merged down; the same leader and the same lead unit merged down each run of rows within a month', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Nhiệm vụ'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  const fields = PHU_LUC_FIELDS;
  const h1 = sb.row(['TT', 'Nội dung', 'Đơn vị', '', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'], { bold: true });
  const h2 = sb.row(['', '', 'Chủ trì', 'Phối hợp'], { bold: true });
  for (const cc of [1, 2, 5, 6, 7]) sb.mergeDown(cc, h1, h2);
  sb.mergeAcross(h1, 3, 4);
  const merged = ['lead', 'leader'] as const;
  let checked = 0;
  for (const [q, qts] of byQuarter(phuLucTasks())) {
    const r = sb.row([`Quý ${ROMAN[q - 1]} (${qts.length} nhiệm vụ)`]);
    sb.mergeAcross(r, 1, 7);
    sb.section(r, `Quý ${ROMAN[q - 1]}`, qts.length, qts.length);
    for (const [m, mts] of byMonth(qts)) {
      sb.mergeAcross(sb.row(['', `Tháng ${m}`]), 2, 7);
      let prev: Task | null = null;
      const open: Record<number, number> = {}; // column → first row of the run being merged
      const closeRun = (cc: number, end: number) => {
        if (open[cc] !== undefined) sb.mergeDown(cc, open[cc], end);
        delete open[cc];
      };
      for (const t of mts) {
        const over: Over = {};
        const rr = sb.r + 1;
        for (const f of merged) {
          const cc = fields.indexOf(f) + 1;
          if (prev && prev[f] === t[f]) {
            over[f] = '';
            if (open[cc] === undefined) open[cc] = rr - 1;
          } else closeRun(cc, rr - 1);
        }
        const tr = sb.row(vals(t, fields, over));
        countTask(ex, t);
        if (over.leader === '' && over.lead === '' && checked < 5) {
          checked++;
          const leader = t.leader === 'Các PGĐ Sở: Phan Văn Hiếu; Mai Thoan; Nguyễn Quốc Huy Hoàng' ? 'PGĐ Sở Phan Văn Hiếu' : t.leader;
          ex.taskChecks.push({ sheet: sb.name, row: tr, fields: { leaders: [leader], leadUnits: [t.lead] } });
        }
        prev = t;
      }
      for (const f of merged) closeRun(fields.indexOf(f) + 1, sb.r);
    }
  }
});

variant('v04-pdf-page-breaks-2024', '2024 quarter tables ("1. Những nội dung hoàn thành trong Quý I: Gồm 26 nhiệm vụ" above each table), header repeated every 10 rows; 8 tasks split at a page break: STT row + repeated header + continuation row (no STT) carrying the rest of the task text and of the product, one continuation starting with a capital ("Quảng Ngãi"), one repeating the leader\'s tail', (ex, wb) => {
  ex.period = '2024';
  const sb = new SheetB(wb.addWorksheet('Sheet1'), ex);
  titleBlock(sb, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024', '(Kèm theo Quyết định số 279/QĐ-SKH-CN ngày 29/12/2023 của Giám đốc Sở Khoa học và Công nghệ)'], 7);
  let splits = 0;
  for (const [q, qts] of byQuarter(tasks2024())) {
    const hr = sb.row([`${q}. Những nội dung hoàn thành trong Quý ${ROMAN[q - 1]}: Gồm ${qts.length} nhiệm vụ`]);
    sb.section(hr, `Quý ${ROMAN[q - 1]}`, qts.length, qts.length);
    header(sb, FIELDS_2024, LABELS_2024);
    let lines = 0;
    for (const t of qts) {
      lines++;
      const pageBreak = lines % 10 === 0;
      const words = t.task.split(' ');
      // split point: the first word after the middle that starts in lower case (or "Quảng", once)
      let at = -1;
      if (pageBreak && words.length >= 8) {
        for (let k = Math.floor(words.length / 2); k < words.length; k++) {
          if (/^[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]/u.test(words[k]) || (words[k] === 'Quảng' && splits === 0)) {
            at = k;
            break;
          }
        }
      }
      if (at > 0) {
        splits++;
        const pw = t.product.split(' ');
        const pFirst = pw.length > 2 ? pw.slice(0, 2).join(' ') : t.product;
        const pRest = pw.length > 2 ? pw.slice(2).join(' ') : '';
        const leaderTail = splits === 2 && t.leader.startsWith('PGĐ ') ? t.leader.split(' ').slice(-2).join(' ') : '';
        const r1 = sb.row(vals(t, FIELDS_2024, { task: words.slice(0, at).join(' '), product: pFirst }));
        countTask(ex, t);
        header(sb, FIELDS_2024, LABELS_2024);
        sb.row(vals({ ...t, stt: '', lead: '', coord: '', note: '', leader: leaderTail }, FIELDS_2024, { task: words.slice(at).join(' '), product: pRest }));
        const fields: Record<string, unknown> = { task: t.task, product: t.product, endRow: r1 + 2 };
        if (t.leader.startsWith('PGĐ')) fields.leaders = [t.leader];
        ex.taskChecks.push({ sheet: sb.name, row: r1, fields });
        lines = 1;
        continue;
      }
      sb.row(vals(t, FIELDS_2024));
      countTask(ex, t);
      if (pageBreak) {
        header(sb, FIELDS_2024, LABELS_2024);
        lines = 0;
      }
    }
    sb.blank();
  }
  if (splits < 6) throw new Error(`v04: only ${splits} splits`);
});

variant('v11-heading-forms', 'Phụ lục II: "Tổng cộng 176 nhiệm vụ" above the table; Q3 as a line above the header "Những nội dung hoàn thành trong Quý III: Gồm 96 nhiệm vụ", a blank row under the header; Q4 inside the table as "II | QUÝ IV/2025 (80 NHIỆM VỤ)"; months "Tháng 7", "THÁNG 8", "Tháng 9/2025", "Tháng 10 năm 2025", "Tháng 11:", "Tháng 12/2025"', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  const tasks = phuLucTasks();
  const tr0 = sb.row([`Tổng cộng ${tasks.length} nhiệm vụ`]);
  sb.section(tr0, 'Tổng cộng', tasks.length, tasks.length);
  const qs = byQuarter(tasks);
  const q3 = qs.get(3)!;
  const h3 = sb.row([`1. Những nội dung hoàn thành trong Quý III: Gồm ${q3.length} nhiệm vụ`]);
  sb.section(h3, 'Quý III', q3.length, q3.length);
  header(sb, PHU_LUC_FIELDS);
  sb.blank();
  const monthText: Record<number, string> = { 7: 'Tháng 7', 8: 'THÁNG 8', 9: 'Tháng 9/2025', 10: 'Tháng 10 năm 2025', 11: 'Tháng 11:', 12: 'Tháng 12/2025' };
  writePhuLuc(sb, q3, { skipHeader: true, quarterRow: () => null, monthRow: (m) => ['', monthText[m]] });
  const q4 = qs.get(4)!;
  const r4 = sb.row(['II', `QUÝ IV/2025 (${q4.length} NHIỆM VỤ)`]);
  sb.mergeAcross(r4, 2, 7);
  sb.section(r4, 'Quý IV', q4.length, q4.length);
  for (const [m, mts] of byMonth(q4)) {
    sb.mergeAcross(sb.row(['', monthText[m]]), 2, 7);
    for (const t of mts) {
      const r = sb.row(vals(t, PHU_LUC_FIELDS));
      countTask(ex, t);
      if (t.stt === 1 || t.stt === 30 || t.stt === 60) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { quarter: 4, month: m } });
    }
  }
});

variant('v18-text-numbers-richtext-subsections', 'Phụ lục II Q4: header cells with line breaks ("Đơn vị\\nchủ trì", "Lãnh đạo Sở\\nchỉ đạo"), a column-number row "(1) (2) … (7)" under the header; STT stored as text "1.", "2."…; month rows as letter sub-sections "a) Tháng 10"; task texts as rich text with a bold first word; products with line breaks', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  sb.row(['STT', 'Nhiệm vụ', 'Đơn vị\nchủ trì', 'Đơn vị\nphối hợp', 'Sản phẩm', 'Lãnh đạo Sở\nchỉ đạo', 'Ghi chú'], { bold: true });
  sb.row(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
  const q4 = phuLucTasks().filter((t) => t.quarter === 4);
  const r0 = sb.row(['II', `Quý IV (${q4.length} nhiệm vụ)`]);
  sb.mergeAcross(r0, 2, 7);
  sb.section(r0, 'Quý IV', q4.length, q4.length);
  const letters = ['a)', 'b)', 'c)'];
  let k = 0;
  for (const [m, mts] of byMonth(q4)) {
    sb.mergeAcross(sb.row([letters[k++], `Tháng ${m}`]), 2, 7);
    for (const t of mts) {
      const words = t.task.split(' ');
      const rich = { richText: [{ text: words[0] + ' ', font: { bold: true } }, { text: words.slice(1).join(' ') }] };
      const product = t.product.includes(', ') ? t.product.replace(', ', ',\n') : t.product;
      const r = sb.row(vals(t, PHU_LUC_FIELDS, { stt: `${t.stt}.`, task: rich, product }));
      countTask(ex, t);
      if (Number(t.stt) % 20 === 1) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { stt: String(t.stt), month: m, task: t.task } });
    }
  }
});

variant('v19-quarter-month-columns', 'one flat table Quý | Tháng | STT | Nội dung | Phòng/Đơn vị chủ trì | Phòng/Đơn vị phối hợp | Sản phẩm | Lãnh đạo Sở chỉ đạo | Ghi chú, "Quý III" and "7" / "Tháng 8" as cell values, STT 1..176 continuous, no heading rows', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Danh sách'), ex);
  titleBlock(sb, LATE_TITLE, 9);
  const fields: Field[] = ['quarter', 'month', 'stt', 'task', 'lead', 'coord', 'product', 'leader', 'note'];
  header(sb, fields, { lead: 'Phòng/Đơn vị chủ trì', coord: 'Phòng/Đơn vị phối hợp' });
  let n = 0;
  for (const t of phuLucTasks()) {
    n++;
    const r = sb.row(vals(t, fields, { quarter: `Quý ${ROMAN[t.quarter! - 1]}`, month: n % 2 ? t.month : `Tháng ${t.month}`, stt: n }));
    countTask(ex, t);
    if (n % 25 === 0) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { quarter: t.quarter, month: t.month } });
  }
});

variant('v20-header-wordings', 'headers "Số TT" | "Các nhiệm vụ khoa học và công nghệ" | "Cấp ban hành" | "Phòng/Đơn vị chủ trì:" | "Phối hợp" | "Lãnh đạo chỉ đạo" | "Thời hạn hoàn thành" | "Trạng thái" | "Kết quả thực hiện" | "Ghi chú"; Phụ lục Q3 quarter form "Quý III/2025 (96 nhiệm vụ)"; deadlines as "Tháng 7/2025" text', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Sheet1'), ex);
  titleBlock(sb, LATE_TITLE, 10);
  writePhuLuc(sb, phuLucTasks().filter((t) => t.quarter === 3), {
    fields: ['stt', 'task', 'product', 'lead', 'coord', 'leader', 'deadline', 'status', 'result', 'note'],
    labels: { stt: 'Số TT', task: 'Các nhiệm vụ khoa học và công nghệ', product: 'Cấp ban hành', lead: 'Phòng/Đơn vị chủ trì:', coord: 'Phối hợp', leader: 'Lãnh đạo chỉ đạo', deadline: 'Thời hạn hoàn thành', status: 'Trạng thái', result: 'Kết quả thực hiện' },
    quarterRow: (q, k) => ({ cells: ['I', `Quý III/2025 (${k} nhiệm vụ)`], mergeFrom: 2 }),
    hook: (t, i, r) => {
      if (i % 10 === 0) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { deadline: `2025-${String(t.month).padStart(2, '0')}-${t.month === 9 ? '30' : '31'}`, status: 'Đang thực hiện', product: t.product } });
      return { deadline: `Tháng ${t.month}/2025`, status: 'Đang thực hiện' };
    },
  });
});

variant('v27-unit-subsections-under-quarter', 'Phụ lục II Q3+Q4 regrouped: "I | Quý III (96 nhiệm vụ)", then per lead unit a sub-section row "a | Phòng QLKH&ĐMST" (letter in STT, unit in B, merged), numbering restarting in each sub-section; no month rows', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  header(sb, PHU_LUC_FIELDS);
  const letters = 'abcdefghik';
  for (const [q, qts] of byQuarter(phuLucTasks())) {
    sb.quarterHeading(q, qts.length);
    const units = [...new Set(qts.map((t) => t.lead))];
    units.forEach((u, k) => {
      sb.mergeAcross(sb.row([letters[k], u]), 2, 7);
      let n = 0;
      for (const t of qts.filter((x) => x.lead === u)) {
        const tr = sb.row(vals(t, PHU_LUC_FIELDS, { stt: ++n }));
        countTask(ex, { quarter: t.quarter, month: null });
        if (n === 1) ex.taskChecks.push({ sheet: sb.name, row: tr, fields: { quarter: q } });
      }
    });
  }
  // without months the document's two same-text Q3 tasks (different months) are duplicates within Q3
  ex.bulk = [{ code: 'duplicate-task', count: 2, why: 'the document repeats 2 Q3 tasks in different months; without month rows they share a quarter' }];
});

variant('v29-short-quarter-rows-in-tt-column', '2024 quarter tasks in one table; quarter rows "Quý I", "Quý II", "Quý III", "Quý IV" typed in column A (TT) and merged A:G, no declared counts', (ex, wb) => {
  ex.period = '2024';
  const sb = new SheetB(wb.addWorksheet('Năm 2024'), ex);
  titleBlock(sb, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], 7);
  header(sb, FIELDS_2024, LABELS_2024);
  for (const [q, qts] of byQuarter(tasks2024())) {
    sb.mergeAcross(sb.row([`Quý ${ROMAN[q - 1]}`]), 1, 7);
    qts.forEach((t, k) => {
      const r = sb.row(vals(t, FIELDS_2024));
      countTask(ex, t);
      if (k < 2) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { quarter: q, task: t.task } });
    });
  }
});

variant('v31-pdf-two-row-header-spans', 'Phụ lục II Q4; two-row header ("Đơn vị" over "Chủ trì | Phối hợp") repeated every 20 rows; 5 tasks span two rows with STT merged down (2nd row carries the rest of task text and product); page-break continuations (no STT) whose task tail starts with a capital ("Quảng Ngãi", "UBND tỉnh") and that also carry the tails of the product and of the leader ("Huy Hoàng")', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('PL II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  const fields = PHU_LUC_FIELDS;
  const hdr = () => {
    const h1 = sb.row(['STT', 'Nhiệm vụ', 'Đơn vị', '', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Ghi chú'], { bold: true });
    const h2 = sb.row(['', '', 'Chủ trì', 'Phối hợp'], { bold: true });
    for (const cc of [1, 2, 5, 6, 7]) sb.mergeDown(cc, h1, h2);
    sb.mergeAcross(h1, 3, 4);
  };
  hdr();
  const q4 = phuLucTasks().filter((t) => t.quarter === 4);
  const r0 = sb.row(['II', `Quý IV (${q4.length} nhiệm vụ)`]);
  sb.mergeAcross(r0, 2, 7);
  sb.section(r0, 'Quý IV', q4.length, q4.length);
  let lines = 0;
  let spans = 0;
  let caps = 0;
  for (const [m, mts] of byMonth(q4)) {
    sb.mergeAcross(sb.row(['', `Tháng ${m}`]), 2, 7);
    for (const t of mts) {
      lines++;
      const words = t.task.split(' ');
      const cap = words.findIndex((w, k) => k >= 3 && (w === 'Quảng' || w === 'UBND'));
      if (lines % 20 === 0 && cap > 0 && caps < 4 && t.product.split(' ').length >= 3) {
        // page break inside the task: the tail goes under a repeated header, with the product's and leader's tails
        caps++;
        const pw = t.product.split(' ');
        const r1 = sb.row(vals(t, fields, { task: words.slice(0, cap).join(' '), product: pw.slice(0, 2).join(' ') }));
        countTask(ex, t);
        hdr();
        sb.row(['', words.slice(cap).join(' '), '', '', pw.slice(2).join(' '), t.leader.split(' ').slice(-2).join(' '), '']);
        ex.taskChecks.push({ sheet: sb.name, row: r1, fields: { task: t.task, product: t.product, endRow: r1 + 3 } });
        lines = 1;
        continue;
      }
      if (lines % 7 === 0 && spans < 5 && words.length > 10) {
        spans++;
        const half = Math.ceil(words.length / 2);
        const r1 = sb.row(vals(t, fields, { task: words.slice(0, half).join(' ') }));
        const r2 = sb.row(['', words.slice(half).join(' ')]);
        for (const cc of [1, 3, 4, 5, 6, 7]) sb.mergeDown(cc, r1, r2);
        countTask(ex, t);
        ex.taskChecks.push({ sheet: sb.name, row: r1, fields: { task: t.task, endRow: r2, leadUnits: [t.lead] } });
        continue;
      }
      sb.row(vals(t, fields));
      countTask(ex, t);
      if (lines % 20 === 0) {
        hdr();
        lines = 0;
      }
    }
  }
  if (caps < 2) throw new Error(`v31: only ${caps} capital continuations`);
});

// ───────────────────────────────────────────── text encodings and spelling ─────────────────────────────────────────────

variant('v33-page-break-acronym-tail', 'Phụ lục II Q3 month 8; PDF page breaks inside tasks whose text goes on with an acronym ("KH&CN…", "UBND tỉnh…"): STT row, repeated header, then a row with no STT carrying the tail of the task and of the product, and the lead unit and leader repeated as the new page prints them', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  const fields = PHU_LUC_FIELDS;
  header(sb, fields);
  const tasks = phuLucTasks().filter((t) => t.month === 8);
  const r0 = sb.row(['I', `Quý III (${tasks.length} nhiệm vụ)`]);
  sb.mergeAcross(r0, 2, 7);
  sb.section(r0, 'Quý III', tasks.length, tasks.length);
  sb.mergeAcross(sb.row(['', 'Tháng 8']), 2, 7);
  let splits = 0;
  for (const t of tasks) {
    const words = t.task.split(' ');
    const at = words.findIndex((w, k) => k >= 3 && /^(KH&CN|UBND)$/.test(w));
    const pw = t.product.split(' ');
    countTask(ex, t);
    if (at < 0 || pw.length < 2) {
      sb.row(vals(t, fields));
      continue;
    }
    splits++;
    const r1 = sb.row(vals(t, fields, { task: words.slice(0, at).join(' '), product: pw[0] }));
    header(sb, fields);
    sb.row(['', words.slice(at).join(' '), t.lead, '', pw.slice(1).join(' ').replace(/^./, (c) => c.toLowerCase()), t.leader]);
    ex.taskChecks.push({ sheet: sb.name, row: r1, fields: { task: t.task, endRow: r1 + 2, leadUnits: [t.lead] } });
  }
  if (splits < 4) throw new Error(`v33: only ${splits} acronym tails`);
});

variant('v05-nfd-oldtone-spaces-2024', '2024 quarter tasks in one table ("I | Quý I (26 nhiệm vụ)"); every 3rd task text NFD, every 4th lead cell NFD, leader "PGĐ Trần Công Hoà" (old tone) and NFD "Giám đốc Sở", task texts with "hoá/thuỷ"; NBSP in "Phòng\\u00a0QLKH", double spaces "Phòng  TĐC", trailing space in products', (ex, wb) => {
  ex.period = '2024';
  const sb = new SheetB(wb.addWorksheet('Năm 2024 (bản PDF)'), ex);
  titleBlock(sb, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 7);
  header(sb, FIELDS_2024, LABELS_2024);
  let i = 0;
  for (const [q, qts] of byQuarter(tasks2024())) {
    sb.quarterHeading(q, qts.length);
    for (const t of qts) {
      i++;
      const over: Over = {};
      over.task = i % 3 === 0 ? nfd(toOldTone(t.task)) : toOldTone(t.task);
      if (t.leader === 'PGĐ Trần Công Hòa') over.leader = i % 2 ? 'PGĐ Trần Công Hoà' : 'PGĐ  Trần Công Hoà';
      if (t.leader === 'Giám đốc Sở' && i % 2) over.leader = nfd('Giám đốc Sở');
      if (i % 4 === 0) over.lead = nfd(t.lead);
      else if (t.lead === 'Phòng QLKH') over.lead = 'Phòng\u00a0QLKH';
      else if (t.lead === 'Phòng TĐC') over.lead = 'Phòng  TĐC ';
      if (i % 5 === 0) over.product = `${t.product} `;
      const tr = sb.row(vals(t, FIELDS_2024, over));
      countTask(ex, t);
      if (t.leader === 'PGĐ Trần Công Hòa' && ex.taskChecks.length < 4) ex.taskChecks.push({ sheet: sb.name, row: tr, fields: { leaders: ['PGĐ Trần Công Hòa'], leadUnits: [t.lead] } });
      if (t.lead === 'Phòng QLKH' && i % 4 !== 0 && ex.taskChecks.length < 8) ex.taskChecks.push({ sheet: sb.name, row: tr, fields: { leadUnits: ['Phòng QLKH'] } });
    }
  }
});

variant('v06-tcvn3-whole-sheet', 'Phụ lục II Q3 (96 tasks), every cell typed in TCVN3: font .VnTime, title in .VnTimeH (lowercase codes shown as capitals); headers, quarter and month rows in TCVN3 too', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('PL2'), ex, { font: '.VnTime' });
  const T = (s: unknown) => (typeof s === 'string' && s ? tcvn(s) : s);
  sb.row([T('Sở Khoa học và Công nghệ')]);
  sb.mergeAcross(sb.row([tcvn('phụ lục ii. nhiệm vụ cụ thể trong 6 tháng cuối năm 2025')], { font: '.VnTimeH' }), 1, 7);
  sb.blank();
  sb.row(PHU_LUC_FIELDS.map((f) => T(LABEL[f])), { bold: true });
  const qts = phuLucTasks().filter((t) => t.quarter === 3);
  const r = sb.row(['I', T(`Quý III (${qts.length} nhiệm vụ)`)]);
  sb.mergeAcross(r, 2, 7);
  sb.section(r, 'Quý III', qts.length, qts.length);
  let legacy = 1; // the quarter heading's text in B
  for (const [m, mts] of byMonth(qts)) {
    sb.mergeAcross(sb.row(['', T(`Tháng ${m}`)]), 2, 7);
    legacy++;
    for (const t of mts) {
      const v = vals(t, PHU_LUC_FIELDS).map((x, k) => (k === 0 ? x : T(x)));
      const tr = sb.row(v);
      countTask(ex, t);
      for (const x of v.slice(1)) if (typeof x === 'string' && x && /[^\x00-\x7f]/.test(x)) legacy++;
      if (t.stt === 3 || t.stt === 40) ex.taskChecks.push({ sheet: sb.name, row: tr, fields: { task: tcvnTypable(t.task), leadUnits: [t.lead], leaders: [t.leader], product: tcvnTypable(t.product) } });
    }
  }
  ex.bulk = [{ code: 'legacy-encoding', count: legacy, why: 'one per non-ASCII text cell of the table (tasks, headings)' }];
});

variant('v07-vni-and-stray-legacy-cells', 'Phụ lục II Q4 in Unicode; 6 cells in VNI-Times font (task texts, lead units, a leader), 1 VNI cell and 1 TCVN3 cell pasted without their font (Times New Roman)', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  const fonts = new Map<number, Record<number, string>>(); // task index → column → font
  writePhuLuc(sb, phuLucTasks().filter((t) => t.quarter === 4), {
    hook: (t, i, r) => {
      const over: Over = {};
      const f: Record<number, string> = {};
      if ([2, 9, 30].includes(i)) {
        over.task = encodeVni(t.task);
        f[2] = 'VNI-Times';
        sb.expect('legacy-encoding', r, 2, 'task text typed in VNI');
        ex.taskChecks.push({ sheet: sb.name, row: r, fields: { task: t.task } });
      }
      if ([5, 41].includes(i)) {
        over.lead = encodeVni(t.lead);
        f[3] = 'VNI-Times';
        sb.expect('legacy-encoding', r, 3, 'lead unit typed in VNI');
        ex.taskChecks.push({ sheet: sb.name, row: r, fields: { leadUnits: [t.lead] } });
      }
      if (i === 12) {
        over.leader = encodeVni(t.leader);
        f[6] = 'VNI-Times';
        sb.expect('legacy-encoding', r, 6, 'leader typed in VNI');
        ex.taskChecks.push({ sheet: sb.name, row: r, fields: { leaders: [t.leader] } });
      }
      if (i === 20) {
        over.task = encodeVni(t.task);
        sb.expect('legacy-encoding', r, 2, 'VNI text pasted without the VNI font');
        ex.taskChecks.push({ sheet: sb.name, row: r, fields: { task: t.task } });
      }
      if (i === 50) {
        over.task = tcvn(t.task);
        sb.expect('legacy-encoding', r, 2, 'TCVN3 text pasted without the .VnTime font');
        ex.taskChecks.push({ sheet: sb.name, row: r, fields: { task: tcvnTypable(t.task) } });
      }
      fonts.set(i, f);
      return over;
    },
    rowOpts: (_t, i) => ({ fonts: fonts.get(i) }),
  });
});

// ───────────────────────────────────────────── cell values ─────────────────────────────────────────────

variant('v08-formulas-and-errors', 'Phụ lục II Q3: STT =A{r-1}+1 with cached results (first of each month block =1 typed), some STT as text "15" / "16."; one STT =A40+1 cached #REF!, one product =VLOOKUP(..) cached #N/A', (ex, wb) => {
  ex.period = '2025-09';
  ex.tolerated = [];
  const tolerated = ex.tolerated;
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  let prevRow = 0;
  writePhuLuc(sb, phuLucTasks().filter((t) => t.quarter === 3), {
    hook: (t, _i, r) => {
      const over: Over = {};
      const n = Number(t.stt);
      if (n === 15) over.stt = '15';
      else if (n === 16) over.stt = '16.';
      else if (n === 41) {
        over.stt = { formula: `A${r - 1}+1`, result: { error: '#REF!' } };
        sb.expect('formula-error', r, 1, 'STT formula shows #REF!');
        // a human sees a task whose number is broken; a gap 40→42 after it is the same slip
        tolerated.push({ code: 'number-gap', sheet: sb.name, cell: `A${r + 1}` });
        tolerated.push({ code: 'missing-number', sheet: sb.name, cell: `A${r}` });
      } else if (prevRow === r - 1 && n > 1) over.stt = { formula: `A${r - 1}+1`, result: n };
      if (n === 60) {
        over.product = { formula: `VLOOKUP(B${r},DanhMuc!A:B,2,0)`, result: { error: '#N/A' } };
        sb.expect('formula-error', r, 5, 'product lookup shows #N/A');
      }
      prevRow = r;
      return over;
    },
    after: (t, r) => {
      if ([15, 16, 17].includes(Number(t.stt))) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { stt: String(t.stt) } });
    },
  });
});

variant('v32-month-plan-title', 'a unit\'s monthly plan: title "KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025" over a dated line "Quảng Ngãi, ngày 25 tháng 7 năm 2025", no quarter or month rows; columns TT|Nội dung|Lãnh đạo|Chủ trì|Phối hợp|Sản phẩm|Ghi chú, task texts in NFD; one lead cell =VLOOKUP(..) showing #N/A; coordinating cells naming outside offices in full ("Phòng Tài chính - Kế hoạch", "Trung tâm Phục vụ hành chính công tỉnh")', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Tháng 8'), ex);
  titleBlock(sb, ['KẾ HOẠCH CÔNG TÁC THÁNG 8 NĂM 2025', 'Quảng Ngãi, ngày 25 tháng 7 năm 2025'], 7);
  const fields: Field[] = ['stt', 'task', 'leader', 'lead', 'coord', 'product', 'note'];
  header(sb, fields);
  phuLucTasks()
    .filter((t) => t.month === 8)
    .forEach((t, i) => {
      const over: Over = { stt: i + 1, task: nfd(t.task) };
      const r = sb.r + 1;
      if (i === 4) {
        over.lead = { formula: `VLOOKUP(A${r},DanhMuc!A:B,2,0)`, result: { error: '#N/A' } };
        sb.expect('formula-error', r, 4, 'lead unit lookup shows #N/A: one finding, not also an unknown unit');
        ex.taskChecks.push({ sheet: sb.name, row: r, fields: { leadUnits: [], quarter: 3, month: 8 } });
      }
      if (i % 5 === 1) over.coord = 'Phòng Tài chính - Kế hoạch; Trung tâm Phục vụ hành chính công tỉnh';
      sb.row(vals(t, fields, over));
      countTask(ex, t);
    });
});

variant('v09-deadline-status-result', 'Phụ lục II Q3+Q4 plus Thời hạn (Excel dates; some "31/7/2025" text, "15/8" text, a bare serial), Tình trạng, Kết quả; planted: "31/4/2025" (invalid), "31/9/2025" (invalid), Q3 task due 15/10/2025 (outside quarter), statuses "Tạm dừng" (an adjustment, kept as written) and "Hoàn thàn" (unknown)', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Theo dõi tiến độ'), ex);
  titleBlock(sb, LATE_TITLE, 10);
  const statuses = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Đã hoàn thành', 'Đề xuất bỏ', 'Đang triển khai'];
  const canonical: Record<string, string> = { 'Đã hoàn thành': 'Hoàn thành', 'Đang triển khai': 'Đang thực hiện' };
  writePhuLuc(sb, phuLucTasks(), {
    fields: ['stt', 'task', 'lead', 'coord', 'product', 'leader', 'deadline', 'status', 'result', 'note'],
    hook: (t, i, r) => {
      const m = t.month!;
      const last = new Date(Date.UTC(2025, m, 0));
      const iso = last.toISOString().slice(0, 10);
      const over: Over = { deadline: last, status: statuses[i % statuses.length], result: i % 3 === 0 ? 'Đã ban hành văn bản' : '' };
      let expectIso: string | null = iso;
      if (i % 7 === 1) over.deadline = `${last.getUTCDate()}/${m}/2025`;
      if (i % 11 === 2) {
        over.deadline = `15/${m}`;
        expectIso = `2025-${String(m).padStart(2, '0')}-15`;
      }
      if (i === 13) {
        over.deadline = (Date.UTC(2025, m, 0) - Date.UTC(1899, 11, 30)) / 86400000; // a serial without date format
        expectIso = iso;
      }
      if (i === 20) {
        over.deadline = '31/4/2025';
        expectIso = null;
        sb.expect('invalid-date', r, 7, '31/4 does not exist');
      }
      if (i === 70) {
        over.deadline = '31/9/2025';
        expectIso = null;
        sb.expect('invalid-date', r, 7, '31/9 does not exist');
      }
      if (i === 30) {
        over.deadline = new Date(Date.UTC(2025, 9, 15));
        expectIso = '2025-10-15';
        sb.expect('deadline-outside-quarter', r, 7, 'Q3 task due in October');
      }
      if (i === 40) over.status = 'Tạm dừng';
      if (i === 150) {
        over.status = 'Hoàn thàn';
        sb.expect('unknown-status', r, 8, 'misspelt');
      }
      const st = over.status as string;
      if (i % 9 === 0 || [1, 2, 13, 20, 30, 40, 70, 150].includes(i)) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { deadline: expectIso, status: canonical[st] ?? st } });
      return over;
    },
  });
});

// ───────────────────────────────────────────── planted slips ─────────────────────────────────────────────

variant('v12-planted-slips', 'Phụ lục II (176 tasks) with: Q3 heading says 97 (has 96); Q3 #5 no product; Q3 #10 no leader; Q3 #12 no lead unit; Q3 #20 numbered 19 (duplicate); Q3 #33 lead "Phòng QLTCĐLC" (typo); Q4 #31.. numbered from 32 (gap); Q4 #44 lead and leader swapped; Q4 #60 lead "Trung tâm UDKHCM" (typo)', (ex, wb) => {
  ex.period = '2025-09';
  ex.tolerated = [];
  const tolerated = ex.tolerated;
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  writePhuLuc(sb, phuLucTasks(), {
    quarterRow: (q, k) => {
      const d = q === 3 ? k + 1 : k;
      return { cells: [ROMAN[q - 1], `Quý ${ROMAN[q - 1]} (${d} nhiệm vụ)`], mergeFrom: 2, declared: d };
    },
    hook: (t, _i, r) => {
      const n = Number(t.stt);
      const over: Over = {};
      if (t.quarter === 3) {
        if (n === 5) {
          over.product = '';
          sb.expect('missing-product', r, 5, 'no product');
        }
        if (n === 10) {
          over.leader = '';
          sb.expect('missing-leader', r, 6, 'no leader');
        }
        if (n === 12) {
          over.lead = '';
          sb.expect('missing-lead-unit', r, 3, 'no lead unit');
        }
        if (n === 20) {
          over.stt = 19;
          sb.expect('duplicate-number', r, 1, 'second 19');
          tolerated.push({ code: 'number-gap', sheet: sb.name, cell: `A${r + 1}` });
        }
        if (n === 33) {
          over.lead = 'Phòng QLTCĐLC';
          sb.expect('unknown-unit', r, 3, 'typo of Phòng QLTCĐLCL');
        }
      } else {
        if (n >= 31) over.stt = n + 1;
        if (n === 31) sb.expect('number-gap', r, 1, '30 → 32');
        if (n === 44) {
          over.lead = t.leader;
          over.leader = t.lead;
          sb.expect('swapped-columns', r, 3, 'leader in lead column');
          sb.expect('swapped-columns', r, 6, 'unit in leader column');
        }
        if (n === 60) {
          over.lead = 'Trung tâm UDKHCM';
          sb.expect('unknown-unit', r, 3, 'typo of Trung tâm UDKHCN');
        }
      }
      return over;
    },
  });
  const q3 = ex.sections.find((s) => s.label === 'Quý III')!;
  ex.findings.push({ code: 'declared-count-mismatch', sheet: sb.name, cell: `B${q3.row}`, alt: [`A${q3.row}`], why: '97 declared, 96 listed' });
});

variant('v13-2024-sheet', '2024 quarter tasks (72), 2024 unit names and leaders, title "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024"; one lead "Tổ chuyên đổi số" (accent typo) and one product "01 Lốp"', (ex, wb) => {
  ex.period = '2024';
  const sb = new SheetB(wb.addWorksheet('Năm 2024'), ex);
  titleBlock(sb, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], 7);
  const tasks = tasks2024();
  const k = tasks.findIndex((t) => t.lead === 'Tổ chuyển đổi số');
  tasks[k] = { ...tasks[k], lead: 'Tổ chuyên đổi số' };
  const p = tasks.findIndex((t) => t.product === '01 lớp');
  if (p >= 0) tasks[p] = { ...tasks[p], product: '01 Lốp' };
  write2024Quarters(sb, tasks, { late: false, expectOutdated: false });
});

// ───────────────────────────────────────────── periods and names ─────────────────────────────────────────────

variant('v14-late-2025-same-units', 'the 2024 Q3+Q4 tasks (27) under "Quý III/2025", "Quý IV/2025", title "Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025": every lead cell with a 2024 unit name must be flagged outdated-unit, "PGĐ Trần Công Hòa" unknown-leader', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('6 tháng cuối năm'), ex);
  titleBlock(sb, ['NHIỆM VỤ CỤ THỂ TRONG 6 THÁNG CUỐI NĂM 2025'], 7);
  write2024Quarters(sb, tasks2024().filter((t) => t.quarter! >= 3), { late: true, expectOutdated: true });
});

variant('v15-2024-and-late-2025-in-one-workbook', 'one workbook: sheet "2024" (2024 Q3+Q4 tasks, title "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024") and sheet "6 tháng cuối 2025" (the same tasks and units, title "... 6 tháng cuối năm 2025"): outdated units only in the second sheet', (ex, wb) => {
  const ts = tasks2024().filter((t) => t.quarter! >= 3);
  const s1 = new SheetB(wb.addWorksheet('2024'), ex);
  titleBlock(s1, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], 7);
  write2024Quarters(s1, ts, { late: false, expectOutdated: false });
  const s2 = new SheetB(wb.addWorksheet('6 tháng cuối 2025'), ex);
  titleBlock(s2, ['NHIỆM VỤ CỤ THỂ TRONG 6 THÁNG CUỐI NĂM 2025'], 7);
  write2024Quarters(s2, ts, { late: true, expectOutdated: true });
});

variant('v16-quarter-title-2025', 'Phụ lục II Q4 tasks (80) with late-2025 unit names under the title "KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025" (no other date), file name without a year; months as rows "Tháng 10"...; no quarter row', (ex, wb) => {
  ex.period = '2025-09';
  ex.fileName = 'v16-ke-hoach-quy-iv.xlsx';
  const sb = new SheetB(wb.addWorksheet('Quý IV'), ex);
  sb.row(['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
  sb.row(['VĂN PHÒNG SỞ']);
  sb.blank();
  sb.mergeAcross(sb.row(['KẾ HOẠCH CÔNG TÁC QUÝ IV NĂM 2025'], { bold: true }), 1, 7);
  sb.blank();
  header(sb, PHU_LUC_FIELDS);
  for (const [m, mts] of byMonth(phuLucTasks().filter((x) => x.quarter === 4))) {
    sb.mergeAcross(sb.row(['', `Tháng ${m}`]), 2, 7);
    for (const x of mts) {
      const r = sb.row(vals(x, PHU_LUC_FIELDS));
      countTask(ex, x);
      if (x.stt === 1) ex.taskChecks.push({ sheet: sb.name, row: r, fields: { quarter: 4, month: 10, leadUnits: [x.lead] } });
    }
  }
});

variant('v17-several-units-and-leaders', 'Phụ lục II Q3 with lead cells "Phòng QLKH&ĐMST (chủ trì); Phòng BCVT&CĐS", "Phòng QLKH&ĐMST và Phòng BCVT&CĐS", "Phòng QLCN&CN; QLTCĐLCL; QLKH&ĐMST.", "Phòng QLKH&ĐMST & BCVT&CĐS", "Văn phòng Sở, Trung tâm CĐS&ĐMST"; leader cells "Các PGĐ Sở: Phan Văn Hiếu; Mai Thoan; Nguyễn Quốc Huy Hoàng", "PGĐ Sở Mai Thoan PGĐ Sở Nguyễn Trọng Tâm", "PGĐ Mai Thoan, PGĐ Nguyễn Trọng Tâm", "Giám đốc Sở và PGĐ Sở Phan Văn Hiếu", "Phó Giám đốc Nguyễn Quốc Huy Hoàng"', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  const leads: [string, string[]][] = [
    ['Phòng QLKH&ĐMST (chủ trì); Phòng BCVT&CĐS', ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']],
    ['Phòng QLKH&ĐMST và Phòng BCVT&CĐS', ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']],
    ['Phòng QLCN&CN; QLTCĐLCL; QLKH&ĐMST.', ['Phòng QLCN&CN', 'Phòng QLTCĐLCL', 'Phòng QLKH&ĐMST']],
    ['Phòng QLKH&ĐMST & BCVT&CĐS', ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']],
    ['Văn phòng Sở, Trung tâm CĐS&ĐMST', ['Văn phòng Sở', 'Trung tâm CĐS&ĐMST']],
    ['Phòng QLTCĐLCL, Trung tâm KTTCĐLCL', ['Phòng QLTCĐLCL', 'Trung tâm KTTCĐLCL']],
  ];
  const leaders: [string, string[]][] = [
    ['Các PGĐ Sở: Phan Văn Hiếu; Mai Thoan; Nguyễn Quốc Huy Hoàng', ['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan', 'PGĐ Sở Nguyễn Quốc Huy Hoàng']],
    ['PGĐ Sở Mai Thoan PGĐ Sở Nguyễn Trọng Tâm', ['PGĐ Sở Mai Thoan', 'PGĐ Sở Nguyễn Trọng Tâm']],
    ['PGĐ Mai Thoan, PGĐ Nguyễn Trọng Tâm', ['PGĐ Sở Mai Thoan', 'PGĐ Sở Nguyễn Trọng Tâm']],
    ['Giám đốc Sở và PGĐ Sở Phan Văn Hiếu', ['Giám đốc Sở', 'PGĐ Sở Phan Văn Hiếu']],
    ['Phó Giám đốc Nguyễn Quốc Huy Hoàng', ['PGĐ Sở Nguyễn Quốc Huy Hoàng']],
  ];
  writePhuLuc(sb, phuLucTasks().filter((t) => t.quarter === 3), {
    hook: (_t, i, r) => {
      const over: Over = {};
      const fields: Record<string, unknown> = {};
      if (i % 8 === 3 && i / 8 < leads.length) {
        const [written, want] = leads[Math.floor(i / 8)];
        over.lead = written;
        fields.leadUnits = want;
      }
      if (i % 8 === 5 && i / 8 < leaders.length) {
        const [written, want] = leaders[Math.floor(i / 8)];
        over.leader = written;
        fields.leaders = want;
      }
      if (Object.keys(fields).length) ex.taskChecks.push({ sheet: sb.name, row: r, fields });
      return over;
    },
  });
});

variant('v24-focus-tasks-2025-03', 'the 2025 programme (QĐ 39 ngày 21/3/2025): "1. Nhiệm vụ trọng tâm: Gồm 13 nội dung" and "2. Nhiệm vụ xuyên suốt: Gồm 26 nội dung" tables, numbering "1.", "2."; the document\'s "Phòng HCTH" slip kept', (ex, wb) => {
  ex.period = '2025-03';
  const sb = new SheetB(wb.addWorksheet('Trọng tâm - Xuyên suốt'), ex);
  titleBlock(sb, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025', '(Kèm theo Quyết định số 39/QĐ-SKHHCN ngày 21/3/2025 của Sở Khoa học và Công nghệ)'], 6);
  const tabs = tables2025();
  for (const k of [2, 3]) {
    const t = tabs[k];
    const hr = sb.row([t.title]);
    sb.section(hr, k === 2 ? 'Nhiệm vụ trọng tâm' : 'Nhiệm vụ xuyên suốt', t.rows.length, t.rows.length);
    sb.row(t.header, { bold: true });
    for (const r of t.rows) {
      const rr = sb.row(r);
      countTask(ex, { quarter: null, month: null }, true);
      for (const part of String(r[3]).split(/;|,/)) if (/Phòng HCTH/.test(part)) sb.expect('outdated-unit', rr, 4, 'Phòng HCTH is the 2024 name');
    }
    sb.blank();
  }
});

variant('v28-full-titles-and-ampersand-2024', '2024 quarter tasks; leader cells "Phó Giám đốc Trần Công Hòa" (exactly an alias in the 2024 directory) instead of "PGĐ Trần Công Hòa"; 3 lead cells "Phòng QLCN&CN & TĐC" (two units, like the document\'s "Phòng QLKH & HCTH")', (ex, wb) => {
  ex.period = '2024';
  const sb = new SheetB(wb.addWorksheet('Năm 2024'), ex);
  titleBlock(sb, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'], 7);
  header(sb, FIELDS_2024, LABELS_2024);
  let amp = 0;
  for (const [q, qts] of byQuarter(tasks2024())) {
    sb.quarterHeading(q, qts.length);
    for (const t of qts) {
      const over: Over = {};
      const want: Record<string, unknown> = {};
      if (t.leader === 'PGĐ Trần Công Hòa') {
        over.leader = 'Phó Giám đốc Trần Công Hòa';
        want.leaders = ['PGĐ Trần Công Hòa'];
      }
      if (t.lead === 'Phòng QLCN&CN' && amp < 3) {
        amp++;
        over.lead = 'Phòng QLCN&CN & TĐC';
        want.leadUnits = ['Phòng QLCN&CN', 'Phòng TĐC'];
      }
      const r = sb.row(vals(t, FIELDS_2024, over));
      countTask(ex, t);
      if (Object.keys(want).length) ex.taskChecks.push({ sheet: sb.name, row: r, fields: want });
    }
  }
});

variant('v30-year-title-late-quarters', 'Phụ lục II tasks under the title "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025" only, headings "Quý III/2025 (96 nhiệm vụ)", "Quý IV/2025 (80 nhiệm vụ)", post-July-2025 unit and leader names', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('Nhiệm vụ'), ex);
  titleBlock(sb, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'], 7);
  writePhuLuc(sb, phuLucTasks(), { quarterRow: (q, k) => ({ cells: [ROMAN[q - 1], `Quý ${ROMAN[q - 1]}/2025 (${k} nhiệm vụ)`], mergeFrom: 2 }) });
});

// ───────────────────────────────────────────── workbook structure ─────────────────────────────────────────────

variant('v10-several-tables-several-sheets', '2024 programme: sheet "Chương trình" holds KPI table, 06 nội dung, trọng tâm (6), xuyên suốt (15), each with its own heading line and header, then Q I and Q II tables; sheet "Quý III-IV" holds Q III and Q IV tables with "Quý III (13 nhiệm vụ)" headings inside the table; a third sheet "Ghi chép" has notes only', (ex, wb) => {
  ex.period = '2024';
  const s1 = new SheetB(wb.addWorksheet('Chương trình'), ex);
  titleBlock(s1, ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024', '(Kèm theo Quyết định số 279/QĐ-SKH-CN ngày 29/12/2023 của Giám đốc Sở Khoa học và Công nghệ)'], 7);
  const tabs = tables2024();
  const kpi = tabs[0];
  const kr = s1.row([kpi.title]);
  // "…: Gồm 15 chỉ tiêu.": a count of the KPIs under it.
  const kpis = Number(/Gồm (\d+) chỉ tiêu/.exec(kpi.title)![1]);
  s1.section(kr, 'Các chỉ tiêu kinh tế - xã hội', kpis, kpis);
  s1.row(kpi.header, { bold: true });
  for (const r of kpi.rows) s1.row(r);
  s1.blank();
  // 06 nội dung, trọng tâm, xuyên suốt: tasks of the whole year
  for (const k of [1, 2, 3]) {
    const t = tabs[k];
    const hr = s1.row([k === 1 ? `Chỉ tiêu phân khai hàng năm: ${t.title}` : t.title]);
    s1.section(hr, k === 1 ? 'Chỉ tiêu phân khai hàng năm' : k === 2 ? 'Nhiệm vụ trọng tâm' : 'Nhiệm vụ xuyên suốt', t.rows.length, t.rows.length);
    s1.row(t.header, { bold: true });
    for (const r of t.rows) {
      s1.row(r);
      countTask(ex, { quarter: null, month: null }, true);
    }
    s1.blank();
  }
  const qs = byQuarter(tasks2024());
  for (const q of [1, 2]) {
    const qts = qs.get(q)!;
    const hr = s1.row([`${q}. Những nội dung hoàn thành trong Quý ${ROMAN[q - 1]}: Gồm ${qts.length} nhiệm vụ`]);
    s1.section(hr, `Quý ${ROMAN[q - 1]}`, qts.length, qts.length);
    header(s1, FIELDS_2024, LABELS_2024);
    for (const t of qts) {
      s1.row(vals(t, FIELDS_2024));
      countTask(ex, t);
    }
    s1.blank();
  }
  const s2 = new SheetB(wb.addWorksheet('Quý III-IV'), ex);
  s2.row(['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024 (tiếp theo)']);
  s2.blank();
  header(s2, FIELDS_2024, LABELS_2024);
  for (const q of [3, 4]) {
    const qts = qs.get(q)!;
    s2.quarterHeading(q, qts.length);
    for (const t of qts) {
      const tr = s2.row(vals(t, FIELDS_2024));
      countTask(ex, t);
      if (String(t.stt) === '1') ex.taskChecks.push({ sheet: s2.name, row: tr, fields: { quarter: q, stt: '1' } });
    }
  }
  const s3 = new SheetB(wb.addWorksheet('Ghi chép'), ex);
  s3.row(['Ghi chú của Văn phòng Sở: đã gửi các phòng ngày 05/01/2024']);
  s3.row(['Người lập', 'Nguyễn Văn A']);
});

variant('v21-review-and-kpi', '2025 KPI table (Chỉ tiêu, "8.000", "103,0") on sheet 1; Phụ lục II Q3 on sheet 2; the QLCN&CN review table (Đề xuất, Tháng, TT rà soát) on sheet 3', (ex, wb) => {
  ex.period = '2025-09';
  const s1 = new SheetB(wb.addWorksheet('Chỉ tiêu'), ex);
  titleBlock(s1, ['CÁC CHỈ TIÊU NĂM 2025'], 6);
  const kpi = tables2025()[0];
  s1.row(kpi.header, { bold: true });
  ex.kpiCount = 0;
  for (const r of kpi.rows) {
    const row = s1.row(r);
    // Group rows "I | Nghiên cứu…" are not KPIs, nor "- Cấp tỉnh" with no number under KPI 1 (its part).
    if (r[1] && !/^[IVX]+$/.test(r[0]) && !(!r[0] && /^\s*-/.test(r[1]))) ex.kpiCount++;
    // Its advising units are the early-2025 names, old in the 2025-09 period; a name cut at the page ("… và Công" | "nghệ …") is one, at its first cell.
    if (r[4] && !/^\p{Ll}/u.test(r[4])) ex.findings.push({ code: 'outdated-unit', sheet: 'Chỉ tiêu', cell: `E${row}`, why: 'KPI advising unit of the 2025-03 period' });
  }
  const s2 = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(s2, LATE_TITLE, 7);
  writePhuLuc(s2, phuLucTasks().filter((t) => t.quarter === 3));
  const s3 = new SheetB(wb.addWorksheet('Rà soát QLCN&CN'), ex);
  const rv = review2025();
  titleBlock(s3, [rv.title], 8);
  s3.row(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Đề xuất', 'Tháng', 'Ghi chú', 'TT rà soát'], { bold: true });
  const p = { drop: 0, add: 0, adjust: 0 };
  for (const x of rv.rows) {
    s3.row([x.stt, x.task, x.lead, x.coord, x.proposal, `Tháng ${x.month}`, x.remark, x.index]);
    const f = x.proposal.toLowerCase();
    if (!f) continue;
    if (f.includes('bổ sung')) p.add++;
    else if (f.includes('bỏ')) p.drop++;
    else p.adjust++;
  }
  ex.proposals = p;
});

variant('v22-one-sheet-per-unit', 'a consolidated workbook: one sheet per lead unit, each with the unit\'s own Q3/Q4 tasks, numbering restarting per quarter, and its own "Quý III (n nhiệm vụ)" headings', (ex, wb) => {
  ex.period = '2025-09';
  const tasks = phuLucTasks();
  [...new Set(tasks.map((t) => t.lead))].forEach((u, k) => {
    const sb = new SheetB(wb.addWorksheet(`${k + 1}-${u.replace(/[^A-Za-zĐđ0-9]/g, '').slice(0, 20)}`), ex);
    titleBlock(sb, LATE_TITLE, 7);
    const mine = tasks.filter((t) => t.lead === u);
    let n = 0;
    let q = 0;
    for (const t of mine) {
      if (t.quarter !== q) n = 0;
      q = t.quarter!;
      t.stt = ++n;
    }
    writePhuLuc(sb, mine);
  });
});

variant('v25-sheet-named-ctct', 'Phụ lục II Q4 (80 tasks), clean, on a sheet named "CTCT Quý IV" (CTCT = Chương trình công tác, the staff\'s own abbreviation)', (ex, wb) => {
  ex.period = '2025-09';
  const sb = new SheetB(wb.addWorksheet('CTCT Quý IV'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  writePhuLuc(sb, phuLucTasks().filter((t) => t.quarter === 4));
});

variant('v26-workbook-directory-sheet', 'Phụ lục II Q4 (80 tasks) + a "Danh mục" sheet (add-in format, default directory) where the department added unit "Tổ Pháp chế" to 2025-09; 3 tasks led by "Tổ Pháp chế": every check (CLI too) uses the workbook\'s directory', (ex, wb) => {
  ex.period = '2025-09';
  const dir: Directory = structuredClone(defaultDirectory);
  dir.periods.find((p) => p.id === '2025-09')!.units.push({ name: 'Tổ Pháp chế', short: 'Tổ Pháp chế', aliases: ['Tổ PC'] });
  const sb = new SheetB(wb.addWorksheet('Phụ lục II'), ex);
  titleBlock(sb, LATE_TITLE, 7);
  writePhuLuc(sb, phuLucTasks().filter((t) => t.quarter === 4), {
    hook: (_t, i, r) => {
      if (i % 30 !== 7) return;
      ex.taskChecks.push({ sheet: sb.name, row: r, fields: { leadUnits: ['Tổ Pháp chế'] } });
      return { lead: 'Tổ Pháp chế' };
    },
  });
  const dm = wb.addWorksheet('Danh mục');
  for (const r of directoryToValues(dir)) dm.addRow(r);
});

variant('v23-not-a-programme', 'a workbook with a letter and a contact list, no task table: refused with one Vietnamese sentence (`ctct check` exits 2), no stack trace', (ex, wb) => {
  ex.exit = 2;
  const sb = new SheetB(wb.addWorksheet('Công văn'), ex);
  sb.row(['Kính gửi: Các phòng, đơn vị thuộc Sở']);
  sb.row(['Họ tên', 'Chức vụ', 'Điện thoại']);
  sb.row(['Nguyễn Văn A', 'Chuyên viên', '0912345678']);
});
