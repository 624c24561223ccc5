/**
 * The human report: Vietnamese, findings grouped by severity with their cell address, then the
 * summary. Long runs of the same info finding are folded so the important lines stay visible.
 */
import { formatDateVi } from '../engine/dates';
import { shorten } from '../engine/checks/required-fields';
import { countsTotal, TASKS_SHOWN } from '../engine/summary/keys';
import { QUARTER_NAMES } from '../engine/reading/headings';
import { cellAddress, consolidationWarnings, damagedFileWarnings, FINDING_CATALOG, Finding, FileReport, mixedYearsWarning, periodsOfSheets, Report, sharedTasksNote, statusReason, Summary, TaskCopy } from '../engine';

const SEVERITY_TITLE = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' } as const;
/**
 * At most this many findings of one code are listed per severity; the rest are counted (a sheet
 * typed in TCVN3 gives one warning per cell). Errors are always listed in full.
 */
const LIMIT = { error: Infinity, warning: 10, info: 5 } as const;

/** A finding's line: the place, padded so the codes of short addresses line up, then the code. */
function findingLine(where: string, rest: string): string {
  return `  ${where.padEnd(22)} ${rest}`;
}

export function formatFinding(f: Finding): string {
  const hint = f.suggestion ? ` → ${f.suggestion}` : '';
  return findingLine(cellAddress(f.sheet, f.row, f.column), `[${f.code}] ${f.message}${hint}`);
}

export function formatFindings(findings: Finding[]): string[] {
  const lines: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (!list.length) continue;
    lines.push('', `${SEVERITY_TITLE[severity]} (${list.length})`);
    const shownPerCode = new Map<string, number>();
    const hidden = new Map<string, number>();
    for (const f of list) {
      const n = (shownPerCode.get(f.code) ?? 0) + 1;
      shownPerCode.set(f.code, n);
      if (n > LIMIT[severity]) hidden.set(f.code, (hidden.get(f.code) ?? 0) + 1);
      else lines.push(formatFinding(f));
    }
    for (const [code, n] of hidden) lines.push(findingLine(`… và ${n} ô khác`, `[${code}] (${FINDING_CATALOG[code as keyof typeof FINDING_CATALOG]?.title ?? code})`));
  }
  return lines;
}

function counts(title: string, record: Record<string, number>, label: (k: string) => string = (k) => k, sort = false): string[] {
  const entries = Object.entries(record);
  if (!entries.length) return [];
  if (sort) entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
  const width = Math.max(...entries.map(([k]) => label(k).length));
  return [`  ${title}:`, ...entries.map(([k, v]) => `    ${label(k).padEnd(width)}  ${String(v).padStart(4)}`)];
}

/** Why a list by unit or leader adds up to more than the tasks ("Tổng hợp" says it under its table too). */
function countedForEach(record: Record<string, number>, taskCount: number, many: string, each: string): string[] {
  const total = countsTotal(record);
  return total > taskCount ? [`    (nhiệm vụ có ${many} được tính cho ${each}: cộng lại ${total}, nhiều hơn ${taskCount} nhiệm vụ)`] : [];
}

export function formatSummary(s: Summary): string[] {
  const among = [s.allYear ? `${s.allYear} nhiệm vụ cả năm` : '', s.arising ? `${s.arising} nhiệm vụ phát sinh ngoài chương trình` : ''].filter(Boolean).join(', ');
  const lines = [`  Tổng số nhiệm vụ: ${s.taskCount}${among ? ` (trong đó ${among})` : ''}${s.kpiCount ? `; ${s.kpiCount} chỉ tiêu${s.kpiParts ? ` (kèm ${s.kpiParts} chỉ tiêu thành phần)` : ''}` : ''}`];
  lines.push(...counts('Theo quý', s.byQuarter, (k) => `Quý ${QUARTER_NAMES[Number(k) - 1] ?? k}`));
  lines.push(...counts('Theo tháng', s.byMonth, (k) => `Tháng ${k}`));
  lines.push(...counts('Theo đơn vị chủ trì', s.byLeadUnit, undefined, true), ...countedForEach(s.byLeadUnit, s.taskCount, 'nhiều đơn vị chủ trì', 'từng đơn vị'));
  lines.push(...counts('Theo lãnh đạo chỉ đạo', s.byLeader, undefined, true), ...countedForEach(s.byLeader, s.taskCount, 'nhiều lãnh đạo chỉ đạo', 'từng lãnh đạo'));
  lines.push(...counts('Theo tình trạng', s.byStatus, undefined, true));
  if (s.statusFromTracker) lines.push(`    (trạng thái của ${s.statusFromTracker}/${s.taskCount} nhiệm vụ lấy từ trang "Theo dõi")`);
  if (s.sections.length) {
    lines.push(`  Số nhiệm vụ${s.sections.some((x) => x.counts === 'kpi') ? ', chỉ tiêu' : ''} ghi ở tiêu đề / thực có:`);
    for (const x of s.sections) {
      const mark = x.declared === x.actual ? 'khớp' : `LỆCH ${x.actual - x.declared > 0 ? '+' : ''}${x.actual - x.declared}`;
      lines.push(`    ${(x.file ? `${x.file} · ` : '') + x.label} (${x.sheet}, dòng ${x.row}): ${x.declared} / ${x.actual}${x.counts === 'kpi' ? ' chỉ tiêu' : ''} — ${mark}`);
    }
  }
  const gaps = [
    ['chưa có đơn vị chủ trì', s.missing.lead.length],
    ['chưa có lãnh đạo chỉ đạo', s.missing.leader.length],
    ['chưa có sản phẩm', s.missing.product.length],
  ].filter(([, n]) => n) as [string, number][];
  if (gaps.length) lines.push(`  Nhiệm vụ ${gaps.map(([t, n]) => `${t}: ${n}`).join('; ')}.`);
  if (s.important.length) lines.push(`  Nhiệm vụ quan trọng: ${s.important.length}.`);
  lines.push(...overdueLines(s.overdue));
  const p = s.proposals;
  if (p.drop + p.add + p.adjust) lines.push(`  Đề xuất của đơn vị: bỏ ${p.drop}, bổ sung ${p.add}, điều chỉnh ${p.adjust}.`);
  const f = s.findingsBySeverity;
  lines.push(`  Kết quả kiểm tra: ${f.error} lỗi, ${f.warning} cảnh báo, ${f.info} thông tin.`);
  return lines;
}

/**
 * A list of tasks, one line each, the first TASKS_SHOWN of them; `what` names them in the line
 * counting the rest (--json and "Tổng hợp" have them all).
 */
function taskLines<T>(list: readonly T[], line: (item: T) => string, indent: string, what: string): string[] {
  const lines = list.slice(0, TASKS_SHOWN).map((item) => indent + line(item));
  const more = list.length - TASKS_SHOWN;
  if (more > 0) lines.push(`${indent}… và ${more} ${what} khác (đủ trong --json và trang "Tổng hợp" của --out).`);
  return lines;
}

/** The overdue tasks, each with its cell, deadline, lead units and what the unit wrote. */
function overdueLines(list: Summary['overdue']): string[] {
  if (!list.length) return [];
  return [`  Quá hạn (chưa hoàn thành): ${list.length}.`, ...taskLines(list, overdueLine, '    ', 'nhiệm vụ quá hạn')];
}

function overdueLine(o: Summary['overdue'][number]): string {
  const cell = o.column ? cellAddress(o.sheet, o.row, o.column) : `${o.sheet}, dòng ${o.row}`;
  const where = `${o.file ? `${o.file} · ` : ''}${cell}`;
  const units = o.leadUnits.length ? `; ${o.leadUnits.join(', ')}` : '';
  const source = o.sourceStatus ? ` ở "Theo dõi", bảng nguồn ghi "${o.sourceStatus}"` : '';
  const status = o.status ? `; "${o.status}"${source}` : '';
  const arising = o.arising ? '; phát sinh ngoài chương trình' : '';
  return `${where}: ${shorten(o.task, 70)} (hạn ${formatDateVi(o.due)}${units}${status}${arising})`;
}

/** The directory's period; where the sheets were checked by several, each with its sheets: "2024 (Quý I), 2025-09 (Quý III, Quý IV)". */
function periodsChecked(r: FileReport): string {
  const periods = periodsOfSheets(r);
  return periods.length < 2 ? r.period : periods.map((p) => `${p.period} (${p.sheets.join(', ')})`).join(', ');
}

export function formatFileReport(r: FileReport): string {
  const lines = [`━━ ${r.file} ━━`, `Kỳ danh mục: ${periodsChecked(r)}${r.periodSource === 'default' ? ' (không đọc được năm của bảng: dùng kỳ mới nhất; chọn kỳ bằng --period)' : ''}`];
  const kinds = { tasks: 'nhiệm vụ', kpi: 'chỉ tiêu', review: 'rà soát, đề xuất' } as const;
  for (const t of r.tables) lines.push(`  Bảng ${kinds[t.kind]} ở trang "${t.sheet}", dòng ${t.firstRow}–${t.lastRow}: ${t.rowCount} dòng`);
  if (r.findings.length) lines.push(...formatFindings(r.findings));
  else lines.push('', 'Không phát hiện vấn đề nào.');
  // One workbook holding two years' sheets: its own summary adds them up.
  const warnings = [...damagedFileWarnings({ files: [r] }), mixedYearsWarning({ files: [r] })].filter((w) => w !== null);
  lines.push('', 'TỔNG HỢP', ...warnings.map((w) => `⚠ ${w}`), ...formatSummary(r.summary));
  return lines.join('\n');
}

export function formatReport(report: Report): string {
  const parts = report.files.map(formatFileReport);
  const unreadable = report.errors ?? [];
  if (report.files.length > 1 || (report.files.length && unreadable.length)) {
    const counted = `${report.files.length} tệp${unreadable.length ? `; ${unreadable.length} tệp không đọc được, không tính:` : ''}`;
    const left = unreadable.map((u) => `  • ${u.file}: ${u.message}`);
    const warnings = consolidationWarnings(report).map((w) => `⚠ ${w}`);
    parts.push(['━━ TỔNG HỢP CHUNG ━━', counted, ...left, ...warnings, ...formatSharedTasks(report), ...formatSummary(report.summary)].join('\n'));
  }
  return parts.join('\n\n');
}

/** The tasks counted once though in several files; those whose copies' statuses differ, each copy with its place and status. */
export function formatSharedTasks(report: Pick<Report, 'summary'>): string[] {
  const note = sharedTasksNote(report);
  if (!note) return [];
  const differ = (report.summary.sharedTasks ?? []).filter((t) => t.statusesDiffer);
  if (!differ.length) return [note];
  const copy = (c: TaskCopy) => `${c.file} (${c.sheet}, dòng ${c.row}): ${c.status ?? 'chưa ghi'}`;
  return [
    note,
    'Tình trạng ghi khác nhau ở các tệp (tình trạng được tính và vì sao):',
    ...taskLines(differ, (t) => `• "${t.task}" — tính "${t.status}", ${statusReason(t)}: ${t.copies.map(copy).join('; ')}`, '  ', 'nhiệm vụ'),
  ];
}

export function formatCatalog(): string {
  const lines = ['Các mã kết quả kiểm tra (mức độ — mô tả):', ''];
  for (const [code, e] of Object.entries(FINDING_CATALOG)) lines.push(`${code.padEnd(26)} ${e.severity.padEnd(8)} ${e.title}. ${e.description}`);
  return lines.join('\n');
}
