/**
 * Data validations over whole columns ("H1:H1048576", what Excel stores when a dropdown is set on
 * selected columns) are kept out of exceljs: it expands every validation into one entry per cell,
 * and a few such columns make a copy take minutes or never finish (exceljs #1842). Their XML is
 * taken out of the sheets before exceljs reads the workbook and put back, as it was, into the
 * copy it writes. CTCT never changes a validation on the user's sheets.
 */
import JSZip from 'jszip';
import { columnNumber } from '../engine/grid';

/** Past this many cells, a sheet's validations are held (one column to row 1,048,576 is over it). */
const HOLD_ABOVE_CELLS = 200_000;

/** Each held block by its sheet's name. */
export type HeldValidations = Map<string, string>;

const BLOCK = /<(?:\w+:)?dataValidations\b[^>]*>[^]*?<\/(?:\w+:)?dataValidations>|<(?:\w+:)?dataValidations\b[^>]*\/>/;
/**
 * What precedes <dataValidations> in a worksheet (ECMA-376 CT_Worksheet order): the block goes right
 * after the last there is. (Searching for what follows it would find the <extLst> exceljs writes
 * inside a data bar's <cfRule>, and put the block in the rule: a file Excel repairs.)
 */
const BEFORE = ['sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting'];

/** The workbook with whole-column validations taken out, and what was taken (none: the same bytes). */
export async function holdLargeValidations(bytes: Uint8Array): Promise<{ bytes: Uint8Array; held: HeldValidations }> {
  const held: HeldValidations = new Map();
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
    const xml = await file.async('string');
    const block = BLOCK.exec(xml)?.[0];
    if (!block || cellsCovered(block) <= HOLD_ABOVE_CELLS) continue;
    held.set(name, block);
    zip.file(path, xml.replace(block, ''));
  }
  if (!held.size) return { bytes, held };
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), held };
}

/** The copy exceljs wrote, with the held validations back in their sheets. */
export async function restoreValidations(bytes: Uint8Array, held: HeldValidations): Promise<Uint8Array> {
  if (!held.size) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, path] of await sheetPaths(zip)) {
    const block = held.get(name);
    const file = block && zip.file(path);
    if (!block || !file) continue;
    const xml = await file.async('string');
    // Attributes of other namespaces ("xr:uid") may have no declaration in the copy's sheet.
    const plain = block.replace(/\s[\w]+:[\w]+="[^"]*"/g, (a) => (/^\s(xmlns|r):/.test(a) ? a : ''));
    const where = endOfLast(xml, BEFORE) ?? xml.lastIndexOf('</');
    zip.file(path, xml.slice(0, where) + plain + xml.slice(where));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
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
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  if (!workbook || !rels) return [];
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: [string, string][] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.push([unescapeXml(name), path]);
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
