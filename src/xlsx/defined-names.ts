/**
 * The workbook's defined names, kept in the marked copy as the user had them. exceljs drops or
 * rewrites the ones it cannot parse: a print area at #REF!, a name holding a formula, a name to
 * another workbook ([1]Sheet1!A1 becomes '[1]Sheet1'!A1). The original <definedName> entries are
 * put back into the copy's xl/workbook.xml; a name to another workbook is kept only when the copy
 * still has that workbook's link, else it is left out and named to the user.
 */
import JSZip from 'jszip';
import { MARKER_NAMES } from '../engine/own-sheets';

const WORKBOOK = 'xl/workbook.xml';
const BLOCK = /<((?:\w+:)?)definedNames\b[^>]*>([^]*?)<\/\1definedNames>|<(?:\w+:)?definedNames\b[^>]*\/>/;
const ENTRY = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([^]*?)<\/(?:\w+:)?definedName>)/g;
const SHEET = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
/** What follows <definedNames> in a workbook (ECMA-376 CT_Workbook order). */
const AFTER = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

interface NameEntry {
  xml: string;
  name: string;
  /** The sheet a local name belongs to (by name), null for the workbook's. */
  scope: string | null;
  formula: string;
}

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]!) : null;
}

function decode(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

function sheetNames(xml: string): string[] {
  const sheets = /<(?:\w+:)?sheets\b[^>]*>([^]*?)<\/(?:\w+:)?sheets>/.exec(xml)?.[1] ?? '';
  return [...sheets.matchAll(SHEET)].map((m) => attribute(m[1]!, 'name') ?? '');
}

function entries(xml: string): NameEntry[] {
  const sheets = sheetNames(xml);
  const block = BLOCK.exec(xml)?.[2] ?? '';
  return [...block.matchAll(ENTRY)].map((m) => {
    const local = attribute(m[1]!, 'localSheetId');
    return {
      xml: m[0],
      name: attribute(m[1]!, 'name') ?? '',
      scope: local === null ? null : sheets[Number(local)] ?? null,
      formula: decode(m[2] ?? ''),
    };
  });
}

const MARKERS = new Set(Object.values(MARKER_NAMES).map((n) => n.toLowerCase()));

const keyOf = (e: { name: string; scope: string | null }) => `${e.name.toLowerCase()}\u0000${e.scope?.toLowerCase() ?? ''}`;

/**
 * A reference to another workbook: a bracket group, then a sheet name (or none) and "!": "[1]Sheet1!A1",
 * "'[2]Quý III'!A1", "[Book.xlsx]Sheet1!A1", "[1]!Name". Not a table's column "Bang[2025]", "Bang[[#Data],[2025]]".
 */
const EXTERNAL = /'(?:[^']|'')*\[[^\]]+\](?:[^']|'')*'!|(?:^|[^\w.\]])\[[^\]]+\][^\s!'"()[\]{},;:+\-*\/^&=<>%]*!/;

/** The workbook's <definedNames> as the original has them, or null when it has none. */
export async function readDefinedNames(bytes: Uint8Array): Promise<string | null> {
  try {
    const xml = await (await JSZip.loadAsync(bytes)).file(WORKBOOK)?.async('string');
    return xml && BLOCK.test(xml) ? xml : null;
  } catch {
    return null;
  }
}

/** Every defined name of the original, of any scope (a new table cannot take one: they share a namespace). */
export function definedNameList(originalXml: string | null): string[] {
  return originalXml ? entries(originalXml).map((e) => e.name) : [];
}

export interface RestoredNames {
  bytes: Uint8Array;
  /** Names the copy cannot keep (a link to another workbook the copy does not carry). */
  notKept: string[];
}

/**
 * The copy with the original's defined names back, each exactly as written (its sheet index
 * renumbered to the copy's order). Names local to a sheet CTCT rewrote (`rewritten`: its old
 * tracker and summary, the sheets it wrote) are the copy's own, but for the add-in's marks of its
 * sheets. Of the copy's other names only those the original has under no scope stay (the new
 * sheets' print titles): exceljs makes a sheet's name the workbook's, which the original never had.
 */
export async function restoreDefinedNames(copy: Uint8Array, originalXml: string | null, rewritten: readonly string[]): Promise<RestoredNames> {
  if (!originalXml) return { bytes: copy, notKept: [] };
  const zip = await JSZip.loadAsync(copy);
  const xml = await zip.file(WORKBOOK)?.async('string');
  if (!xml) return { bytes: copy, notKept: [] };
  const sheets = sheetNames(xml).map((n) => n.toLowerCase());
  const linked = /<(?:\w+:)?externalReferences\b/.test(xml);
  const skip = new Set(rewritten.map((n) => n.toLowerCase()));
  const rewrote = (e: NameEntry) => e.scope !== null && skip.has(e.scope.toLowerCase());
  const original = entries(originalXml);
  const spelled = new Set(original.map((e) => e.name.toLowerCase()));
  const merged = new Map(entries(xml).filter((e) => rewrote(e) || !spelled.has(e.name.toLowerCase())).map((e) => [keyOf(e), e.xml]));
  const notKept: string[] = [];
  for (const e of original) {
    const index = e.scope === null ? null : sheets.indexOf(e.scope.toLowerCase());
    // The sheet CTCT wrote in place of its own is CTCT's still: the add-in's mark stays on it.
    if (rewrote(e) && !(MARKERS.has(e.name.toLowerCase()) && index !== -1)) continue;
    if (index === -1 || (!linked && EXTERNAL.test(e.formula))) {
      // Better gone, and said, than pointing somewhere else.
      merged.delete(keyOf(e));
      notKept.push(e.name);
      continue;
    }
    merged.set(keyOf(e), index === null ? e.xml : e.xml.replace(/(\slocalSheetId=")\d+"/, `$1${index}"`));
  }
  const block = merged.size ? `<definedNames>${[...merged.values()].join('')}</definedNames>` : '';
  const written = withBlock(xml, block);
  if (written === xml) return { bytes: copy, notKept };
  zip.file(WORKBOOK, written);
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), notKept };
}

function withBlock(xml: string, block: string): string {
  if (BLOCK.test(xml)) return xml.replace(BLOCK, () => block);
  const at = AFTER.map((tag) => xml.search(new RegExp(`<(?:\\w+:)?${tag}\\b`))).filter((i) => i >= 0);
  const where = at.length ? Math.min(...at) : xml.lastIndexOf('</');
  return xml.slice(0, where) + block + xml.slice(where);
}
