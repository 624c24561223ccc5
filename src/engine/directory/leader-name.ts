/**
 * How a leader is written: a title (Phó Giám đốc, Phó GĐ, P. Giám đốc, P.GĐ, PGĐ; Giám đốc, GĐ; with
 * or without "Sở"), a form of address (Đ/c, đồng chí, ông, bà) and the person's name, in either order:
 * "PGĐ Sở Phan Văn Hiếu", "Đ/c Phan Văn Hiếu - PGĐ Sở", "Giám đốc Sở (Đ/c Trường)". Titles are read
 * here, in one place, into a role and a name, so every spelling of one leader compares equal.
 */
import { normalizeText } from '../text';

export type Role = 'director' | 'deputy' | '';

export interface LeaderName {
  role: Role;
  /** The person's name as written, without title or address ('' for "Giám đốc Sở"). */
  person: string;
  /** Title and name came from two parts ("X - PGĐ Sở", "Giám đốc Sở (Đ/c Y)"): they may be two people. */
  joined: boolean;
}

const ADDRESS = /^(?:đ\s?\/\s?c|đc|đồng chí|ông|bà)(?=[\s.:]|$)[.:]?\s*/iu;
/** Deputy first: "Giám đốc" is also the end of "Phó Giám đốc". "PGĐ" is "P" + "GĐ". */
const TITLE = /^(?:(phó\s?(?:giám đốc|gđ)|p\s?\.?\s?(?:giám đốc|gđ))|(giám đốc|gđ))(?:\s?\.?\s?sở)?(?=[\s:.,()]|$)[.:]?\s*/iu;

/** A title or form of address inside a duty: another leader follows ("PGĐ Hiếu phụ trách X, PGĐ Thoan"). */
const ANOTHER_LEADER = /(?:^|[\s,])(?:p\.?\s?gđ|gđ|phó giám đốc|giám đốc|đ\s?\/\s?c|đc|đồng chí)(?=[\s.:]|$)/iu;

/** "PGD", "P.GD", "GD": the title typed without the "Đ" key (capitals only: "gd" may be other words). */
const TITLE_WITHOUT_D = /^(P\s?\.?\s?|Phó\s?)?GD(?=[\s:.,()]|$)/u;

/** One part: address, title, address again ("PGĐ Sở đ/c Hiếu"), then the name. */
function readPart(text: string): { role: Role; person: string } {
  let t = text.replace(ADDRESS, '').replace(TITLE_WITHOUT_D, '$1GĐ');
  let role: Role = '';
  const title = TITLE.exec(t);
  if (title) {
    role = title[1] ? 'deputy' : 'director';
    t = t.slice(title[0].length).replace(ADDRESS, '');
  }
  return { role, person: t.replace(/^[\s\-–:,.]+|[\s\-–:,.;]+$/gu, '') };
}

/** Role and name of a leader cell part, or null when its two parts name two people or two roles. */
export function readLeaderName(raw: string): LeaderName | null {
  // "PGĐ Sở Phan Văn Hiếu phụ trách", "PGĐ Hiếu (chỉ đạo)", "PGĐ Hiếu phụ trách Phòng QLKH&ĐMST, Văn
  // phòng Sở": what the leader does (and for whom), not their name.
  const text = normalizeText(raw)
    .replace(/[\s.;,:]+$/u, '')
    .replace(/(?<=\S)\s*[(,-]?\s*(?:phụ trách|chỉ đạo)(?:\s+[^();\n]*)?\)?$/iu, (duty) => (ANOTHER_LEADER.test(duty) ? duty : ''));
  // "Giám đốc Sở (Đ/c Trường)", "Phan Văn Hiếu (PGĐ Sở)"; "Đ/c Phan Văn Hiếu - PGĐ Sở" (a title alone after the dash).
  const bracket = /^(.+?)\s*\(([^()]+)\)$/u.exec(text);
  const dash = bracket ? null : /^(.+?)\s+[-–]\s+(.+)$/u.exec(text);
  const two = bracket ?? dash;
  if (two) {
    const a = readPart(two[1]);
    const b = readPart(two[2]);
    if (dash && (b.person || !b.role)) return { ...readPart(text), joined: false };
    if (a.role && b.role && a.role !== b.role) return null;
    if (a.person && b.person) return null;
    return { role: a.role || b.role, person: a.person || b.person, joined: true };
  }
  return { ...readPart(text), joined: false };
}

/** The last word of a name: "Hiếu" in "Phan Văn Hiếu", what colleagues call a leader by ("Đ/c Hiếu"). */
export function givenName(person: string): string {
  return person.split(' ').pop() ?? '';
}

/**
 * Whether a name written with initials ("Nguyễn Q. Huy Hoàng", "P.V. Hiếu", "Nguyễn Q.H. Hoàng") fits a
 * person's full name: as many parts, each initial the first letter of its word, every other word
 * the same, the given name written out. False for a name with no initial.
 */
export function fitsInitials(written: string, person: string, same: (a: string, b: string) => boolean): boolean {
  const parts = written.split(/\s+|(?<=\.)/u).filter(Boolean);
  const words = person.split(' ');
  const initial = (p: string) => /^\p{Lu}\.?$/u.test(p);
  if (parts.length !== words.length || !parts.some(initial) || initial(parts[parts.length - 1])) return false;
  return parts.every((p, i) => (initial(p) ? same(p[0], words[i][0]) : same(p, words[i])));
}

/**
 * Whether a family and given name with the middle names left out ("Phan Hiếu", "Nguyễn Hoàng") fits a
 * person's full name of three words or more. False for a name of one word or of as many as the person's.
 */
export function fitsWithoutMiddle(written: string, person: string, same: (a: string, b: string) => boolean): boolean {
  const parts = written.split(/\s+/u).filter(Boolean);
  const words = person.split(' ');
  return parts.length === 2 && words.length > 2 && same(parts[0], words[0]) && same(parts[1], words[words.length - 1]);
}
