/**
 * Data validations over whole columns ("H1:H1048576", what Excel stores when a dropdown is set on
 * selected columns) are kept out of exceljs: it expands every validation into one entry per cell,
 * and a few such columns make a copy take minutes or never finish (exceljs #1842). Their XML is
 * taken out of the sheets before exceljs reads the workbook and put back, as it was, into the
 * copy it writes. So are drop-downs whose list is on another sheet ("=DM!$A$1:$A$5"): Excel keeps
 * them in the sheet's <extLst> (x14:dataValidations), which exceljs reads past and never writes.
 * CTCT never changes a validation on the user's sheets.
 */
import JSZip from 'jszip';
import { columnNumber } from '../engine/grid';
import { extHolding, selfContained, withExt } from './ext-blocks';
import { holdFormats, restoreFormats, type HeldFormats } from './held-formats';

/** Past this many cells, a sheet's validations are held (one column to row 1,048,576 is over it). */
const HOLD_ABOVE_CELLS = 200_000;

/** The blocks held, by their sheet's name: whole-column validations, and the <ext> of Excel's x14 ones. */
export interface HeldValidations {
  large: Map<string, string>;
  ext: Map<string, string>;
  /**
   * Sheets with a table, a background picture or an <extLst>: exceljs writes their notes' <legacyDrawing>
   * after them. The tracker whose users' notes CTCT carries over is one (its table).
   */
  tails: Set<string>;
  /** Excel 2010's conditional formats (held-formats.ts). */
  formats: Map<string, HeldFormats>;
}

/**
 * What follows <legacyDrawing> in a worksheet (ECMA-376 CT_Worksheet order). exceljs writes it last,
 * after a table's <tableParts> or the <extLst> (exceljs #1369): Excel repairs such a file, dropping
 * the notes or the table. A marked cell's note on a sheet with a table ("Format as Table") does it.
 */
const AFTER_LEGACY_DRAWING = /<(?:legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts)\b/;

const BLOCK = /<(?:\w+:)?dataValidations\b[^>]*>[^]*?<\/(?:\w+:)?dataValidations>|<(?:\w+:)?dataValidations\b[^>]*\/>/;
/** The <ext> of a sheet's <extLst> that holds x14 validations. */
const EXT_BLOCK = extHolding('dataValidations');
/**
 * What precedes <dataValidations> in a worksheet (ECMA-376 CT_Worksheet order): the block goes right
 * after the last there is. (Searching for what follows it would find the <extLst> exceljs writes
 * inside a data bar's <cfRule>, and put the block in the rule: a file Excel repairs.)
 */
const BEFORE = ['sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting'];

/** The workbook with whole-column validations taken out, and what was taken (none: the same bytes). */
export async function holdLargeValidations(bytes: Uint8Array): Promise<{ bytes: Uint8Array; held: HeldValidations }> {
  const held: HeldValidations = { large: new Map(), ext: new Map(), tails: new Set(), formats: new Map() };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // Not a zip JSZip reads: exceljs says why, in the load that follows.
    return { bytes, held };
  }
  for (const [name, path] of await sheetPaths(zip)) {
    const file = zip.file(path);
    if (!file) continue;
    const original = await file.async('string');
    const ext = EXT_BLOCK.exec(original)?.[0];
    if (ext) held.ext.set(name, selfContained(ext, original));
    if (AFTER_LEGACY_DRAWING.test(original) || /<(?:\w+:)?extLst>\s*<(?:\w+:)?ext\b[^]*<\/worksheet>\s*$/.test(original)) held.tails.add(name);
    const { xml, held: formats } = holdFormats(original);
    if (formats) held.formats.set(name, formats);
    const block = BLOCK.exec(xml)?.[0];
    const large = !!block && cellsCovered(block) > HOLD_ABOVE_CELLS;
    if (large) held.large.set(name, block);
    if (large || formats) zip.file(path, large ? xml.replace(block, '') : xml);
  }
  // exceljs ignores the x14 validations: only whole-column blocks and x14 formats are taken out of what it reads.
  if (!held.large.size && !held.formats.size) return { bytes, held };
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), held };
}

/**
 * The copy exceljs wrote, with the held validations back in their sheets; not in the sheets CTCT
 * wrote anew (`rewritten`: its tracker, its summary), whose columns are no longer the old ones.
 */
export async function restoreValidations(bytes: Uint8Array, held: HeldValidations, rewritten: readonly string[] = []): Promise<{ bytes: Uint8Array; formatsLost: string[] }> {
  if (!held.large.size && !held.ext.size && !held.tails.size && !held.formats.size) return { bytes, formatsLost: [] };
  const formatsLost: string[] = [];
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, path] of await sheetPaths(zip)) {
    const file = zip.file(path);
    if (!file) continue;
    // CTCT's own sheets get nothing of the old ones back; their notes are put in order all the same.
    const ours = rewritten.includes(name);
    const block = ours ? undefined : held.large.get(name);
    const ext = ours ? undefined : held.ext.get(name);
    const formats = ours ? undefined : held.formats.get(name);
    if (!block && !ext && !formats && !held.tails.has(name)) continue;
    let xml = legacyDrawingInPlace(await file.async('string'));
    if (formats) {
      const restored = restoreFormats(xml, formats);
      if (restored === null) formatsLost.push(name);
      xml = restored ?? xml;
    }
    if (ext) xml = withExt(xml, ext);
    if (!block) {
      zip.file(path, xml);
      continue;
    }
    // Attributes of other namespaces ("xr:uid") may have no declaration in the copy's sheet.
    const plain = block.replace(/\s[\w]+:[\w]+="[^"]*"/g, (a) => (/^\s(xmlns|r):/.test(a) ? a : ''));
    const where = endOfLast(xml, BEFORE) ?? xml.lastIndexOf('</');
    zip.file(path, xml.slice(0, where) + plain + xml.slice(where));
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), formatsLost };
}

/** The sheet with the <legacyDrawing> exceljs wrote last moved before what must follow it (its table, its <extLst>). */
export function legacyDrawingInPlace(xml: string): string {
  const drawing = /<legacyDrawing\b[^>]*\/>(?=\s*<\/worksheet>\s*$)/.exec(xml);
  if (!drawing) return xml;
  const before = xml.slice(0, drawing.index);
  const after = [AFTER_LEGACY_DRAWING.exec(before)?.index ?? -1, /<\/extLst>\s*$/.test(before) ? before.lastIndexOf('<extLst>') : -1].filter((i) => i >= 0);
  if (!after.length) return xml;
  const at = Math.min(...after);
  return before.slice(0, at) + drawing[0] + before.slice(at) + xml.slice(drawing.index + drawing[0].length);
}

/**
 * Where the last element named in `tags` ends (its closing tag, or itself when empty), if any.
 * Unprefixed only, as exceljs writes the sheet: "x14:conditionalFormatting" is inside <extLst>.
 */
function endOfLast(xml: string, tags: readonly string[]): number | undefined {
  let end: number | undefined;
  for (const tag of tags) {
    for (const m of xml.matchAll(new RegExp(`</${tag}>|<${tag}\\b[^>]*/>`, 'g'))) {
      end = Math.max(end ?? 0, m.index + m[0].length);
    }
  }
  return end;
}

/** Each worksheet's name and the path of its XML part. */
async function sheetPaths(zip: JSZip): Promise<[string, string][]> {
  return (await listedSheets(zip)).flatMap(([name, path]) => (path ? [[name, path] as [string, string]] : []));
}

/** Each sheet workbook.xml lists, with the path its relationship gives (none when it has none). */
export async function listedSheets(zip: JSZip): Promise<[string, string | undefined][]> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return [];
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: [string, string | undefined][] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined) out.push([unescapeXml(name), id ? targets.get(id) : undefined]);
  }
  return out;
}

/** How many cells a block's ranges cover ("H1:H1048576 J5"). */
function cellsCovered(block: string): number {
  let n = 0;
  for (const m of block.matchAll(/\bsqref="([^"]*)"/g)) {
    for (const range of m[1].split(/\s+/).filter(Boolean)) {
      const [a, b = a] = range.split(':');
      const p = /^\$?([A-Z]+)\$?(\d+)$/.exec(a);
      const q = /^\$?([A-Z]+)\$?(\d+)$/.exec(b);
      if (!p || !q) continue;
      n += (Math.abs(columnNumber(q[1]) - columnNumber(p[1])) + 1) * (Math.abs(Number(q[2]) - Number(p[2])) + 1);
    }
  }
  return n;
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
