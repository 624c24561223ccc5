/** What every check receives, and how it reports: one `emit` that fills the catalog's templates. */
import { columnLetter } from '../grid';
import { LINE_BREAK, normalizeText, unicodeFontFor } from '../text';
import type { Finding, Field, Severity } from '../report';
import type { DirectoryMatcher, NameMatch } from '../directory/matcher';
import type { Period } from '../directory/types';
import type { ParsedDate } from '../reading/dates';
import { fieldRow, isJoined, type ParsedTask, type SheetParse } from '../reading/model';
import type { TaskColumn } from '../reading/headers';
import type { SheetView } from '../sheet/view';
import { FINDING_CATALOG, FindingCode, fillTemplate, placeholders, type CatalogEntry } from './catalog';

/** What a sheet is checked against: its directory period (sheets of one workbook may differ) and year. */
export interface SheetScope {
  period: Period;
  matcher: DirectoryMatcher;
  /** The programme's year, when the sheet (or its workbook) says it. */
  year: number | null;
  periodSource: 'option' | 'sheet' | 'default';
  /** The quarters a title naming several gives ("KẾ HOẠCH … QUÝ III VÀ QUÝ IV"): first and last. */
  titleQuarters?: [number, number];
  /** The one unit the title block names ("VĂN PHÒNG SỞ", "(Đơn vị: Văn phòng Sở)"), as written: a unit's own sheet. */
  titleUnit?: string;
  /** The title cell that names `titleUnit`: an old name there is reported there. */
  titleAt?: { row: number; col: number };
}

export interface AnalysedTask {
  parsed: ParsedTask;
  scope: SheetScope;
  lead: NameMatch[];
  coord: NameMatch[];
  leaders: NameMatch[];
  /** The units the lead cell says coordinate ("X chủ trì, phối hợp Y"): none in most cells. */
  leadCoord: NameMatch[];
  /** The units the leader cell notes as coordinating ("PGĐ Sở X; Phối hợp: Văn phòng Sở"): none in most cells. */
  leaderCoord: NameMatch[];
  deadline: ParsedDate | null;
  important: boolean;
  /** taskTextHash of the task's text (identity, duplicates), computed once. */
  textHash: number;
  /** The names cells as matched (`namesAsTyped`): the checks ask the matcher of the same text. */
  leadTyped: string;
  coordTyped: string;
  leaderTyped: string;
  /**
   * A leader alone in the lead column, a unit alone in the leader column: the columns swapped,
   * decided once here. Such a cell leads or directs nothing (`lead`, `leaders` empty) and
   * swapped-columns reports it.
   */
  leadSwapped: boolean;
  leaderSwapped: boolean;
  /**
   * Both cells swapped on the row (a leader alone in the lead column, a unit alone in the leader
   * column): the names as a reader takes them, counted by the summary. The checks keep `lead` and
   * `leaders` (empty), so findings stay at the cells where the text is.
   */
  swapped?: { lead: NameMatch[]; leaders: NameMatch[] };
}

export interface CellAt {
  sheet: string;
  row: number;
  col: number;
}

export interface EmitOptions {
  severity?: Severity;
  field?: Field;
  /** The cell's whole new value when the fix is safe. */
  fix?: string | null;
  /** The font the cell takes with the fix (text converted from TCVN3/VNI leaves its legacy font). */
  fixFont?: string | null;
  /** No suggestion at all (the catalog's would not fit). */
  noSuggestion?: boolean;
  /** For a fix that replaces names in a task's cell: which, so fixes of one cell by several checks agree. */
  names?: NameFix;
  /** The fix is the cell's own text tidied (TCVN3/VNI converted, spaces, marks): other fixes of the cell build on it. */
  tidies?: boolean;
}

/** The names a fix replaces in a task's field (all those its check replaces in the cell). */
export interface NameFix {
  task: AnalysedTask;
  field: TaskColumn;
  replacements: readonly NameReplacement[];
}

export type Params = Record<string, string | number | null | undefined>;

export interface CheckContext {
  views: Map<string, SheetView>;
  sheets: SheetParse[];
  /** Each sheet's period and year (sheets without tasks too: a KPI table's units are checked against it). */
  scopes: Map<string, SheetScope>;
  tasks: AnalysedTask[];
  emit(code: FindingCode, at: CellAt, params: Params, options?: EmitOptions): void;
}

export interface Check {
  /** One module, one concern; `codes` lists what it may emit (the catalog test checks coverage). */
  codes: FindingCode[];
  run(ctx: CheckContext): void;
}

/** Collects findings, one per code and cell. */
export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();
  private readonly nameFixes = new Map<Finding, NameFix>();
  /** Fixes that tidy a cell's text, by cell. */
  private readonly tidyFixes = new Map<string, Finding>();

  emit(code: FindingCode, at: CellAt, params: Params, options: EmitOptions = {}): void {
    const entry: CatalogEntry = FINDING_CATALOG[code];
    const message = fillTemplate(entry.message, params);
    const key = `${code}|${at.sheet}|${at.row}|${at.col}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.findings.push({
      code,
      severity: options.severity ?? (options.field && entry.severityByField?.[options.field]) ?? entry.severity,
      sheet: at.sheet,
      row: at.row,
      column: columnLetter(at.col),
      field: options.field ?? entry.field,
      message,
      suggestion: options.noSuggestion ? null : suggestion(entry.suggestion, params),
      fix: options.fix ? { value: options.fix, ...(options.fixFont ? { font: options.fixFont } : {}) } : null,
    });
    const finding = this.findings[this.findings.length - 1];
    if (options.fix && options.names) this.nameFixes.set(finding, options.names);
    if (options.fix && options.tidies) this.tidyFixes.set(cellKey(finding), finding);
  }

  /** One fix per cell, whichever checks found something in it. */
  settleFixes(ctx: CheckContext): void {
    this.settleNames(ctx);
    this.settleTidied();
  }

  /**
   * Where two checks replace names in one cell ("Phòng KH-CN, VP Sở": an outdated name and another
   * spelling), each finding's fix becomes the cell with all their names replaced (none, when they
   * cannot all be), so applying any of them settles the cell. In a cell whose text is tidied too
   * (typed in TCVN3), the names are replaced in the tidied text: its line breaks stay.
   */
  private settleNames(ctx: CheckContext): void {
    const byCell = new Map<string, [Finding, NameFix][]>();
    for (const [f, names] of this.nameFixes) {
      const key = cellKey(f);
      byCell.set(key, [...(byCell.get(key) ?? []), [f, names]]);
    }
    for (const [key, cell] of byCell) {
      const tidy = this.tidyFixes.get(key)?.fix?.value;
      const several = new Set(cell.map(([f]) => f.fix!.value)).size > 1;
      if (!several && !tidy) continue;
      const [, { task, field }] = cell[0];
      const all = cell.flatMap(([, names]) => names.replacements);
      const fixed = (tidy && replaceNamesIn(tidy, all)) || (several ? replaceNamesTyped(ctx, task, field, task.parsed.text[field] ?? '', all) : cell[0][0].fix!.value);
      for (const [f] of cell) f.fix = fixed ? { ...f.fix!, value: fixed } : null;
    }
  }

  /**
   * A cell's tidied text (TCVN3 converted) gives way to the cell's other fix, which is made on the
   * text as read, so tidied too ("Phßng KH-CN" → "Phòng QLKH&ĐMST", not only "Phòng KH-CN").
   */
  private settleTidied(): void {
    if (!this.tidyFixes.size) return;
    const others = new Map<string, Set<string>>();
    for (const f of this.findings) {
      const key = f.fix ? cellKey(f) : '';
      const tidy = key && this.tidyFixes.get(key);
      if (!tidy || tidy === f) continue;
      let values = others.get(key);
      if (!values) others.set(key, (values = new Set()));
      values.add(f.fix!.value);
    }
    for (const [key, values] of others) {
      if (values.size !== 1) continue;
      const tidy = this.tidyFixes.get(key)!;
      tidy.fix = { ...tidy.fix!, value: [...values][0] };
    }
  }
}

function cellKey(f: Finding): string {
  return `${f.sheet}|${f.row}|${f.column}`;
}

/**
 * Every fix writes Unicode text. In a cell set in a legacy font (.VnTime, VNI-Times) that text would
 * show as garbage, so the fix carries the Unicode font to set with it, whatever check made it (the
 * add-in, the standalone page and the marked copy set the font where a fix has one).
 */
export function withUnicodeFont(views: Map<string, SheetView>, at: CellAt, options: EmitOptions | undefined): EmitOptions | undefined {
  if (!options?.fix || options.fixFont) return options;
  const font = unicodeFontFor(views.get(at.sheet)?.font(at.row, at.col));
  return font ? { ...options, fixFont: font } : options;
}

/** A suggestion template whose placeholders are all known; otherwise none. */
function suggestion(template: string | null, params: Params): string | null {
  if (!template) return null;
  const names = placeholders(template);
  if (names.some((n) => params[n] === null || params[n] === undefined || params[n] === '')) return null;
  return fillTemplate(template, params);
}

/** The text of a task's field and where it stands (its first row, or the task's row when empty). */
export function fieldCell(t: AnalysedTask, field: TaskColumn): CellAt | null {
  const col = t.parsed.fieldCols?.[field] ?? t.parsed.table.columns[field];
  if (col === undefined) return null;
  return { sheet: t.parsed.sheet, row: fieldRow(t.parsed, field), col };
}

/**
 * What a fix of a name edits: the cell as typed, its line breaks (Alt+Enter between units) kept,
 * when it reads as the task's text; else that text (a cell typed in TCVN3, text joined over rows).
 */
export function typedText(ctx: CheckContext, t: AnalysedTask, field: TaskColumn): string | undefined {
  const text = t.parsed.text[field];
  const at = fieldCell(t, field);
  const raw = at && text ? ctx.views.get(at.sheet)?.value(at.row, at.col) : null;
  return typeof raw === 'string' && normalizeText(raw) === text ? raw.normalize('NFC') : text;
}

/**
 * A names cell (units, leaders) as matched: as typed when it holds line breaks, which part names as
 * ";" does ("Phòng QLCN&CN⏎QLTCĐLCL"), converted from TCVN3/VNI, and when it reads as the task's
 * text; else that text (one line, or joined over rows). Most cells have no line break: they cost
 * one look at the stored value.
 */
export function namesAsTyped(view: SheetView, t: ParsedTask, field: 'lead' | 'coord' | 'leader'): string {
  const text = t.text[field] ?? '';
  const col = t.table.columns[field];
  if (!text || col === undefined || isJoined(t, field)) return text;
  const row = fieldRow(t, field);
  const stored = view.value(row, col);
  // The cell as read (most cells): the text, whatever line breaks it holds (normalizeText joins them, so it does not read as it).
  if (stored === text || typeof stored !== 'string' || !LINE_BREAK.test(stored)) return text;
  const raw = view.legacyAt(row, col)?.fixed ?? stored;
  return normalizeText(raw) === text ? raw.normalize('NFC') : text;
}

/** A name's replacement in a cell: [as written, what it becomes]. */
export type NameReplacement = readonly [written: string, replacement: string];

/**
 * The fix of every name to replace in one cell, at once: each finding on the cell offers this same
 * fix, and applying one settles them all. In the cell as typed (line breaks kept), else in the text
 * as read. Null where a name is not in the cell exactly once, where nothing changes, or where the
 * fix would name one unit twice ("Phòng QLKH&ĐMST, Phòng KH-CN": which one was meant is the user's call).
 */
export function replaceNamesTyped(ctx: CheckContext, t: AnalysedTask, field: TaskColumn, text: string, replacements: readonly NameReplacement[]): string | null {
  if (!replacements.length) return null;
  const typed = typedText(ctx, t, field)!;
  const named = namesIn(t, field);
  const fixed = replaceNames(typed, replacements, named) ?? (typed === text ? null : replaceNames(text, replacements, named));
  if (fixed === null || fixed === typed || fixed === text) return null;
  return namesOnce(fixed, replacements) ? fixed : null;
}

/** The names the matcher read in a task's cell, as written. */
function namesIn(t: AnalysedTask, field: TaskColumn): string[] {
  const matches = field === 'lead' ? [...t.lead, ...t.leadCoord] : field === 'coord' ? t.coord : field === 'leader' ? [...t.leaders, ...t.leaderCoord] : [];
  return matches.map((m) => m.written);
}

/**
 * The fix of names in a cell that is no task's field (a group row's unit: "1 | Phòng KH-CN"): in the
 * cell as typed when it reads as its text, on the terms of replaceNamesTyped.
 */
export function replaceNamesInCell(ctx: CheckContext, at: CellAt, replacements: readonly NameReplacement[]): string | null {
  const view = ctx.views.get(at.sheet);
  const text = view?.text(at.row, at.col) ?? '';
  const raw = view?.value(at.row, at.col);
  const typed = typeof raw === 'string' && normalizeText(raw) === text ? raw.normalize('NFC') : text;
  return replacements.length && typed ? replaceNamesIn(typed, replacements) : null;
}

/** The names replaced in a cell's tidied text, on the terms of replaceNamesTyped. */
function replaceNamesIn(cellText: string, replacements: readonly NameReplacement[]): string | null {
  const fixed = replaceNames(cellText, replacements);
  return fixed !== null && fixed !== cellText && namesOnce(fixed, replacements) ? fixed : null;
}

/** Every new name stands once in the fixed text (no unit named twice). */
function namesOnce(fixed: string, replacements: readonly NameReplacement[]): boolean {
  const tos = replacements.map(([, to]) => to);
  return tos.every((to) => (namePlace(fixed, to) ?? placeOutside(fixed, to, tos)) !== null);
}

/**
 * The one place of a name outside the longer names of the same cell that hold it: "Phòng KH-CN" in
 * "Phòng KH-CN, Trưởng Phòng KH-CN" beside "Trưởng Phòng KH-CN", "Văn phòng Sở" in "Văn phòng Sở;
 * Chánh Văn phòng Sở" beside "Chánh Văn phòng Sở". Null where it is not there exactly once.
 */
function placeOutside(cellText: string, name: string, names: readonly string[]): number | null {
  const longer = names.filter((n) => n.length > name.length && n.includes(name));
  if (!longer.length) return null;
  const covered: [number, number][] = [];
  for (const n of longer) for (let i = cellText.indexOf(n); i >= 0; i = cellText.indexOf(n, i + 1)) covered.push([i, i + n.length]);
  const free = namePlaces(cellText, name).filter((i) => !covered.some(([from, to]) => i >= from && i + name.length <= to));
  return free.length === 1 ? free[0] : null;
}

/** The text with each name replaced at its one place; null where one is not there exactly once. */
function replaceNames(cellText: string, replacements: readonly NameReplacement[], named: readonly string[] = []): string | null {
  const places: { at: number; length: number; to: string }[] = [];
  const replaced = replacements.map(([w]) => w);
  for (const [written, to] of new Map(replacements)) {
    // "Phòng QLKH&HCTH": two names the matcher parted at a bare "&", each the other's neighbour.
    const others = replaced.filter((w) => w !== written);
    const at = namePlace(cellText, written) ?? namePlace(cellText, written, others) ?? placeOutside(cellText, written, replaced);
    if (at !== null) {
      places.push({ at, length: written.length, to });
      continue;
    }
    // "Phòng QLKH&ĐMST&HCTH": the neighbour across the bare "&" is a name kept; the "&" becomes "; ".
    const kept = named.filter((w) => w !== written && !replaced.includes(w));
    const beside = namePlace(cellText, written, kept);
    if (beside === null) return null;
    const before = cellText[beside - 1] === '&' && kept.some((n) => cellText.endsWith(n, beside - 1));
    const after = cellText[beside + written.length] === '&' && kept.some((n) => cellText.startsWith(n, beside + written.length + 1));
    places.push({ at: beside - (before ? 1 : 0), length: written.length + (before ? 1 : 0) + (after ? 1 : 0), to: `${before ? '; ' : ''}${to}${after ? '; ' : ''}` });
  }
  places.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const p of places) {
    if (p.at < from) return null; // one name inside another
    const gap = cellText.slice(from, p.at);
    // Between two names replaced, one of them now holding "&".
    const apart = from > 0 && (p.to.includes('&') || places.some((q) => q.at + q.length === from && q.to.includes('&')));
    out += (apart ? ampersandApart(gap) : gap) + p.to;
    from = p.at + p.length;
  }
  return out + cellText.slice(from);
}

/**
 * "Phòng QLKH & HCTH" → "Phòng QLKH&ĐMST; Văn phòng Sở", not "… QLKH&ĐMST & Văn phòng Sở": a bare
 * "&" alone between two names, one of them now holding "&", would read as part of it: it becomes "; ".
 */
function ampersandApart(gap: string): string {
  return /^\s*&\s*$/u.test(gap) ? '; ' : gap;
}

/** Where a name stands in a cell as a whole word ("QLKH" is not in "QLKH&ĐMST"), if exactly once. */
function namePlace(cellText: string, name: string, ampNeighbours: readonly string[] = []): number | null {
  const at = namePlaces(cellText, name, ampNeighbours);
  return at.length === 1 ? at[0] : null;
}

/** Every place a name stands as a whole in the text (see namePlace). */
function namePlaces(cellText: string, name: string, ampNeighbours: readonly string[] = []): number[] {
  const at: number[] = [];
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}&]/u.test(ch);
  // An "&" counts as the name's edge where another name of the cell stands right across it.
  const ampEdge = (i: number, after: boolean) =>
    cellText[i] === '&' && ampNeighbours.some((n) => (after ? cellText.startsWith(n, i + 1) && !isWordChar(cellText[i + 1 + n.length]) : cellText.endsWith(n, i) && !isWordChar(cellText[i - n.length - 1])));
  for (let i = cellText.indexOf(name); i >= 0; i = cellText.indexOf(name, i + 1)) {
    const end = i + name.length;
    if ((!isWordChar(cellText[i - 1]) || ampEdge(i - 1, false)) && (!isWordChar(cellText[end]) || ampEdge(end, true))) at.push(i);
  }
  return at;
}
