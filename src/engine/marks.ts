/**
 * What both hosts write on a marked cell. Notes CTCT writes start with NOTE_PREFIX, so either host
 * (the add-in or the standalone page) recognises and replaces them, and never a note a person wrote.
 */
import { formatDateVi } from './dates';
import type { Finding, Severity } from './report';

export const NOTE_PREFIX = 'CTCT – kết quả kiểm tra';

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The note on one marked cell, worded alike by both hosts: its findings, most severe first, with their suggestions. */
export function findingsNote(findings: readonly Finding[], asOf: string): string {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const lines = [`${NOTE_PREFIX} (${formatDateVi(asOf)}):`];
  for (const f of sorted) {
    lines.push(`• ${SEVERITY_LABEL[f.severity]}: ${f.message}`);
    if (f.suggestion) lines.push(`  Gợi ý: ${f.suggestion}`);
  }
  return lines.join('\n');
}
