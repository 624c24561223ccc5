/**
 * Recognises the units and leaders a cell names, against the directory's period. Cells often name
 * several ("Phòng QLCN&CN; TĐC; QLKH.", "Phòng QLKH & HCTH", "Các PGĐ Sở: A; B; C"), and "&" is
 * also part of single acronyms (QLCN&CN), so a cell is split only where the parts are known names.
 */
import { compactKey, exactKey, foldKey, LINE_BREAK, matchKey, normalizeText } from '../text';
import { Candidate, safeNearest } from './fuzzy';
import { fitsInitials, fitsWithoutMiddle, givenName, readLeaderName, type LeaderName, type Role } from './leader-name';
import { successorIn } from './rename';
import type { Directory, Leader, Period, Unit } from './types';

export type NameStatus =
  /** Known in the sheet's period. */
  | 'current'
  /** Known, but only in an earlier period (renamed since). */
  | 'outdated'
  /** Known only in a later period than the sheet's. */
  | 'later'
  /** The same letters as a known name but other accents ("Tổ chuyên đổi số"), or a near miss. */
  | 'misspelt'
  /** A group ("Các phòng, đơn vị thuộc Sở", "Lãnh đạo Sở"): valid, no single name. */
  | 'collective'
  /** Not known; does not look like one of the department's own units (an outside body). */
  | 'external'
  | 'unknown';

export interface NameMatch {
  /** The part of the cell as written (normalised). */
  written: string;
  status: NameStatus;
  /** The directory's canonical name in the sheet's period (for outdated: the name it became). */
  canonical: string | null;
  /** For outdated names: the period the written name belongs to. */
  periodId: string | null;
  /** The directory's name for what was matched, in its own period (reports group by it). */
  known: string | null;
  /** An outdated name written with a slip ("Tổ chuyên đổi số" for "Tổ chuyển đổi số"): `known` is what it means. */
  misspelt?: true;
}

/**
 * The name a match counts under: the directory's (an outdated name counts for the unit it became:
 * the work is theirs now), else as written.
 */
export function nameOf(m: NameMatch): string {
  return (m.status === 'outdated' ? m.canonical : null) ?? m.known ?? m.canonical ?? m.written;
}

/**
 * The lead units a task counts under: a group of units beside a unit ("Phòng QLKH&ĐMST và các đơn vị
 * liên quan") is no lead unit of its own; a group alone ("Các phòng thuộc Sở") still is. The
 * leadership leading with a unit ("Lãnh đạo Sở và Văn phòng Sở") is no group of units and stays.
 */
export function countedLeadUnits(matches: NameMatch[]): NameMatch[] {
  let out = countedOf.get(matches);
  if (!out) countedOf.set(matches, (out = withoutGroups(matches)));
  return out;
}
/** Equal cells share their matches (cached), and so their counted units: names() caches by the list. */
const countedOf = new WeakMap<NameMatch[], NameMatch[]>();

function withoutGroups(matches: NameMatch[]): NameMatch[] {
  const group = (m: NameMatch) => m.status === 'collective' && m.canonical === null && !LEADERSHIP_KEY.test(leadershipKey(m.written)) && !ALL_DEPUTIES.test(leadershipKey(m.written));
  return matches.some(group) && !matches.every(group) ? matches.filter((m) => !group(m)) : matches;
}

/** Folded words of the leadership (`leadershipKey`): "lãnh đạo sở", "ban giám đốc", "giám đốc sở". */
const LEADERSHIP_KEY = /^(?:lanh dao|ban (?:giam doc|lanh dao)|giam doc|pho giam doc|p\.?\s?gd|pgd|gd)\b/;

interface Entry<T> {
  periodIndex: number;
  item: T;
}

const UNIT_COLLECTIVE = /^(cac |tat ca|toan the|nhung |don vi\b)|\blien quan\b|\bthuoc so\b|\bphong, don vi\b|\btheo (tung|linh vuc)\b/;
/** "Mọi đơn vị", "Mỗi phòng" (matchKey): with their accents, as "Môi trường" folds the same. */
const EVERY_START = /^(?:mọi|mỗi)\s/u;

/** Words naming a group of units ("Các phòng", "Mọi đơn vị", "… liên quan"); `folded` is foldKey(written). */
function readsAsGroup(written: string, folded: string): boolean {
  return UNIT_COLLECTIVE.test(folded) || EVERY_START.test(matchKey(written));
}
const COLLECTIVE_START = /^(cac |tat ca|toan the)/;
// "Tổ chuyển đổi số" and its slip "Tổ chuyên đổi số" are ours; "Tổ chuyên gia" (experts) is not a unit.
// "p." is followed by a space or not ("P. XYZ", "P.XYZ"): no word boundary to ask for after its dot.
const INTERNAL_LOOKING = /^(?:p\.|(?:phong|trung tam|van phong so|thanh tra so|to chuyen doi|to tham muu|to cong tac)\b)/;
/** Two capitals in a row: an acronym ("QLKH", "KTTCĐKCL", "KH&CN"). */
const ACRONYM = /\p{Lu}{2}/u;

/** Prefixes outside bodies share with ours (a commune's "Phòng Kinh tế", a province's "Trung tâm…"). */
const SHARED_PREFIX = /^(?:p\.|(?:phong|trung tam)\b)/;

/**
 * An unknown name that could be one of ours: "Văn phòng Sở…", "Tổ…", or "Phòng…", "Trung tâm…"
 * written the department's way, with an acronym ("Phòng XYZ", "Trung tâm KTTCĐKCL"). A "Phòng…" or
 * "Trung tâm…" in plain words and near none of ours names an outside body ("Phòng Tài chính - Kế
 * hoạch", "Trung tâm Phục vụ hành chính công tỉnh"), as coordinating cells often do.
 */
function looksInternal(written: string, folded: string): boolean {
  return INTERNAL_LOOKING.test(folded) && (!SHARED_PREFIX.test(folded) || ACRONYM.test(written)) && !otherDepartmentBody(written);
}

const UNIT_TITLE = /^(phòng|trung tâm|tổ)\s+/iu;
/** "&" or "-" between two capitals: "KH&CN", "BCVT - CĐS". */
const AMP_OR_DASH = /(?<=\p{Lu})\s*([-&])\s*(?=\p{Lu})/gu;
const AND_WORD = /^(?:và|&)$/iu;

/**
 * "Phòng Quản lý khoa học và ĐMST" → "Phòng QLKH&ĐMST": words in full, then the rest as an acronym
 * (their initials make the short name). Only with both, so a name in full words keeps its own lookup.
 */
function acronymForm(written: string): string | null {
  const title = UNIT_TITLE.exec(written);
  if (!title) return null;
  const words = written.slice(title[0].length).split(/\s+/u).filter((w) => !/^[-–—]$/u.test(w));
  const full = words.filter((w) => !ACRONYM.test(w) && !AND_WORD.test(w));
  if (full.length < 2 || full.length === words.length || !words.some((w) => ACRONYM.test(w))) return null;
  const letters = words.map((w) => (AND_WORD.test(w) ? '&' : ACRONYM.test(w) ? w : initialOf(w)));
  return `${title[1]} ${letters.join('')}`;
}

/**
 * "Tổ chuyển đổi số" → "Tổ CĐS": a unit the directory names only in full words, by its initials, as
 * staff shorten names ("Trung tâm CĐS&ĐMST"). None for a unit already given a short form.
 */
function initialsForm(u: Unit): string[] {
  const names = [u.short, u.name, ...u.aliases];
  if (names.some((n) => ACRONYM.test(n))) return [];
  const title = UNIT_TITLE.exec(u.name);
  const words = title ? u.name.slice(title[0].length).split(/\s+/u).filter((w) => /^\p{L}/u.test(w)) : [];
  if (words.length < 2) return [];
  return [`${title![1]} ${words.map((w) => (AND_WORD.test(w) ? '&' : initialOf(w))).join('')}`];
}

/** A word's letter in an acronym: capital, without its marks but "Đ" ("Ứng dụng" → "UD", "đổi" → "Đ"). */
function initialOf(word: string): string {
  const c = word[0].toUpperCase();
  return c === 'Đ' ? c : c.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Our own department after "Sở": "Văn phòng Sở KH&CN", "Thanh tra Sở Khoa học và Công nghệ". */
const OWN_DEPARTMENT = /^(?:kh ?& ?cn|khcn|khoa hoc)\b/;

/**
 * "Thanh tra Sở Tài chính", "Văn phòng Sở Nội vụ": "Sở" and a capitalised name after it is another
 * department, whose office or inspectorate is not ours ("Văn phòng Sở tham mưu chung" still is).
 */
function otherDepartmentBody(written: string): boolean {
  const m = /^(.+?\s+sở)\s+(.+)$/iu.exec(written);
  if (!m || !/^(?:van phong|vp|thanh tra) so$/.test(foldKey(m[1]))) return false;
  return /^\p{Lu}/u.test(m[2]) && !OWN_DEPARTMENT.test(foldKey(m[2]));
}


function unitCoreKey(s: string, folded: boolean): string {
  const text = expandShorthand(s);
  const k = folded ? compactKey(text) : exactKey(text);
  const core = k.replace(folded ? /^phong(?=.)/ : /^phòng(?=.)/, '');
  return core;
}

/**
 * The department's shorthands in full: "P. QLKH", "TT CĐS&ĐMST", "TTUDKHCN", "VP Sở"; "Văn phòng" or
 * "VP" alone is the department's own office.
 */
function expandShorthand(s: string): string {
  return normalizeText(s)
    .replace(/^P\.\s*/iu, 'Phòng ')
    .replace(/^TT\.?\s*(?=\p{Lu})/u, 'Trung tâm ')
    .replace(/^VP\.?(?:\s+|$)(?=\p{Lu}|$)/u, 'Văn phòng ')
    // "VP sở", "vp Sở": the office's shorthand in any case before "Sở" (not "VP UBND tỉnh").
    .replace(/^vp\.?\s+(?=sở(?:\s|$))/iu, 'Văn phòng ')
    .replace(/^văn phòng\s*$/iu, 'Văn phòng Sở');
}

/** Lookup keys of a leader's name: role and person ("deputy|phanvănhiếu"), and the person alone. */
function leaderKeys(n: LeaderName, key: (s: string) => string): string[] {
  const person = key(n.person);
  return person ? [`${n.role}|${person}`, `|${person}`] : [`${n.role}|`];
}

export class DirectoryMatcher {
  readonly period: Period;
  private readonly periodIndex: number;
  private readonly unitsExact = new Map<string, Entry<Unit>[]>();
  private readonly unitsFolded = new Map<string, Entry<Unit>[]>();
  private readonly leadersExact = new Map<string, Entry<Leader>[]>();
  private readonly leadersFolded = new Map<string, Entry<Leader>[]>();
  /** The current period's leaders by given name ("hiếu") and by their names without the surname ("trọngtâm"): "Đ/c Hiếu", "PGĐ Trọng Tâm". */
  private readonly leadersByGivenName = new Map<string, Leader[]>();
  private readonly leaderRole = new Map<Leader, Role>();
  /** Other periods' leaders by given name ("trường"), to say where "Đ/c Trường" is known. */
  private readonly givenNamesElsewhere = new Map<string, Entry<Leader>[]>();
  private readonly unitCandidates: Candidate<Unit>[] = [];
  private readonly leaderCandidates: Candidate<Leader>[] = [];
  private readonly collectiveLeaders: string[];
  /** Compact keys of the acronyms with "&" the directory knows ("qlcn&cn", "cds&dmst"): never split. */
  private readonly ampAcronyms = new Set<string>(['kh&cn']);
  private readonly unitSeparators: Separator[];
  private readonly leaderSeparators: Separator[];

  constructor(
    readonly directory: Directory,
    periodId: string,
  ) {
    this.periodIndex = directory.periods.findIndex((p) => p.id === periodId);
    this.period = directory.periods[this.periodIndex];
    directory.periods.forEach((p, i) => {
      for (const u of p.units) {
        for (const n of [u.short, u.name, ...u.aliases, ...initialsForm(u)]) {
          for (const a of n.match(AMP_ACRONYM) ?? []) this.ampAcronyms.add(compactKey(a));
          push(this.unitsExact, unitCoreKey(n, false), { periodIndex: i, item: u });
          push(this.unitsFolded, unitCoreKey(n, true), { periodIndex: i, item: u });
          if (i === this.periodIndex) this.unitCandidates.push({ key: unitCoreKey(n, true), group: u.short, value: u });
        }
      }
      for (const l of p.leaders) {
        const own = readLeaderName(l.name);
        this.leaderRole.set(l, own?.role || readLeaderName(l.title)?.role || '');
        const person = l.person ?? own?.person;
        if (person) {
          // "Hiếu", and the names without the surname ("Trọng Tâm", "Công Hòa").
          const words = person.split(' ');
          const keys = [givenName(person), ...words.slice(1, -1).map((_, k) => words.slice(k + 1).join(' '))].map(exactKey);
          for (const key of keys) {
            if (i === this.periodIndex) push(this.leadersByGivenName, key, l);
            else push(this.givenNamesElsewhere, key, { periodIndex: i, item: l });
          }
        }
        for (const n of [l.name, ...l.aliases, ...(l.person ? [l.person] : [])]) {
          const read = readLeaderName(n);
          if (!read) continue;
          for (const k of leaderKeys(read, exactKey)) push(this.leadersExact, k, { periodIndex: i, item: l });
          for (const k of leaderKeys(read, compactKey)) push(this.leadersFolded, k, { periodIndex: i, item: l });
          if (i === this.periodIndex) this.leaderCandidates.push({ key: compactKey(read.person) || compactKey(n), group: l.name, value: l });
        }
      }
    });
    this.collectiveLeaders = this.period.collective.map((c) => foldKey(c));
    const strictUnit = (p: string) => this.strictUnit(p);
    const knownUnit = (p: string) => GOOD.includes(strictUnit(p).status) || GOOD.includes(strictUnit(`Phòng ${p}`).status);
    this.unitSeparators = [
      { cut: byLines(strictUnit), sure: always },
      // Outside bodies each capitalised ("Công an tỉnh, Bảo hiểm xã hội tỉnh") are names of their own too.
      { cut: (t: string) => splitAtCommas(t, (p) => this.namesUnit(p)), sure: (p) => beginsName(p) || /^\p{Lu}/u.test(p) },
      // Two names each a body's own ("Kho bạc Nhà nước và Cục Thuế tỉnh"), known or not.
      { cut: (t: string) => splitAtAnd(t, (p) => this.namesUnit(p)), sure: beginsName },
      ...UNIT_SEPARATORS,
      // "Phòng QLKH&ĐMST/Văn phòng Sở", "Phòng QLKH&ĐMST+Văn phòng Sở": a "/" or "+" between two
      // known names (one inside a name stays).
      (t: string) => {
        const parts = t.split(/\s*[/+]\s*/u);
        return parts.length > 1 && parts.every((p) => GOOD.includes(strictUnit(p).status)) ? parts : [t];
      },
      // "Phòng BCVT&CĐS Văn phòng Sở": two names joined by a space (a task's two rows joined).
      UNIT_START,
      // "Phòng QLKH&ĐMST 01 Lốp": a known name, then a quantity typed in the wrong column (a product's
      // "01 lớp"): no remark after the name, but a part of its own, reported as "; 01 Lốp" is.
      (t: string) => {
        const m = /^(.+?)\s+(\d+\s+\p{L}.*)$/su.exec(t);
        return m && GOOD.includes(strictUnit(m[1]).status) ? [m[1], m[2]] : [t];
      },
      // A bare "&" last, never inside a known acronym ("QLKH&ĐMST"), and only between known units
      // ("Phòng QLKH&HCTH"): a name the directory no longer has stays one unknown name.
      (t: string) => {
        const parts = splitAmpersands(t, this.ampAcronyms);
        return parts.length > 1 && parts.every(knownUnit) ? parts : [t];
      },
    ];
    this.leaderSeparators = [
      { cut: byLines((p) => this.leaderPart(p)), sure: always },
      ...LEADER_SEPARATORS,
      // "Phan Văn Hiếu Mai Thoan": known people one after the other (lines of a cell joined).
      (t: string) => this.knownLeaderRun(t.split(/\s+/u)) ?? [t],
      // "Lãnh đạo Sở Văn phòng Sở": the leadership, then a unit (reported apart).
      (t: string) => {
        const at = this.unitAfterSpace(t);
        return at === null ? [t] : [t.slice(0, at), t.slice(at)];
      },
    ];
  }

  /** The current period's unit that an outdated one became (following renames), if one. */
  currentSuccessor(unit: Unit, fromIndex: number): Unit | null {
    return successorIn(this.directory.periods, unit, fromIndex, this.periodIndex);
  }

  private classifyUnit(written: string): NameMatch | null {
    const found = this.lookupUnit(written, written);
    if (found) return found;
    // "Phòng QLKH và ĐMST", "Trung tâm CĐS và ĐMST", "Phòng Quản lý Khoa học & Đổi mới sáng tạo":
    // "và" and "&" are one word in a name; a cell with two units is no known name either way.
    // "Phòng KH&CN", "Phòng BCVT-CĐS": "&" and "-" between two acronyms are one mark too.
    const swapped = written.replace(AMP_OR_DASH, (_m, c: string) => (c === '&' ? '-' : '&'));
    for (const variant of [written.replace(/\s+và\s+/giu, '&'), written.replace(/\s*&\s*/gu, ' và '), swapped]) {
      const v = variant !== written ? this.lookupUnit(variant, written) : null;
      if (v) return v;
    }
    // "Thanh tra" alone: the department's inspectorate, where the sheet's period has one.
    if (foldKey(written) === 'thanh tra') {
      const own = this.lookupUnit('Thanh tra Sở', written);
      if (own?.status === 'current') return own;
    }
    const initials = acronymForm(expandShorthand(written));
    // "Trung tâm Ứng dụng và Dịch vụ KHCN" → "Trung tâm UDDVKHCN": some short forms drop the "và".
    for (const form of initials ? new Set([initials, initials.replace(/&/gu, '')]) : []) {
      const byInitials = this.lookupUnit(form, written);
      if (byInitials) return byInitials;
    }
    // "Trung tâm Chuyển đổi số … (Trung tâm CĐS&ĐMST)": the name in brackets, or before them.
    const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(written);
    // Only a single name with its short form in brackets: "A, B (C)" is a list, split elsewhere.
    if (bracket && !/[,;]/.test(bracket[1])) {
      const inner = this.classifyUnit(bracket[2]);
      const outer = this.classifyUnit(bracket[1]);
      // "Phòng KH-CN (đầu mối)": a remark after the name. The match is the name alone, so a fix
      // replaces the name and keeps the remark (as with "(chủ trì)", which cleanPart drops).
      if (!inner) return outer;
      // "Trung tâm UDKHCN (TTUD)": the current name outside, the old one kept in brackets as a
      // reminder; the current one of the two wins, else the short form in brackets.
      const current = [inner, outer].find((m) => m?.status === 'current');
      return { ...(current ?? inner), written };
    }
    return null;
  }

  /** A unit by its exact spelling, else by its letters without accents (misspelt). */
  private lookupUnit(text: string, written: string): NameMatch | null {
    const exact = this.unitsExact.get(unitCoreKey(text, false));
    if (exact) return this.unitFromEntries(written, exact, false);
    const folded = this.unitsFolded.get(unitCoreKey(text, true));
    return folded ? this.unitFromEntries(written, folded, true) : null;
  }

  private unitFromEntries(written: string, entries: Entry<Unit>[], misspelt: boolean): NameMatch {
    const cur = entries.find((e) => e.periodIndex === this.periodIndex);
    if (cur) {
      const canonical = cur.item.short;
      const sameLetters = exactKey(written) === exactKey(canonical) || [cur.item.name, ...cur.item.aliases].some((n) => exactKey(n) === exactKey(written));
      const status = cur.item.collective ? 'collective' : misspelt && !sameLetters ? 'misspelt' : 'current';
      return { written, status, canonical, periodId: this.period.id, known: canonical };
    }
    const earlier = entries.filter((e) => e.periodIndex < this.periodIndex).sort((a, b) => b.periodIndex - a.periodIndex)[0];
    if (earlier) {
      const successor = this.sharedTitle(written) ? null : this.currentSuccessor(earlier.item, earlier.periodIndex);
      const slip = misspelt && ![earlier.item.short, earlier.item.name, ...earlier.item.aliases].some((n) => exactKey(n) === exactKey(written));
      return { written, status: 'outdated', canonical: successor?.short ?? null, periodId: this.directory.periods[earlier.periodIndex].id, known: earlier.item.short, ...(slip ? { misspelt: true as const } : {}) };
    }
    const later = entries[0];
    return { written, status: 'later', canonical: null, periodId: this.directory.periods[later.periodIndex].id, known: later.item.short };
  }

  /**
   * "Trung tâm" alone: the one centre of 2024, but a title several units of the sheet's period bear
   * (three centres in late 2025): which of them is meant is not known, so it is counted as written.
   */
  private sharedTitle(written: string): boolean {
    const f = foldKey(written);
    if (!/^(?:trung tam|phong|to)$/.test(f)) return false;
    return this.period.units.filter((u) => foldKey(u.name).startsWith(`${f} `) || foldKey(u.short).startsWith(`${f} `)).length > 1;
  }

  /** A part that is exactly a known unit (any period), or a misspelling of one's accents. */
  private strictUnit(raw: string): NameMatch {
    const written = cleanPart(raw);
    const known = this.classifyUnit(written) ?? this.afterUnitLabel(written) ?? this.afterHeadTitle(written) ?? this.beforeHeadCount(written);
    if (known) return known;
    // "Các phòng, đơn vị thuộc Sở" as a whole; "…; đơn vị có liên quan" only once split off.
    const f = foldKey(written);
    // (`written` has its line breaks made spaces: a part on several lines is looked at in `raw`.)
    const lines = /\n/.test(raw);
    // "Các phòng, Trung tâm UDDVKHCN": the group and a unit it names, split (the unit is checked).
    // Not a bare "trung tâm" ("Các phòng, Trung tâm": the centres in general).
    const namesUnit = () => written.split(/\s*,\s*/u).slice(1).some((p) => !BARE_TITLE.test(foldKey(p)) && this.classifyUnit(p) !== null);
    // "Phòng KH-CN và các đơn vị liên quan": a unit first, then the group (split, so the unit counts).
    const groupWords = () => !/[;,]/.test(written) && !lines && readsAsGroup(written, f) && !this.unitWithTrailingWords(written) && !bodyBeforeGroup(written);
    const status = (COLLECTIVE_START.test(f) && !/[;\n]/.test(raw) && !namesUnit() && !namesBodyAfterGroup(written)) || groupWords() ? 'collective' : 'unknown';
    return { written, status, canonical: null, periodId: null, known: null };
  }

  /**
   * "Đầu mối: Văn phòng Sở", "Thực hiện: Phòng QLKH&ĐMST": a label with a colon before a known unit,
   * as "Chủ trì:" is (cleanPart). The match is the unit alone, so a fix keeps the label.
   */
  private afterUnitLabel(written: string): NameMatch | null {
    const rest = unitLabelRest(written);
    return rest ? this.classifyUnit(rest) : null;
  }

  /**
   * "Trưởng phòng QLKH&ĐMST", "Chánh Văn phòng Sở", "Giám đốc Trung tâm CĐS&ĐMST": the head of a
   * unit names that unit. The match is the unit alone, so a fix keeps the title.
   */
  private afterHeadTitle(written: string): NameMatch | null {
    const rest = headTitleRest(written);
    return rest ? this.classifyUnit(rest) : null;
  }

  /** "Văn phòng Sở 2 người", "Phòng QLKH&ĐMST - 03 CB": a unit, then how many of its staff. The match is the unit alone, so a fix keeps the count. */
  private beforeHeadCount(written: string): NameMatch | null {
    const head = HEAD_COUNT.exec(written);
    return head ? this.classifyUnit(head[1]) : null;
  }

  /**
   * A part that is a unit of the directory (a group it lists, "Các đơn vị sự nghiệp", too), not only
   * words that read as a group ("Các bên").
   */
  private namesUnit(part: string): boolean {
    return [part, `Phòng ${part}`].some((p) => {
      const m = this.strictUnit(p);
      return GOOD.includes(m.status) && (m.status !== 'collective' || m.canonical !== null);
    });
  }

  /** Last resort for a part no split recognised: a known name then other words, a group, a near miss. */
  private lenientUnit(raw: string): NameMatch {
    const written = cleanPart(raw);
    const known = this.classifyUnit(written) ?? this.unitWithTrailingWords(written);
    if (known) return known;
    // "Đầu mối: Phòng XYZ", "Trưởng phòng XYZ": the name is reported without the label or title before it.
    const named = unitLabelRest(written) ?? headTitleRest(written);
    if (named) return this.lenientUnit(named);
    // "Trung tâm KTTCĐKCL (thực hiện)": a near miss, then a remark (kept by a fix, as in classifyUnit).
    const remark = /^(.+?)\s*\([^()]+\)$/u.exec(written);
    const head = remark ? this.lenientUnit(remark[1]) : null;
    if (head && head.status !== 'unknown' && head.status !== 'external') return head;
    const f = foldKey(written);
    if (readsAsGroup(written, f)) return { written, status: 'collective', canonical: null, periodId: null, known: null };
    const core = unitCoreKey(written, true);
    const near = safeNearest(core, core.replace(/^(trungtam|vanphong|thanhtra)/, '').length, this.unitCandidates);
    if (near) return { written, status: 'misspelt', canonical: near.short, periodId: this.period.id, known: null };
    return { written, status: looksInternal(written, f) ? 'unknown' : 'external', canonical: null, periodId: null, known: null };
  }

  /** "Văn Phòng Sở tham mưu chung", "Phòng BCVT&CĐS Đại học Đà Nẵng": a known name, then other words. */
  private unitWithTrailingWords(written: string): NameMatch | null {
    if (otherDepartmentBody(written)) return null;
    const words = written.split(' ');
    for (let n = words.length - 1; n >= 1; n--) {
      // "Văn phòng Sở, tổng hợp", "Phòng QLKH&ĐMST - đầu mối": the name without the mark after it.
      const head = words.slice(0, n).join(' ').replace(/[\s,;:\-–—]+$/u, '');
      // A bare title is no name: "Phòng Tài chính - Kế hoạch", "Văn phòng UBND tỉnh" (not the Sở's office).
      if (BARE_TITLE.test(foldKey(head))) return null;
      const m = this.classifyUnit(head);
      // `written` is the name alone, so a fix replaces it and keeps the words after it.
      if (m && m.status !== 'misspelt') return m;
    }
    return null;
  }

  private readonly unitCache = new Map<string, NameMatch[]>();

  /** Lead cells → their lead units (the part before who coordinates). */
  private readonly leadCache = new Map<string, { units: NameMatch[]; leaders: NameMatch[] }>();
  private readonly leadCoordCache = new Map<string, NameMatch[]>();
  private readonly leaderCache = new Map<string, { leaders: NameMatch[]; units: NameMatch[] }>();
  private readonly leaderCoordCache = new Map<string, NameMatch[]>();

  /** The units a cell names, split where the parts are known. Cells repeat: results are cached. */
  matchUnits(cell: string): NameMatch[] {
    let m = this.unitCache.get(cell);
    if (!m) this.unitCache.set(cell, (m = this.splitUnits(cell)));
    return m;
  }

  /** The lead units of a lead cell, not those it says coordinate ("X chủ trì, phối hợp Y"). */
  matchLeadUnits(cell: string): NameMatch[] {
    return this.leadCell(cell).units;
  }

  /** Leaders named in a lead cell beside its units ("Phòng QLKH&ĐMST, PGĐ Sở Phan Văn Hiếu"): no lead units. */
  leadersInLeadUnits(cell: string): NameMatch[] {
    return this.leadCell(cell).leaders;
  }

  // Cache lookups apart from what they cache: the closures there would make a context for every call.
  private leadCell(cell: string): { units: NameMatch[]; leaders: NameMatch[] } {
    let m = this.leadCache.get(cell);
    if (!m) this.leadCache.set(cell, (m = this.readLeadCell(cell)));
    return m;
  }

  private readLeadCell(cell: string): { units: NameMatch[]; leaders: NameMatch[] } {
    const parts = this.matchUnits(leadOnly(cell));
    // A leader by name, or the leadership as a whole listed beside a unit ("Phòng QLKH&ĐMST; Lãnh
    // đạo Sở"); joined to a unit by "và" it leads the task with it ("Lãnh đạo Sở và Văn phòng Sở").
    const text = normalizeText(cell);
    // "Các PGĐ Sở" reads as a group of units too ("Các …").
    const unread = (p: NameMatch) => p.status === 'external' || p.status === 'unknown' || (p.status === 'collective' && p.canonical === null);
    const leadership = (p: NameMatch) => {
      const ms = this.matchLeaders(p.written);
      return ms.length > 0 && ms.every((l) => this.leadershipAlone(l));
    };
    const isLeader = (p: NameMatch) => {
      if (!unread(p)) return false;
      const named = this.matchLeaders(p.written).every(namesLeader);
      return named || (leadership(p) && !joinedByAnd(text, p.written));
    };
    // A cell of leaders only is the columns swapped, as a whole (`looksLikeLeader`).
    const leaders = parts.some(isLeader) && !parts.every(isLeader) ? parts.filter(isLeader) : NONE;
    const units = leaders.length ? parts.filter((p) => !isLeader(p)) : parts;
    // Leading with a unit, the leadership is a party to the task, not a unit missing from the directory.
    const joint = (p: NameMatch) => p.status !== 'collective' && unread(p) && leadership(p) && joinedByAnd(text, p.written);
    const withJoint = units.some(joint) && !units.every(joint) ? units.map((p) => (joint(p) ? { ...p, status: 'collective' as const } : p)) : units;
    return { units: withJoint, leaders };
  }

  /** The units a lead cell says coordinate ("X chủ trì, phối hợp Y" → Y), none for most cells. */
  matchCoordinatingInLead(cell: string): NameMatch[] {
    let m = this.leadCoordCache.get(cell);
    if (!m) {
      const coord = coordinatingInLead(cell);
      this.leadCoordCache.set(cell, (m = coord ? this.matchUnits(coord) : NONE));
    }
    return m;
  }

  private splitUnits(cell: string): NameMatch[] {
    // Line breaks kept: "Phòng QLKH&ĐMST⏎Phòng BCVT&CĐS" (Alt+Enter) names two units, like ";".
    const units = splitKnown(normalizeLines(cell), this.unitSeparators, (p) => this.strictUnit(p), (p) => this.lenientUnit(p));
    // "Văn phòng Sở, 2 người": a head count split off is no unit.
    return units.length > 1 && units.some((m) => HEAD_COUNT_ALONE.test(m.written)) ? units.filter((m) => !HEAD_COUNT_ALONE.test(m.written)) : units;
  }

  private leaderPart(raw: string): NameMatch {
    const whole = this.leaderPartAsWritten(cleanPart(raw));
    if (whole.status === 'collective') return this.namedInBrackets(whole) ?? whole;
    if (whole.status !== 'unknown' && whole.status !== 'misspelt') return whole;
    // "PGĐ Sở Mai Thoa (phụ trách)", "PGĐ Sở X (phụ trách Phòng BCVT&CĐS)": a remark after the name.
    // The match is the name alone, so the leader is counted and a fix keeps the remark.
    // Not when the brackets name someone: "Giám đốc Sở (Đ/c Hiếu)" may be two people.
    // "Giám đốc Sở chủ trì": who leads the meeting, a remark after the leader, as "(chủ trì)" is.
    const leads = /^(.+?)[\s,-]+(?:chủ trì|chỉ đạo)\s*\.?$/iu.exec(whole.written);
    if (leads) {
      const head = this.leaderPartAsWritten(cleanPart(leads[1]));
      if (head.status !== 'unknown' && head.status !== 'misspelt') return head;
    }
    const remark = BRACKETED_END.exec(whole.written);
    if (!remark || NAMES_SOMEONE.test(remark[2]) || this.leaderPartAsWritten(cleanPart(remark[2])).status !== 'unknown') return whole;
    const head = this.leaderPartAsWritten(cleanPart(remark[1]));
    return head.status !== 'unknown' ? head : whole;
  }

  /** "Lãnh đạo Sở (PGĐ Hiếu)": the leader named in brackets after the leadership, more precise than it; null for a remark ("(theo lĩnh vực)"). */
  private namedInBrackets(group: NameMatch): NameMatch | null {
    const bracket = BRACKETED_END.exec(group.written);
    if (!bracket) return null;
    const inner = this.leaderPartAsWritten(cleanPart(bracket[2]));
    const named = namesLeader(inner) || (inner.status === 'misspelt' && NAMES_SOMEONE.test(bracket[2]));
    return named ? inner : null;
  }

  private leaderPartAsWritten(written: string): NameMatch {
    const f = leadershipKey(written);
    // "Lãnh đạo Phòng QLKH&ĐMST": a unit's leadership, as "Trưởng phòng QLKH&ĐMST" is its head, not the Sở's.
    const collective = !namesUnitHead(written) && (this.collectiveLeaders.some((c) => f === c || f.startsWith(`${c} `)) || /^lanh dao so\b/.test(f));
    if (collective && !this.unitAfterLeadership(written) && !this.leaderAfterLeadership(written)) {
      // The longest entry it starts with: "Lãnh đạo Sở theo lĩnh vực được giao", not "Lãnh đạo Sở".
      let canonical = written;
      let longest = -1;
      for (const c of this.period.collective) {
        const k = foldKey(c);
        if ((f === k || f.startsWith(k)) && k.length > longest) [canonical, longest] = [c, k.length];
      }
      return { written, status: 'collective', canonical, periodId: this.period.id, known: canonical };
    }
    // "các PGĐ Sở", "Các Phó Giám đốc Sở": the deputies as a group, valid in any period.
    if (ALL_DEPUTIES.test(f)) {
      const canonical = this.period.collective.find((c) => ALL_DEPUTIES.test(foldKey(c))) ?? 'Các PGĐ Sở';
      return { written, status: 'collective', canonical, periodId: this.period.id, known: canonical };
    }
    // "Ban Giám đốc Sở", "PGĐ phụ trách lĩnh vực": the leadership named by its role, no one by name.
    if (UNNAMED_LEADERSHIP.test(f)) {
      const keys = this.period.collective.map((c) => [c, foldKey(c)] as const);
      const byField = /phu trach|theo linh vuc/.test(f) ? keys.find(([, k]) => k.includes('theo linh vuc')) : undefined;
      const canonical = (byField ?? keys.find(([, k]) => /^lanh dao so\b/.test(k)))?.[0] ?? 'Lãnh đạo Sở';
      return { written, status: 'collective', canonical, periodId: this.period.id, known: canonical };
    }
    const unknown: NameMatch = { written, status: 'unknown', canonical: null, periodId: null, known: null };
    const read = readLeaderName(written);
    if (!read) return unknown;
    const current = (l: Leader): NameMatch => ({ written, status: 'current', canonical: l.name, periodId: this.period.id, known: l.name });
    const entries = this.leaderEntries(read, this.leadersExact, exactKey);
    const folded = entries ? null : this.leaderEntries(read, this.leadersFolded, compactKey);
    const found = entries ?? folded;
    if (found) {
      const cur = found.find((e) => e.periodIndex === this.periodIndex);
      if (cur) return folded ? { written, status: 'misspelt', canonical: cur.item.name, periodId: this.period.id, known: null } : current(cur.item);
      return this.otherPeriodLeader(written, found, !!folded);
    }
    if (read.person) {
      // "Đ/c Hiếu", "PGĐ Hiếu", "PGĐ Trọng Tâm": a given name (with middle names) alone, when one
      // leader of the period has it.
      const named = this.leadersByGivenName.get(exactKey(read.person)) ?? [];
      const byName = named.filter((l) => this.sameRole(read.role, l));
      if (byName.length === 1) return current(byName[0]);
      // "Giám đốc Sở (Đ/c Trường)": the department has one director, whose name the directory may
      // not give; a name no leader of the period bears does not make the title wrong. Only with the
      // name apart: "GĐ TT" is the director of a centre (Trung tâm), not of the department.
      const director = this.period.leaders.filter((l) => this.leaderRole.get(l) === 'director');
      if (read.role === 'director' && read.joined && !named.length && director.length === 1 && !read.person.includes(' ')) return current(director[0]);
      // "Đ/c Trường": the given name of one leader another period names.
      const elsewhere = (this.givenNamesElsewhere.get(exactKey(read.person)) ?? []).filter((e) => this.sameRole(read.role, e.item));
      const people = new Set(elsewhere.map((e) => exactKey(e.item.person ?? readLeaderName(e.item.name)?.person ?? e.item.name)));
      if (!named.length && people.size === 1) return this.otherPeriodLeader(written, elsewhere, false);
    }
    // "PGĐ Nguyễn Q. Huy Hoàng", "PGĐ Phan Hiếu": a name with initials, or no middle name, one leader of the period fits, suggested (not taken as him).
    const initialled = read.person ? this.leaderByInitials(read) : null;
    if (initialled) return { written, status: 'misspelt', canonical: initialled.name, periodId: this.period.id, known: null };
    const core = compactKey(read.person) || compactKey(written);
    const near = safeNearest(core, core.length, this.leaderCandidates);
    if (near) return { written, status: 'misspelt', canonical: near.name, periodId: this.period.id, known: null };
    return unknown;
  }

  /**
   * "Lãnh đạo Sở và Văn phòng Sở", "Lãnh đạo Sở, Phòng QLKH&ĐMST": the leadership, then a unit of
   * the directory, not one longer group ("Lãnh đạo Sở và các phòng" stays one).
   */
  private unitAfterLeadership(written: string): boolean {
    for (const m of written.matchAll(AFTER_LEADERSHIP)) {
      if (this.unitInLeaderColumn(written.slice(m.index! + m[0].length))) return true;
    }
    return this.unitAfterSpace(written) !== null;
  }

  /**
   * "Lãnh đạo Sở, Lãnh đạo Phòng QLKH&ĐMST", "Lãnh đạo Sở và PGĐ Sở Mai Thoan": the leadership, then
   * another leader (a unit's head or leadership, or one by name), not one longer group.
   */
  private leaderAfterLeadership(written: string): boolean {
    for (const m of written.matchAll(AFTER_LEADERSHIP)) {
      const head = leadershipKey(written.slice(0, m.index));
      if (head !== 'lanh dao so' && !this.collectiveLeaders.includes(head)) continue;
      const rest = written.slice(m.index! + m[0].length);
      if (namesUnitHead(rest) || namesLeader(this.leaderPartAsWritten(cleanPart(rest)))) return true;
    }
    return false;
  }

  /**
   * "Lãnh đạo Sở Văn phòng Sở" (two lines or rows joined): the whole leadership, a space, then a
   * unit; where the unit begins.
   */
  private unitAfterSpace(written: string): number | null {
    if (namesUnitHead(written)) return null;
    for (const m of written.matchAll(/\s+/gu)) {
      const head = leadershipKey(written.slice(0, m.index));
      const leadership = head === 'lanh dao so' || this.collectiveLeaders.includes(head) || ALL_DEPUTIES.test(head) || /^ban giam doc(?: so)?$/.test(head);
      const at = m.index! + m[0].length;
      if (leadership && this.unitInLeaderColumn(written.slice(at))) return at;
    }
    return null;
  }

  /** A leader only other periods name: outdated or later, unless he is the director the sheet's period leaves unnamed. */
  private otherPeriodLeader(written: string, found: Entry<Leader>[], misspelt: boolean): NameMatch {
    // "Giám đốc Sở Trần Thanh Trường" after July 2025: the director an earlier period names, where
    // the sheet's period names none. Nothing says he left: he is its director.
    const director = this.unnamedDirector();
    if (director && found.every((e) => e.periodIndex < this.periodIndex && this.leaderRole.get(e.item) === 'director')) {
      return { written, status: misspelt ? 'misspelt' : 'current', canonical: director.name, periodId: this.period.id, known: misspelt ? null : director.name };
    }
    const other = [...found].sort((a, b) => b.periodIndex - a.periodIndex)[0];
    const status = other.periodIndex < this.periodIndex ? 'outdated' : 'later';
    return { written, status, canonical: null, periodId: this.directory.periods[other.periodIndex].id, known: other.item.name };
  }

  /** The period's one director, when the directory does not say who holds the post. */
  private unnamedDirector(): Leader | null {
    const directors = this.period.leaders.filter((l) => this.leaderRole.get(l) === 'director');
    const d = directors.length === 1 ? directors[0] : null;
    return d && !(d.person ?? readLeaderName(d.name)?.person) ? d : null;
  }

  /** The one leader of the period of the role read whose name a name with initials, or no middle name, fits; null for none or several. */
  private leaderByInitials(read: LeaderName): Leader | null {
    const fits = this.period.leaders.filter((l) => {
      const person = this.personOf(l);
      const same = (a: string, b: string) => exactKey(a) === exactKey(b);
      return !!person && this.sameRole(read.role, l) && (fitsInitials(read.person, person, same) || fitsWithoutMiddle(read.person, person, same));
    });
    return fits.length === 1 ? fits[0] : null;
  }

  /** Leaders' persons as the directory names them, read once: leaderByInitials asks on every name it misses. */
  private readonly persons = new Map<Leader, string | undefined>();
  private personOf(l: Leader): string | undefined {
    if (!this.persons.has(l)) this.persons.set(l, l.person ?? readLeaderName(l.name)?.person);
    return this.persons.get(l);
  }

  /** Roles agree, or one of them is not stated. */
  private sameRole(role: Role, l: Leader): boolean {
    const own = this.leaderRole.get(l) ?? '';
    return !role || !own || own === role;
  }

  /**
   * The directory entries a read name stands for: by role and person, else by the person alone
   * ("Giám đốc Sở Phan Văn Hiếu" still names him), preferring a list that holds the sheet's period
   * ("Phó Giám đốc Phan Văn Hiếu" is spelt so only in 2024, but is the same as "PGĐ Sở Phan Văn Hiếu").
   * A title written apart from the name ("Phan Văn Hiếu - Giám đốc Sở") must agree with it: there
   * the two may be two people, which the cell's split then reads.
   */
  private leaderEntries(read: LeaderName, map: Map<string, Entry<Leader>[]>, key: (s: string) => string): Entry<Leader>[] | null {
    const lists = leaderKeys(read, key)
      .map((k) => map.get(k)?.filter((e) => !read.joined || this.sameRole(read.role, e.item)))
      .filter((l): l is Entry<Leader>[] => !!l && l.length > 0);
    return lists.find((l) => l.some((e) => e.periodIndex === this.periodIndex)) ?? lists[0] ?? null;
  }

  private isKnownLeader(s: string): boolean {
    const read = readLeaderName(s);
    return !!read && !!this.leaderEntries(read, this.leadersExact, exactKey);
  }

  /** The words cut into two or more known leaders, longest first; null if they are not. */
  private knownLeaderRun(words: string[]): string[] | null {
    for (let n = words.length - 1; n >= 1; n--) {
      const head = words.slice(0, n).join(' ');
      if (!this.isKnownLeader(head)) continue;
      const tail = words.slice(n);
      const tailText = tail.join(' ');
      if (this.isKnownLeader(tailText)) return [head, tailText];
      const more = this.knownLeaderRun(tail);
      if (more) return [head, ...more];
    }
    return null;
  }

  /** The leaders a cell names: "PGĐ Sở Phan Văn Hiếu", "Các PGĐ Sở: A; B", "PGĐ X PGĐ Y". */
  matchLeaders(cell: string): NameMatch[] {
    return this.leaderCell(cell).leaders;
  }

  /** Units written in a leader cell beside its leaders ("PGĐ Sở Phan Văn Hiếu, Văn phòng Sở"): not among its leaders. */
  unitsInLeaders(cell: string): NameMatch[] {
    return this.leaderCell(cell).units;
  }

  /** The units a leader cell notes as coordinating ("PGĐ Sở X; Phối hợp: Văn phòng Sở" → Văn phòng Sở), none for most cells. */
  matchCoordinatingInLeaders(cell: string): NameMatch[] {
    let m = this.leaderCoordCache.get(cell);
    if (!m) {
      const at = this.coordinatingNoteAt(cell);
      this.leaderCoordCache.set(cell, (m = at === null ? NONE : this.matchUnits(cell.normalize('NFC').slice(at).replace(COORDINATING_NOTE, ''))));
    }
    return m;
  }

  /** Where a leader cell's note of coordinating units begins; not before leaders ("Phối hợp: PGĐ Sở X" names a leader). */
  private coordinatingNoteAt(cell: string): number | null {
    const at = coordinatingNoteAt(cell);
    if (at === null) return null;
    const rest = cell.normalize('NFC').slice(at).replace(COORDINATING_NOTE, '');
    return this.matchLeaders(rest).some((l) => l.status !== 'unknown') ? null : at;
  }

  private leaderCell(cell: string): { leaders: NameMatch[]; units: NameMatch[] } {
    let m = this.leaderCache.get(cell);
    if (!m) this.leaderCache.set(cell, (m = this.readLeaderCell(cell)));
    return m;
  }

  private readLeaderCell(cell: string): { leaders: NameMatch[]; units: NameMatch[] } {
    const at = this.coordinatingNoteAt(cell);
    const named = this.splitLeaders(at === null ? cell : cell.normalize('NFC').slice(0, at));
    // "Giám đốc Sở và các phòng": the units in general beside a leader, as in "Lãnh đạo Sở và các
    // phòng" (one collective leader), are neither a leader nor a unit to report.
    const isGroup = (p: NameMatch) => p.status === 'unknown' && this.namesUnitGroup(p.written);
    const parts = named.some(isGroup) && !named.every(isGroup) ? named.filter((p) => !isGroup(p)) : named;
    const isUnit = (p: NameMatch) => (p.status === 'unknown' || p.status === 'misspelt') && this.unitInLeaderColumn(p.written);
    // A cell of units only is the columns swapped, as a whole (`looksLikeUnit`).
    const units = parts.some(isUnit) && !parts.every(isUnit) ? parts.filter(isUnit) : NONE;
    return { leaders: units.length ? parts.filter((p) => !isUnit(p)) : parts, units };
  }

  private splitLeaders(cell: string): NameMatch[] {
    const text = normalizeLines(cell);
    const seps = this.leaderSeparators;
    // "Các PGĐ Sở: Phan Văn Hiếu; Mai Thoan" → the people named after the colon.
    const listed = /^(các\s+(?:pgđ|phó giám đốc)(?:\s+sở)?)\s*:\s*([^]+)$/iu.exec(text);
    const part = (p: string) => this.leaderPart(p);
    if (listed) return splitKnown(listed[2], seps, part, part);
    const byParts = this.partsWithRoles(text);
    if (byParts) return byParts;
    const labelled = this.afterRoleLabel(text);
    if (labelled) return labelled;
    // One leader, title after the name: "Đ/c Phan Văn Hiếu - PGĐ Sở", or after a comma ("…, Phó Giám đốc Sở").
    const whole = part(text);
    // "Các đồng chí PGĐ Sở": all the deputies, not a title to split off.
    if (namesLeader(whole) || this.leadershipAlone(whole)) return [whole];
    const titleAfterComma = text.replace(/\s*,\s*(?=(?:phó giám đốc|pgđ|p\.\s?gđ|giám đốc)(?:\s+sở)?\s*$)/iu, ' - ');
    const afterComma = titleAfterComma !== text ? part(titleAfterComma) : null;
    if (afterComma && namesLeader(afterComma)) return [afterComma];
    const remarked = this.leaderWithRemark(text);
    if (remarked) return [remarked];
    // "PGĐ X PGĐ Y": a new title starts a new leader ("Giám đốc" inside "Phó Giám đốc", "P. Giám
    // đốc", "Ban Giám đốc" does not); so does "các PGĐ Sở" after another leader ("Giám đốc và các PGĐ Sở"), kept whole.
    const titled = text.split(/(?<!Phó|các|Ban|\bP\.?)\s+(?=(?:các\s+)?(?:PGĐ|P\.GĐ|Phó Giám đốc|Giám đốc|GĐ)(?:[\s.]|$))/iu);
    if (titled.length > 1) return titled.flatMap((t) => splitKnown(t, seps, part, part));
    return splitKnown(text, seps, part, part);
  }

  /**
   * "Trưởng ban: Giám đốc Sở; Phó ban: PGĐ Sở Mai Thoan", "Giám đốc Sở - Trưởng ban; PGĐ Sở Mai Thoan
   * - Phó Trưởng ban": parts (";", Alt+Enter) each with a role label or remark, read part by part.
   */
  private partsWithRoles(text: string): NameMatch[] | null {
    const chunks = text.split(/\s*[;\n]\s*/u).filter((c) => c !== '');
    if (chunks.length < 2) return null;
    const read = chunks.map((c) => this.afterRoleLabel(c) ?? this.withRemarkAlone(c));
    return read.some((r) => r !== null) ? chunks.flatMap((c, i) => read[i] ?? this.splitLeaders(c)) : null;
  }

  private withRemarkAlone(text: string): NameMatch[] | null {
    const m = this.leaderWithRemark(text);
    return m ? [m] : null;
  }

  /**
   * "Trưởng ban: PGĐ Sở Phan Văn Hiếu", "Tổ trưởng: Giám đốc Sở": a role with a colon before known
   * leaders is a label, as "Chỉ đạo:" is; the leaders after it, not the role, are read.
   */
  private afterRoleLabel(text: string): NameMatch[] | null {
    const m = /^([^:;\n]{2,40}?)\s*:\s*([^]+)$/u.exec(text);
    if (!m || NAMES_SOMEONE.test(m[1]) || /\d/u.test(m[1])) return null;
    const head = this.leaderPartAsWritten(cleanPart(m[1]));
    const after = this.splitLeaders(m[2]);
    const named = (l: NameMatch) => ['current', 'outdated', 'later', 'misspelt'].includes(l.status);
    // "Lãnh đạo phụ trách: PGĐ Sở Mai Thoan": the leadership in general, then who by name.
    if (head.status === 'collective') return after.length && after.every(named) ? after : null;
    if (head.status !== 'unknown') return null;
    return after.length && after.every((l) => named(l) || this.leadershipAlone(l)) ? after : null;
  }

  /**
   * "Giám đốc Sở - Chủ tịch Hội đồng", "PGĐ Sở X, Trưởng ban": a known leader, then a role or remark
   * naming no one (no title, no person's name, no unit): the leader alone, as with a remark in brackets.
   */
  private leaderWithRemark(text: string): NameMatch | null {
    const m = /^(.+?)(?:\s+[-–—]\s+|\s*,\s*)(.+)$/u.exec(text);
    // A remark ends its part: after ";" or a line break comes another leader.
    if (!m || /[;\n]/u.test(m[2]) || NAMES_SOMEONE.test(m[2]) || this.unitInLeaderColumn(m[2])) return null;
    // A person's name capitalises every word ("Phan Văn Hiếu"); a role does not ("Chủ tịch Hội
    // đồng"), or names a body by its acronym ("Trưởng BCĐ").
    const words = m[2].split(/\s+/u);
    // A word alone in capitals ("VPS", "HĐKH") may be a unit's shorthand: still looked at.
    const alone = words.length === 1 && /^\p{Lu}/u.test(words[0]);
    // A role word first ("Trưởng Văn Phòng Sở", "Chánh Văn phòng") begins no person's name, whatever its capitals.
    const personLike = !ROLE_START.test(m[2]) && words.every((w) => /^\p{Lu}/u.test(w) && !ACRONYM.test(w));
    if (alone || personLike || this.leaderPartAsWritten(cleanPart(m[2])).status !== 'unknown') return null;
    const head = this.leaderPart(m[1]);
    // The leadership as a group holds no unit's post: "Lãnh đạo Sở, Lãnh đạo Phòng QLKH&ĐMST" names another.
    if (head.status === 'collective' && namesUnitHead(m[2])) return null;
    return GOOD.includes(head.status) ? head : null;
  }

  private readonly leaderLike = new Map<string, boolean>();
  private readonly unitLike = new Map<string, boolean>();
  private readonly unitInLeaders = new Map<string, boolean>();

  /** Does the text read as a leader (for columns swapped by mistake)? */
  looksLikeLeader(cell: string): boolean {
    let yes = this.leaderLike.get(cell);
    if (yes === undefined) this.leaderLike.set(cell, (yes = this.readsAsLeader(cell)));
    return yes;
  }

  private readsAsLeader(cell: string): boolean {
    const ms = this.matchLeaders(cell);
    return ms.length > 0 && ms.every((m) => namesLeader(m) || this.leadershipAlone(m)) && !this.unitsInLeaders(cell).length && !this.looksLikeUnit(cell);
  }

  /** "Lãnh đạo Sở", "Các PGĐ Sở", "Ban Giám đốc": the leadership and nothing else ("Lãnh đạo Sở và các phòng" names units too). */
  private leadershipAlone(m: NameMatch): boolean {
    const f = leadershipKey(m.written);
    return m.status === 'collective' && (this.collectiveLeaders.includes(f) || ALL_DEPUTIES.test(f) || UNNAMED_LEADERSHIP.test(f));
  }

  /** "PGĐ Sở", "Phó Giám đốc Sở", "PGĐ": a deputy's title with no name, which names none of them. */
  namesRoleOnly(written: string): boolean {
    const read = readLeaderName(written);
    return read?.role === 'deputy' && read.person === '';
  }

  /** "TT" alone: the period's units whose names it may shorten (Trung tâm…, Thanh tra Sở). */
  unitsByShorthand(written: string): string[] {
    if (!/^tt\.?$/i.test(written.trim())) return [];
    return this.period.units.filter((u) => !u.collective && /^(?:trung tam|thanh tra)\b/.test(foldKey(u.name))).map((u) => u.short);
  }

  /** The period's deputy directors, as the directory lists them. */
  deputies(): Leader[] {
    return this.period.leaders.filter((l) => this.leaderRole.get(l) === 'deputy');
  }

  /** "các phòng", "các đơn vị liên quan": units as a group, no unit of the directory by name. */
  private namesUnitGroup(text: string): boolean {
    const ms = this.matchUnits(text);
    return ms.length > 0 && ms.every((m) => m.status === 'collective' && m.canonical === null);
  }

  /**
   * A leader cell holding a unit's name instead (columns swapped); "Giám đốc Trung tâm CĐS&ĐMST" names
   * a person there, the head of a unit, and is checked as a leader.
   */
  unitInLeaderColumn(cell: string): boolean {
    // Asked of every task's leader cell: cached, as looksLikeUnit is.
    let yes = this.unitInLeaders.get(cell);
    if (yes === undefined) {
      // Before a note of who coordinates: "Đ/c Hiếu; Phối hợp: Phòng KH-CN" names a leader, then units.
      const at = this.coordinatingNoteAt(cell);
      const own = at === null ? cell : cell.normalize('NFC').slice(0, at);
      yes = this.looksLikeUnit(own) && !namesUnitHead(own);
      this.unitInLeaders.set(cell, yes);
    }
    return yes;
  }

  looksLikeUnit(cell: string): boolean {
    let yes = this.unitLike.get(cell);
    if (yes === undefined) {
      const ms = this.matchUnits(cell);
      yes = ms.length > 0 && ms.every((m) => m.status === 'current' || m.status === 'outdated' || m.status === 'later');
      this.unitLike.set(cell, yes);
    }
    return yes;
  }
}

const NONE: NameMatch[] = [];

/** "Lãnh đạo Sở và Văn phòng Sở": the part joined to the text beside it by "và", "cùng", "với". */
function joinedByAnd(text: string, part: string): boolean {
  const at = text.indexOf(part);
  if (at < 0) return false;
  return /\s(?:và|cùng|với)\s+$/iu.test(text.slice(0, at)) || /^\s+(?:và|cùng|với)\s/iu.test(text.slice(at + part.length));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "Phòng QLKH&ĐMST (chủ trì)" → "Phòng QLKH&ĐMST"; "QLKH." → "QLKH". */
/** Where another name may follow the Sở's leadership: "Lãnh đạo Sở, …", "Lãnh đạo Sở và …". */
const AFTER_LEADERSHIP = /\s*[,;&+]\s*|\s+(?:và|với|cùng)\s+/giu;

/** A leader the directory knows by name, in this period or another (not a group, a misspelling or unknown). */
function namesLeader(m: NameMatch): boolean {
  return m.status === 'current' || m.status === 'outdated' || m.status === 'later';
}

/** How many people, as a lead cell may end: "2 người", "03 CB", "(02 cán bộ)". */
const COUNT_OF_STAFF = String.raw`\(?\s*(?:gồm\s+)?\d{1,3}\s*(?:người|cán bộ|cb|cbcc|ccvc|cbccvc|công chức|viên chức|đồng chí|đ\/c)\s*\)?`;
/** A unit, then its head count. Group: the unit. */
const HEAD_COUNT = new RegExp(String.raw`^(.+?)[\s,:\-–]*${COUNT_OF_STAFF}$`, 'iu');
const HEAD_COUNT_ALONE = new RegExp(String.raw`^${COUNT_OF_STAFF}$`, 'iu');

/** Words, then one pair of brackets ending the text: "Lãnh đạo Sở (PGĐ Hiếu)", "PGĐ Sở X (phụ trách)". */
const BRACKETED_END = /^(.+?)\s*\(([^()]+)\)$/u;

function cleanPart(s: string): string {
  return normalizeText(s)
    .replace(/\((?:chủ trì|phối hợp|chính|cb)\)/giu, '')
    // "Chủ trì: Phòng QLKH&ĐMST", "Đơn vị chủ trì: …", "Chỉ đạo: PGĐ Hiếu": a label before the name,
    // also written short ("CT: …", "PH: …", "P/h: …"; the colon makes it a label).
    .replace(/^(?:(?:đơn vị|phòng)\s+)?(?:chủ trì|phối hợp)\s*:\s*|^(?:ct|ph|p\s?\/\s?h|cđ)\s*:\s*|^(?:lãnh đạo(?:\s+sở)?\s+)?chỉ đạo\s*:\s*/iu, '')
    .replace(/^(?:các phòng|phòng)\s*:\s*/iu, (m) => (/các/iu.test(m) ? '' : 'Phòng '))
    .replace(/^[\s\-–—+•]+|[\s.;,:\-–—+/]+$|\s+&[\s.;,:]*$/gu, '')
    // "Giám đốc Sở và PGĐ …" split at the title leaves "Giám đốc Sở và".
    .replace(/\s+(?:và|với)$/iu, '')
    .trim();
}

/** "Phối hợp:", "PH:", "P/h:", "Phối hợp với" at the start of a leader cell's part (after ";", "," or a line break). */
const COORDINATING_LABEL = String.raw`(?:phối\s+hợp(?:\s+với)?\s*:?|(?:ph|p\s?\/\s?h)\s*:)`;
const COORDINATING_NOTE = new RegExp(String.raw`^[\s;,]*${COORDINATING_LABEL}\s*`, 'iu');
/** The label after a leader and a mark (";", ",", a line break), before the units. */
const COORDINATING_NOTE_AFTER = new RegExp(String.raw`[;,\n]\s*${COORDINATING_LABEL}\s*(?=\S)`, 'iu');

/**
 * Where a leader cell's note of who coordinates begins ("PGĐ Sở X⏎Phối hợp: Văn phòng Sở", "PGĐ Sở
 * X; PH: Văn phòng Sở"), after the leader; null where there is none.
 */
function coordinatingNoteAt(cell: string): number | null {
  const text = cell.normalize('NFC');
  const m = COORDINATING_NOTE_AFTER.exec(text);
  return m && /[\p{L}]/u.test(text.slice(0, m.index)) ? m.index : null;
}

/** "phối hợp", or its short label at the start of a part ("X; PH: Y", "X, P/h: Y"). */
const COORDINATES = /phối\s+hợp|(?<=(?:^|[,;\n])\s*)(?:ph|p\s?\/\s?h)(?=\s*:)/giu;

/** A lead cell without who coordinates: see `leadCut`. */
function leadOnly(cell: string): string {
  return leadCut(cell)?.lead ?? cell;
}

/** "phối hợp (với)" before who coordinates, "(phối hợp)" or "phối hợp" after them. */
const COORDINATE_WORDS = /^[\s,;:]*(?:phối\s+hợp(?:\s+với)?[\s:]*|(?:ph|p\s?\/\s?h)\s*:\s*)|\s*\(?\s*phối\s+hợp\s*\)?(?=\s*(?:[,;\n]|$))/giu;

/** Who a lead cell says coordinates ("X chủ trì, phối hợp Y" → "Y"), '' when it says none. */
function coordinatingInLead(cell: string): string {
  const cut = leadCut(cell);
  return cut ? cut.coord.replace(COORDINATE_WORDS, '').trim() : '';
}

/**
 * A lead cell cut before who coordinates, which units write there too: "X chủ trì, phối hợp Y", "X
 * chủ trì; phối hợp: Y", "X phối hợp với Y" (cut at "phối hợp"), "X (chủ trì); Y (phối hợp)", "X chủ
 * trì, Y phối hợp" (the part cut). "phối hợp" elsewhere may be a name's ("Tổ công tác phối hợp liên
 * ngành"). Null where there is no such cut.
 */
function leadCut(cell: string): { lead: string; coord: string } | null {
  const text = cell.normalize('NFC');
  for (const m of text.matchAll(COORDINATES)) {
    const at = m.index!;
    const before = text.slice(0, at);
    const partStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1;
    const after = text.slice(at + m[0].length);
    const restOfPart = after.slice(0, after.search(/[,;\n]|$/u));
    let end: number | null = null;
    // "X (chủ trì); Y, Z (phối hợp)": all after the lead's own "chủ trì" coordinate, not only Z.
    if (/^[\s:]*\)?[\s.]*$/u.test(restOfPart)) end = afterLeadMark(before) ?? partStart;
    else if (/^[\s(]*$|chủ trì[\s,:)]*$/iu.test(before.slice(partStart)) || /^\s+với\b/iu.test(after)) end = at;
    if (end === null) continue;
    const lead = text.slice(0, end);
    return /[\p{L}\p{N}]/u.test(lead) ? { lead, coord: text.slice(end) } : null;
  }
  return null;
}

/** Where the part after "X (chủ trì);" or "X chủ trì," begins, if the text marks its lead so. */
function afterLeadMark(before: string): number | null {
  let end: number | null = null;
  for (const m of before.matchAll(/chủ\s+trì\s*\)?\s*[,;\n]/giu)) end = m.index! + m[0].length;
  return end;
}

/** What follows a short label with a colon ("Đầu mối: Văn phòng Sở"), null without one. */
function unitLabelRest(written: string): string | null {
  const m = /^([^:]{2,30}?)\s*:\s*(.+)$/u.exec(written);
  if (!m || beginsName(m[1]) || /\d/u.test(m[1]) || m[1].split(/\s+/u).length > 4) return null;
  return m[2];
}

/** The head of a unit before its name: "Trưởng phòng …", "Phó Chánh Văn phòng …", "Giám đốc Trung tâm …", "Tổ trưởng Tổ …". */
const HEAD_TITLE = /^(?:phó\s+)?(?:trưởng|chánh|giám đốc|gđ|tổ trưởng|lãnh đạo)\s+(?=p\.|(?:phòng|văn phòng|vp|thanh tra|trung tâm|tt|tổ)(?:[\s.&]|$))/iu;

/** "Giám đốc Trung tâm CĐS&ĐMST": the head of a unit, a person in a leader cell. */
function namesUnitHead(written: string): boolean {
  return HEAD_TITLE.test(normalizeText(written));
}

/** The unit a head's title names ("Trưởng phòng QLKH&ĐMST" → "phòng QLKH&ĐMST"), null without such a title. */
function headTitleRest(written: string): string | null {
  const m = HEAD_TITLE.exec(written);
  return m ? written.slice(m[0].length) : null;
}

/** Words that begin a role, not a person's name: "Trưởng ban", "Phó Trưởng ban", "Chánh Văn phòng", "Chủ tịch Hội đồng". */
const ROLE_START = /^(?:trưởng|phó trưởng|chánh|phó chánh|chủ tịch|phó chủ tịch|tổ trưởng|tổ phó|thành viên|ủy viên|uỷ viên|thư ký)(?=\s|$)/iu;

/** A form of address or a title: what follows names a person ("Đ/c Trường", "PGĐ Hiếu"). */
const NAMES_SOMEONE = /^\s*(?:đ\s?\/\s?c|đc|đồng chí|ông|bà|p?gđ|phó giám đốc|giám đốc)(?=[\s.:]|$)/iu;

/** Folded words that begin a unit's name but name none alone (after them comes whose it is). */
const BARE_TITLE = /^(?:phong|trung tam|van phong|vp|thanh tra)$/;

/** "Ban Giám đốc Sở", "Ban lãnh đạo", "PGĐ (Sở) phụ trách (lĩnh vực)", "Lãnh đạo phụ trách", folded. */
const UNNAMED_LEADERSHIP = /^(?:ban (?:giam doc|lanh dao)(?: so)?|(?:pgd|p\.?\s?gd|pho giam doc|lanh dao)(?: so)? (?:phu trach|theo linh vuc)\b.*)$/;

/**
 * foldKey, with the leadership's shorthands in full: "LĐ Sở" → "lanh dao so", "BGĐ Sở" → "ban giam
 * doc so", and "Lãnh đạo" alone (as "Văn phòng" alone is the department's office) → "lanh dao so".
 */
function leadershipKey(written: string): string {
  // "Các đồng chí PGĐ Sở", "Các đ/c Lãnh đạo Sở": the same as without the courtesy.
  // "Các Lãnh đạo Sở" is the leadership, "Lãnh đạo Sở".
  const f = foldKey(written)
    .replace(/^(cac|tat ca(?: cac)?) (?:dong chi|d\s?\/\s?c) /, '$1 ')
    .replace(/^(?:cac|tat ca(?: cac)?) (?=lanh dao so\b)/, '')
    // "Tập thể Lãnh đạo Sở", "Tập thể Ban Giám đốc": the leadership as a body, the same.
    .replace(/^tap the (?=lanh dao\b|ban (?:giam doc|lanh dao)\b|bgd\b|ld so\b)/, '');
  if (f === 'lanh dao') return 'lanh dao so';
  return f.replace(/^ld(?= so\b)/, 'lanh dao').replace(/^bgd(?= so$|$)/, 'ban giam doc');
}

/** "các PGĐ Sở", "Các Phó Giám đốc Sở (theo lĩnh vực…)", folded: all the deputy directors. */
const ALL_DEPUTIES = /^(?:cac|tat ca(?: cac)?)\s+(?:pgd|p\.\s?gd|pho giam doc)\.?(?:\s+so)?(?:\s+(?:theo|phu trach)\b.*)?$/;

/** An acronym with "&" in a unit's name: "QLCN&CN", "CĐS&ĐMST", "KH&CN". */
const AMP_ACRONYM = /[\p{L}\p{N}]+\s?&\s?[\p{L}\p{N}]+/gu;

/**
 * Where a cell is cut: a pattern, or a function returning the parts; with `sure`, the cut is kept
 * when every part passes it, even where no part is a known name ("Sở Tài chính, Sở Nội vụ").
 */
type Separator = RegExp | ((text: string) => string[]) | { cut: (text: string) => string[]; sure: (part: string) => boolean };

function cut(text: string, sep: Separator): string[] {
  if (sep instanceof RegExp) return text.split(sep);
  return typeof sep === 'function' ? sep(text) : sep.cut(text);
}

/** A bullet before a line's name: "- ", "+ ", "• ". */
const BULLET = /^[-–—+•*]\s+/u;
/**
 * A number or letter listing names: "1. ", "2) ", "(3) ", "a) ", at the start, after ";" or ",", or
 * mid-line where the reader joined the cell's lines ("1. PGĐ Sở Phan Văn Hiếu 2. PGĐ Sở Mai Thoan").
 */
const LIST_NUMBER = /(^|[\s;,])(?:\d{1,2}[.)]|\(\d{1,2}\)|\p{Ll}\))\s+(?=\p{Lu})/gu;

/** Line by line: NFC, spaces tidied, list markers and empty lines dropped; the line breaks themselves kept. */
function normalizeLines(s: string): string {
  return s
    .split(LINE_BREAK)
    .map((line) => normalizeText(line).replace(BULLET, '').replace(LIST_NUMBER, '$1').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** A line ending where a name goes on: "Sở Giáo dục và⏎Đào tạo", "UBND các xã,⏎phường". */
const LINE_GOES_ON = /(?:[,&\-–]|\s(?:và|với))$/iu;

/**
 * ";" and line breaks (Alt+Enter). A name itself broken over two lines is joined back, unless both
 * lines are known names: when the lines together are a known name ("Phòng Quản lý Khoa học
 * và⏎Đổi mới sáng tạo"), when the first line breaks off ("… và", "…,"), or when the second neither
 * is known nor begins a name ("Sở Khoa học và Công nghệ⏎Kon Tum", "PGĐ Sở Phan Văn Hiếu⏎(phụ trách)").
 * A group's opening words ("Các …") make any text after them a group: a line opening a name of its
 * own in capitals ("Các doanh nghiệp⏎Ban QL KKT DQ") is no part of it.
 */
function byLines(strict: (part: string) => NameMatch): (text: string) => string[] {
  const good = (p: string) => GOOD.includes(strict(p).status);
  const namesOwn = (line: string) => /^\p{Lu}/u.test(line) && beginsName(line);
  const joinsInto = (joined: string, line: string) => {
    const status = strict(joined).status;
    return GOOD.includes(status) && !(status === 'collective' && namesOwn(line));
  };
  return (text) =>
    text.split(/\s*;\s*/u).flatMap((chunk) => {
      const lines = chunk.split(/\s*\n\s*/u);
      const out: string[] = [];
      for (const line of lines) {
        const prev = out[out.length - 1];
        const joined = `${prev} ${line}`;
        const goesOn = () => LINE_GOES_ON.test(prev!) || joinsInto(joined, line) || (!beginsName(line) && !good(line));
        if (prev !== undefined && !(good(prev) && good(line)) && goesOn()) out[out.length - 1] = joined;
        else out.push(line);
      }
      return out;
    });
}

/** Before a unit's own prefix: "Phòng BCVT&CĐS Văn phòng Sở", "Phòng QLKH&ĐMST Phòng BCVT&CĐS". */
const UNIT_START = /(?<!Văn|Các|Những|Tất cả)\s+(?=(?:Phòng|P\.|Trung tâm|Văn phòng Sở|VP Sở|Thanh tra Sở|Tổ (?:chuyển|chuyên|tham mưu|công tác))(?:[\s.&]|$))/iu;

/**
 * Words that begin the name of a body or a party ("Văn phòng Sở", "Sở Tài chính", "UBND tỉnh", "các
 * đơn vị liên quan"), not words inside one ("Công nghệ", "Đào tạo", "Đổi mới sáng tạo").
 */
const NAME_START = /^(?:phòng|p\.|trung tâm|tt\.?|văn phòng|vp|thanh tra|tổ (?:chuyển|chuyên|tham mưu|công tác)|sở|bộ|ubnd|ủy ban|uỷ ban|ban|cục|chi cục|viện|học viện|trường|đại học|hội|hiệp hội|liên hiệp|công ty|doanh nghiệp|hợp tác xã|quỹ|đài|báo|bệnh viện|công an|kho bạc|ngân hàng|bảo hiểm xã hội|bhxh|liên đoàn|mặt trận|tỉnh đoàn|tỉnh ủy|tỉnh uỷ|công đoàn|các|những|tất cả|mọi|đơn vị|cơ quan|tổ chức|cá nhân|chuyên gia)(?=[\s.,:;&]|$)/iu;
/** The leadership, capitalised ("Lãnh đạo Sở", "Giám đốc Sở"): a party of its own; "lãnh đạo các phòng" goes on a name. */
const LEADERSHIP_START = /^(?:Lãnh đạo|Giám đốc|Phó Giám đốc)(?=[\s.,:;&]|$)/u;

/**
 * At each "và" ("với") between two names: "Phòng QLKH và Văn phòng Sở", "Phòng QLCN&CN và TĐC". Not
 * inside a name ("Thanh tra Sở Khoa học và Công nghệ", "Phòng Quản lý khoa học và Đổi mới sáng tạo và
 * Văn phòng Sở", "Sở Giáo dục và Đào tạo"): what follows must name something itself (a known unit,
 * a body's first word, an acronym) or come after a known unit, and what the "và" joins must not be a
 * known name.
 */
function splitAtAnd(text: string, known: (part: string) => boolean): string[] {
  const pieces = text.split(/(\s+(?:và|với)\s+)/iu);
  if (pieces.length < 3) return [text];
  const parts = [pieces[0]];
  for (let i = 2; i < pieces.length; i += 2) {
    const next = pieces[i];
    const joined = parts[parts.length - 1] + pieces[i - 1] + next;
    const namesItself = beginsName(next) || known(next);
    // After a known unit, what follows is another party ("Trung tâm CĐS&ĐMST và Viễn thông Quảng Ngãi").
    if ((namesItself || known(parts[parts.length - 1])) && !known(joined)) parts.push(next);
    else parts[parts.length - 1] = joined;
  }
  return parts;
}

/**
 * "Sở Tài chính và các đơn vị liên quan": a body by its first word, then the group, to be split as
 * "Phòng KH-CN và các đơn vị liên quan" is (not "Các phòng và đơn vị liên quan", one group).
 */
function bodyBeforeGroup(written: string): boolean {
  const parts = splitAtAnd(written, () => false);
  return parts.length > 1 && NAME_START.test(parts[0]) && !readsAsGroup(parts[0], foldKey(parts[0])) && readsAsGroup(parts[parts.length - 1], foldKey(parts[parts.length - 1]));
}

/** A first word with two capitals in a row: "TĐC", "XYZ", "DN". */
const ACRONYM_START = /^[^\s]*\p{Lu}{2}/u;

/** A part that begins a name of its own: a body's first word ("Sở", "Kho bạc") or an acronym. */
function beginsName(part: string): boolean {
  return NAME_START.test(part) || ACRONYM_START.test(part) || LEADERSHIP_START.test(part);
}

/**
 * The official names of provincial bodies (after "Sở", "Bộ") that hold a comma, folded: the only
 * commas inside a name. "Sở Y tế, Giáo dục và Đào tạo" is two departments, whatever its "và".
 */
const COMMA_NAMES = ['Văn hóa, Thể thao và Du lịch', 'Lao động, Thương binh và Xã hội'].map((n) => foldKey(n));

/** A department or ministry named by its field: "Sở Tài chính", "Bộ Nội vụ"; the word it starts with. */
const FIELD_BODY = /^(sở|bộ)\s+(?=\p{Lu})/iu;

/**
 * The fields provincial departments are named by (folded first words: "Tài chính", "Giáo dục và Đào
 * tạo", "Kế hoạch và Đầu tư", before and after the 2025 mergers). After "Sở Y tế," only these name
 * another department; anything else ("Công an tỉnh", "Bảo hiểm xã hội tỉnh", "Viettel Quảng Ngãi")
 * is a body of its own.
 */
const DEPARTMENT_FIELD = /^(?:noi vu|tu phap|tai chinh|ke hoach|cong thuong|xay dung|giao thong|nong nghiep|tai nguyen|lao dong|van hoa|du lich|thong tin|khoa hoc|giao duc|y te|ngoai vu|dan toc)\b/;

/**
 * At each comma, except inside an official name that holds one ("Sở Văn hóa, Thể thao và Du lịch").
 * A field after a department's name names another department: "Sở Y tế, Giáo dục và Đào tạo" is
 * "Sở Y tế" and "Sở Giáo dục và Đào tạo"; "Sở Tài chính, Nội vụ" is two departments.
 */
function splitAtCommas(text: string, known: (part: string) => boolean): string[] {
  // Pieces at even indexes, the commas (with their spaces, kept as written) between them.
  const pieces = text.split(/(\s*,\s*)/u);
  const parts: string[] = [];
  let body: string | null = null;
  for (let i = 0; i < pieces.length; i += 2) {
    const end = commaNameEnd(pieces, i);
    const part = pieces.slice(i, end + 1).join('');
    const comma = pieces[i - 1];
    i = end;
    if (parts.length && (goesOnAfterComma(part, parts[parts.length - 1], known) || goesOnFieldList(part, parts[parts.length - 1], known))) {
      parts[parts.length - 1] += comma + part;
      continue;
    }
    const own = FIELD_BODY.exec(part);
    const field = !own && body !== null && DEPARTMENT_FIELD.test(foldKey(part)) && !known(part);
    parts.push(field ? `${body} ${part}` : part);
    if (!field) body = own ? own[1] : null;
  }
  return parts;
}

/**
 * "Các sở, ngành, UBND các huyện", "Các doanh nghiệp, HTX": after the group's list, a part naming a
 * body of its own (capitalised, of two words or more, or an acronym), split off. Not one more kind
 * capitalised ("Các Sở, Ban, Ngành", "Các phòng, Trung tâm", "…, Thị xã"): the list goes on.
 */
function namesBodyAfterGroup(written: string): boolean {
  return written
    .split(/\s*,\s*/u)
    .slice(1)
    .some((p) => {
      const f = foldKey(p);
      if (isBareKind(f) || BARE_TITLE.test(f) || !/^\p{Lu}/u.test(p)) return false;
      return ACRONYM_START.test(p) || (beginsName(p) && /\s/u.test(p));
    });
}

/** Words that begin a group of bodies: "các sở, ban, ngành", "các tổ chức, cá nhân" go on after it. */
const GROUP_START = /^(?:các|những|tất cả|mọi|toàn thể)\s/iu;

/**
 * A piece in lower case that is no unit of ours goes on the name before the comma: "UBND các xã,
 * phường, đặc khu", "Ban Chỉ đạo … khoa học, công nghệ, đổi mới sáng tạo …", "các sở, ban, ngành";
 * unless it begins a name of its own after a name ("Phòng QLKH&ĐMST, các đơn vị liên quan").
 */
function goesOnAfterComma(part: string, before: string, known: (part: string) => boolean): boolean {
  if (isBareKind(foldKey(part)) && GROUP_WORD.test(foldKey(before))) return true;
  return /^\p{Ll}/u.test(part) && (!beginsName(part) || GROUP_START.test(before)) && !known(part);
}

/**
 * A kind of body with no name of its own, folded ("Thị xã", "Thành phố", "Phường"): after a list of
 * kinds ("UBND các huyện, thành phố, Thị xã") one more of them, whatever its capital, not a body.
 */
const BARE_KIND = /^(?:thi xa|thanh pho|huyen|xa|phuong|thi tran|dac khu|tinh|so|ban|nganh|doan the|dia phuong|don vi|to chuc|ca nhan|doanh nghiep|chuyen gia|co quan|hop tac xa)$/;
const GROUP_WORD = /(?:^|\s)(?:cac|nhung)\s/;
/** Where the kinds are: "ngành tỉnh", "đoàn thể liên quan", "địa phương trên địa bàn tỉnh" (folded). */
const KIND_PLACE = /\s+(?:(?:cua |trong |toan )?tinh|(?:co )?lien quan|tren dia ban(?: tinh)?)$/;
/** A kind of body with no name of its own, where it is or not ("Ngành tỉnh" as "Ngành"). */
const isBareKind = (folded: string): boolean => BARE_KIND.test(folded) || BARE_KIND.test(folded.replace(KIND_PLACE, ''));

/**
 * Fields of work that a body's name may list, folded: "Khoa học, Công nghệ", "Văn hóa, Thể thao",
 * "Hội đồng Thi đua, Khen thưởng tỉnh", "Đài Phát thanh, Truyền hình".
 */
const FIELDS = 'khoa hoc|cong nghe|doi moi sang tao|chuyen doi so|ky thuat|moi truong|van hoa|the thao|du lich|giao duc|dao tao|thi dua|khen thuong|phat thanh|truyen hinh';
const FIELD_FIRST = new RegExp(`^(?:${FIELDS})\\b`);
const FIELD_LAST = new RegExp(`\\b(?:${FIELDS})$`);

/**
 * A capitalised piece that goes on listing the fields the name before it ends with: "Hội đồng Khoa
 * học, Công nghệ tỉnh" is one body. Not after a department's name ("Sở Văn hóa, Du lịch": each a
 * department, see `splitAtCommas`) nor a known unit, and not when the piece is a unit itself.
 */
function goesOnFieldList(part: string, before: string, known: (part: string) => boolean): boolean {
  return /^\p{Lu}/u.test(part) && !FIELD_BODY.test(before) && FIELD_LAST.test(foldKey(before)) && FIELD_FIRST.test(foldKey(part)) && !known(before) && !known(part);
}

/** The last piece of an official name with a comma that starts at piece i ("Văn hóa" + "Thể thao và Du lịch"), else i. */
function commaNameEnd(pieces: string[], i: number): number {
  if (i + 2 >= pieces.length) return i;
  const joined = foldKey(`${pieces[i].replace(FIELD_BODY, '')}, ${pieces[i + 2]}`);
  return COMMA_NAMES.some((n) => joined === n || joined.startsWith(`${n} `)) ? i + 2 : i;
}

/**
 * At each " - " between names ("Phòng QLKH&ĐMST - Văn phòng Sở"); words in lower case after it that
 * begin no name are a remark on the name before ("Phòng QLKH&ĐMST - đầu mối").
 */
function splitAtDashes(text: string): string[] {
  const pieces = text.split(/(\s+[-–—]\s+)/u);
  const parts = [pieces[0]];
  for (let i = 2; i < pieces.length; i += 2) {
    if (/^\p{Ll}/u.test(pieces[i]) && !beginsName(pieces[i])) parts[parts.length - 1] += pieces[i - 1] + pieces[i];
    else parts.push(pieces[i]);
  }
  return parts;
}

/** ";" and line breaks part names wherever they stand. */
const always = () => true;

/** At each "&" that is not inside a known acronym ("QLKH&HCTH" splits, "QLKH&ĐMST" does not). */
function splitAmpersands(text: string, acronyms: Set<string>): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/\s*&\s*/gu)) {
    const at = m.index!;
    const before = /[\p{L}\p{N}]+$/u.exec(text.slice(0, at))?.[0] ?? '';
    const after = /^[\p{L}\p{N}]+/u.exec(text.slice(at + m[0].length))?.[0] ?? '';
    if (before && after && acronyms.has(compactKey(`${before}&${after}`))) continue;
    parts.push(text.slice(start, at));
    start = at + m[0].length;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Strongest first, after ";" and line breaks (`byLines`), "," and "và" (`splitAtAnd`; DirectoryMatcher
 * adds them). " & " with spaces separates ("Phòng QLKH &
 * HCTH"); a bare "&" is tried last (DirectoryMatcher adds it), as it is mostly inside acronyms
 * ("QLCN&CN", "CĐS&ĐMST").
 */
// A full stop, not the one of "P." or "TT." cut short from "Phòng", "Trung tâm" ("P. QLKH & HCTH").
const UNIT_SEPARATORS: Separator[] = [/(?<!(?:^|[\s;,(])(?:p|tt))\s*\.\s+(?=\p{Lu})/iu, /\s+[&+]\s+/u, splitAtDashes];
// "PGĐ Hiếu/PGĐ Thoan", "PGĐ Hiếu + PGĐ Thoan": "/" too, but not the one in "Đ/c".
const LEADER_SEPARATORS: RegExp[] = [/\s*,\s*/u, /\s+(?:và|với)\s+/iu, /\s*[-–—]\s*/u, /\s*(?<!(?:^|[^\p{L}])đ)\/\s*|\s+[+&]\s+/iu];

const GOOD: NameStatus[] = ['current', 'outdated', 'later', 'collective', 'misspelt'];

/**
 * Whole text first; if it is not a known name, try each separator in turn and keep the split only
 * when it recognises a part. "Phòng QLKH & HCTH" splits; "Phòng QLCN&CN" does not. What no split
 * recognises goes to `lenient` (a known name followed by other words, a group, a near miss).
 */
function splitKnown(text: string, separators: Separator[], strict: (part: string) => NameMatch, lenient: (part: string) => NameMatch): NameMatch[] {
  const t = text.trim();
  if (!t || /^[-–—.]+$/.test(t)) return [];
  const whole = strict(t);
  if (GOOD.includes(whole.status)) return [whole];
  for (let i = 0; i < separators.length; i++) {
    const parts = cut(t, separators[i]).filter((p) => p.trim() !== '');
    if (parts.length < 2) continue;
    const rest = separators.slice(i + 1);
    const matches = parts.flatMap((p) => splitKnown(p, rest, strict, lenient));
    // ";" and line breaks always separate (at any depth); weaker separators only where they reveal known names.
    const sep = separators[i];
    const sure = typeof sep === 'object' && 'sure' in sep && parts.every(sep.sure);
    if (sure || matches.some((m) => GOOD.includes(m.status))) return carryPrefix(matches, strict);
  }
  return [lenient(t)];
}

/** "Phòng TĐC, QLCN&CN": the second part names a unit without repeating "Phòng". */
function carryPrefix(matches: NameMatch[], strict: (p: string) => NameMatch): NameMatch[] {
  return matches.map((m) => {
    if (m.status !== 'unknown' && m.status !== 'external') return m;
    const withPrefix = strict(`Phòng ${m.written}`);
    return GOOD.includes(withPrefix.status) ? { ...withPrefix, written: m.written } : m;
  });
}
