/**
 * What a unit proposes for a task in its review of the programme (rà soát): to drop it ("Đề xuất
 * bỏ", "Xin rút", "Không thực hiện"), to add one ("Bổ sung"), to adjust it ("Điều chỉnh", "Lùi
 * sang Quý IV"), or nothing ("Giữ nguyên"). The words that decide are the first ones: a reason
 * after them ("… vì đã được bổ sung vào nhiệm vụ khác") does not count. Tone marks are read as
 * written, in lower case: "bỏ" (drop) is not "Bộ" (ministry), "bố trí" or "phân bổ".
 */
import { SECTION_MARK } from './markers';

export type ProposalKind = 'drop' | 'add' | 'adjust' | 'none';

/** Where the reason starts: ", vì …", " do …", " để …", "(…)", "; …", ". …", ": …". */
const REASON = /\s*(?:[,;:(.]|\s[-–]\s|\s(?:vì|do|để|nhằm|theo|tại)\s).*$/su;

const VERBS: [ProposalKind, RegExp][] = [
  ['none', /^(?:-+|x|giữ nguyên|không điều chỉnh|không đề xuất|không có đề xuất|không|thống nhất|đồng ý|đã hoàn thành|hoàn thành)$/u],
  ['drop', /(?:^|\s)(?:bỏ|rút|rút khỏi|hủy|huỷ|dừng|loại|không thực hiện|không triển khai|thôi thực hiện|đưa ra khỏi)(?=\s|$)/u],
  // "Bổ sung sản phẩm", "bổ sung đơn vị phối hợp": the task changes, none is added.
  ['adjust', /(?:^|\s)(?:bổ sung|thêm)\s+(?:sản phẩm|đơn vị|cơ quan|kinh phí|thời gian|thời hạn|lãnh đạo)(?=\s|$)/u],
  ['add', /(?:^|\s)(?:bổ sung|thêm)(?=\s|$)/u],
  ['adjust', /(?:^|\s)(?:điều chỉnh|lùi|dời|chuyển|gia hạn|thay đổi|sửa|bố trí lại|giãn|kéo dài)(?=\s|$)/u],
];

/** The kind the first words of a proposal say; null when they say none of them (or nothing). */
export function proposalKind(text: string): ProposalKind | null {
  const head = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(REASON, '').trim();
  if (!head) return null;
  let best: { kind: ProposalKind; at: number } | null = null;
  for (const [kind, verb] of VERBS) {
    const m = verb.exec(head);
    if (m && (!best || m.index < best.at)) best = { kind, at: m.index };
  }
  return best?.kind ?? null;
}

/** A note that is a proposal: it starts by proposing ("Đề xuất bỏ vì …", "Đề nghị bổ sung …"). */
export function noteProposes(note: string): boolean {
  // Most notes are remarks ("Nhiệm vụ quan trọng …"): only one starting Đ/K/X can propose.
  if (!/^\s*[ĐđKkXx]/u.test(note)) return false;
  const t = note.normalize('NFC').toLowerCase().trimStart();
  return /^(?:đề xuất|đề nghị|kiến nghị|xin)\s/u.test(t) && proposesSomething(t);
}

/** Words that propose a drop, an addition or a change (not "Giữ nguyên", not words that propose nothing). */
export function proposesSomething(text: string): boolean {
  const kind = proposalKind(text);
  return kind !== null && kind !== 'none';
}

const MARKED = new RegExp(String.raw`^\s*${SECTION_MARK}[.)]?\s+`, 'u');

/**
 * A block heading: a word that proposes ("đề xuất", "đề nghị", "kiến nghị", "xin"), then the verb
 * right after it; a task's text that proposes further on ("Rà soát, đề xuất bổ sung …") is none.
 */
const HEADING_VERB =
  /^(?:(?:đề xuất|đề nghị|kiến nghị)(?:\s+xin)?|xin)\s+(loại bỏ|loại|bỏ|rút|hủy|huỷ|dừng|không thực hiện|không triển khai|thôi thực hiện|đưa ra khỏi|bổ sung|thêm|điều chỉnh|lùi|dời|chuyển|gia hạn|thay đổi|giãn|kéo dài)(?=\s|$|[:(,.])/u;

/** A block of the review headed by what it proposes ("I. ĐỀ XUẤT BỎ", "Đề xuất bổ sung (2 nhiệm vụ)", "NHIỆM VỤ XIN RÚT"). */
export function headingProposalKind(text: string): ProposalKind | null {
  const t = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(MARKED, '')
    .replace(/^(?:các\s+)?(?:nhiệm vụ|nội dung)\s+/u, '');
  const m = HEADING_VERB.exec(t);
  return m ? proposalKind(m[1]) : null;
}
