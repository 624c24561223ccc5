/**
 * Shared pieces of the variant workbooks (recipes.ts): the department's own documents as task lists
 * (tests/fixtures/data, with the documents' slips fixed), the expectation a careful human checker
 * writes down for a workbook, and a sheet builder that records expected findings and counts as it
 * writes rows.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { encodeTcvn3 } from '../unit/text/encoders';

const DATA = path.resolve(__dirname, '../fixtures/data');

// ─────────────────────────────────────────── source data ───────────────────────────────────────────

export interface Task {
  stt: string | number;
  task: string;
  lead: string;
  coord: string;
  product: string;
  leader: string;
  note: string;
  quarter: number | null;
  month: number | null;
}

export type Field = 'stt' | 'task' | 'lead' | 'coord' | 'product' | 'leader' | 'note' | 'deadline' | 'status' | 'result' | 'month' | 'quarter';

/** A table of the 2024 or 2025 programme as transcribed: title line, header, rows of cell texts. */
export interface SourceTable {
  title: string;
  header: string[];
  rows: string[][];
}

/** A task of the transcribed Phụ lục II: every task has its number, quarter and month. */
type PhuLucTask = Task & { stt: number; quarter: number; month: number };

export interface ReviewRow {
  stt: number;
  month: number;
  task: string;
  lead: string;
  coord: string;
  proposal: string;
  remark: string;
  index: number;
}

interface PhuLucData {
  quarters: { label: string; declared: number; tasks: PhuLucTask[] }[];
  review: { title: string; rows: ReviewRow[] };
}

const cache = new Map<string, unknown>();
function data<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(fs.readFileSync(path.join(DATA, name), 'utf8')));
  return cache.get(name) as T;
}

/** Phụ lục II (late 2025), cleaned of the document's own slips. Fresh objects on every call. */
export function phuLucTasks(): Task[] {
  const d = data<PhuLucData>('phu-luc-II-2025.json');
  return d.quarters.flatMap((q) =>
    q.tasks.map((t) => ({
      stt: t.stt,
      task: t.task,
      lead: t.lead === 'Trung tâm KTTCĐKCL' ? 'Trung tâm KTTCĐLCL' : t.lead,
      coord: t.coord,
      product: t.product || 'Báo cáo kết quả thực hiện',
      leader: t.leader || 'Giám đốc Sở',
      note: t.note,
      quarter: t.quarter,
      month: t.month,
    })),
  );
}

export function tables2024(): SourceTable[] {
  return data<{ tables: SourceTable[] }>('ctct-2024.json').tables;
}
export function tables2025(): SourceTable[] {
  return data<{ tables: SourceTable[] }>('ctct-2025.json').tables;
}
export function review2025(): PhuLucData['review'] {
  return data<PhuLucData>('phu-luc-II-2025.json').review;
}

/** The 2024 programme's quarter tables, cleaned. Fresh objects on every call. */
export function tasks2024(): Task[] {
  const out: Task[] = [];
  for (const t of tables2024()) {
    const m = /Quý (IV|III|II|I):/.exec(t.title);
    if (!m) continue;
    const q = { I: 1, II: 2, III: 3, IV: 4 }[m[1] as 'I' | 'II' | 'III' | 'IV'];
    for (const r of t.rows)
      out.push({
        stt: r[0],
        task: r[1],
        leader: r[2],
        lead: r[3] === 'Tổ chuyên đổi số' ? 'Tổ chuyển đổi số' : r[3],
        coord: r[4],
        product: r[5] || 'Kế hoạch của Sở',
        note: r[6],
        quarter: q,
        month: null,
      });
  }
  return out;
}

// ─────────────────────────────────────────── expectations ──────────────────────────────────────────

export interface ExpectedFinding {
  code: string;
  sheet: string;
  /** The cell a checker points at, e.g. "C12". */
  cell: string;
  /** Other cells the engine may match on (a heading's number in A or its text in B); reporting there still fails. */
  alt?: string[];
  why: string;
}

export interface TaskCheck {
  sheet: string;
  row: number;
  /** Fields of the task read at that row (report's Task field names), compared deeply. */
  fields: Record<string, unknown>;
}

export interface ExpectedSection {
  sheet: string;
  row: number;
  label: string;
  declared: number;
  actual: number;
}

export interface Expectation {
  name: string;
  /** What the workbook holds and why, in the words of the person who wrote it. */
  recipe: string;
  /** The file name the workbook is checked under (it can carry the year). */
  fileName: string;
  /** 2: the workbook must be refused (CtctInputError; `ctct check` exits 2). */
  exit: number;
  period?: string;
  taskCount: number;
  byQuarter: Record<string, number>;
  byMonth?: Record<string, number>;
  allYear?: number;
  /** Every section with a declared count; no other may be reported. */
  sections: ExpectedSection[];
  /** Every warning/error finding, cell by cell; no other may be reported. */
  findings: ExpectedFinding[];
  /** Warning/error codes expected in bulk (checked by count, not cell by cell). */
  bulk?: { code: string; count: number; why: string }[];
  taskChecks: TaskCheck[];
  kpiCount?: number;
  proposals?: { drop: number; add: number; adjust: number };
  /** Findings a checker accepts but does not require (the same slip reported twice). */
  tolerated?: { code: string; sheet: string; cell: string }[];
}

export function newExpectation(name: string, recipe: string): Expectation {
  return { name, recipe, fileName: `${name}.xlsx`, exit: 0, taskCount: 0, byQuarter: {}, sections: [], findings: [], taskChecks: [] };
}

export function countTask(ex: Expectation, t: { quarter: number | null; month: number | null }, allYear = false): void {
  ex.taskCount++;
  if (allYear) ex.allYear = (ex.allYear ?? 0) + 1;
  if (t.quarter) ex.byQuarter[String(t.quarter)] = (ex.byQuarter[String(t.quarter)] ?? 0) + 1;
  if (t.month) {
    ex.byMonth ??= {};
    ex.byMonth[String(t.month)] = (ex.byMonth[String(t.month)] ?? 0) + 1;
  }
}

// ─────────────────────────────────────────── sheet builder ─────────────────────────────────────────

export function col(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const ROMAN = ['I', 'II', 'III', 'IV'];

export interface RowOptions {
  from?: number;
  font?: string;
  fonts?: Record<number, string>;
  bold?: boolean;
}

/** Builds one worksheet row by row and keeps what a careful checker would expect. */
export class SheetB {
  r = 0;
  font: string | undefined;
  constructor(
    public ws: ExcelJS.Worksheet,
    public ex: Expectation,
    opts: { font?: string } = {},
  ) {
    this.font = opts.font;
  }
  get name(): string {
    return this.ws.name;
  }
  /** Writes values starting at column 1 (or `from`); empty values leave the cell blank. Returns the row number. */
  row(values: unknown[], opts: RowOptions = {}): number {
    const r = ++this.r;
    values.forEach((v, i) => {
      if (v === undefined || v === null || v === '') return;
      const c = (opts.from ?? 1) + i;
      const cell = this.ws.getCell(r, c);
      cell.value = v as ExcelJS.CellValue;
      const f = opts.fonts?.[c] ?? opts.font ?? this.font;
      if (f || opts.bold) cell.font = { name: f ?? 'Times New Roman', size: 13, bold: !!opts.bold };
    });
    return r;
  }
  blank(n = 1): void {
    this.r += n;
  }
  mergeAcross(r: number, c1: number, c2: number): void {
    this.ws.mergeCells(r, c1, r, c2);
  }
  mergeDown(c: number, r1: number, r2: number): void {
    if (r2 > r1) this.ws.mergeCells(r1, c, r2, c);
  }
  expect(code: string, row: number, c: number, why: string, alt?: string[]): void {
    this.ex.findings.push({ code, sheet: this.name, cell: `${col(c)}${row}`, why, alt });
  }
  section(row: number, label: string, declared: number, actual: number): void {
    this.ex.sections.push({ sheet: this.name, row, label, declared, actual });
  }
  /** "I | Quý I (26 nhiệm vụ)" merged across B:G, expected to count its `count` tasks. */
  quarterHeading(q: number, count: number): number {
    const roman = ['I', 'II', 'III', 'IV'][q - 1];
    const r = this.row([roman, `Quý ${roman} (${count} nhiệm vụ)`]);
    this.mergeAcross(r, 2, 7);
    this.section(r, `Quý ${roman}`, count, count);
    return r;
  }
}

// ─────────────────────────────────────────── text variants ─────────────────────────────────────────

/** Lowercases the uppercase toned vowels that TCVN3 (.VnTime) cannot hold, as ABC typists end up with. */
export function tcvnTypable(s: string): string {
  return Array.from(s.normalize('NFC'))
    .map((ch) => (ch !== ch.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/.test(ch.normalize('NFD')) ? ch.toLowerCase() : ch))
    .join('');
}

export function tcvn(s: string): string {
  return encodeTcvn3(tcvnTypable(s));
}

export function nfd(s: string): string {
  return s.normalize('NFD');
}

/** "Hòa" → "Hoà", "thủy" → "thuỷ": the old tone placement, as many still type. */
export function toOldTone(s: string): string {
  return s
    .normalize('NFD')
    .replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])/g, '$1$3$2')
    .replace(/([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])/g, '$1$3$2')
    .normalize('NFC');
}
