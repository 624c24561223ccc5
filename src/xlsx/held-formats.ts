/**
 * Conditional formats Excel 2010 and later keep in a sheet's <extLst> (x14:conditionalFormattings):
 * icon sets such as 3 stars, data bars' negative colours, border and axis, and rules whose formula
 * uses another sheet's cells (`COUNTIF(DM!$A$1:$A$5;$H5)`). exceljs reads them partly, writes back
 * less, and fails on a rule of the last kind ("Cannot read properties of undefined"). So the block is
 * taken out of what exceljs reads and put back, as it was, into the copy's sheet. Each data bar of
 * the sheet's own <conditionalFormatting> names its x14 part by id: the copy's bars get those ids back.
 */
import { extHolding, selfContained, withExt } from './ext-blocks';

export interface HeldFormats {
  /** The <ext> holding x14:conditionalFormattings, readable outside its sheet. */
  ext: string;
  /** Each data bar rule of the sheet's <conditionalFormatting>, in order: the id of its x14 part, if any. */
  barIds: (string | null)[];
}

const EXT = extHolding('conditionalFormattings');
/** The <ext> exceljs writes for the x14 formats it understood: replaced by the original's. */
const EXCELJS_EXT = /<ext\b[^>]*\{78C0D931-6437-407d-A8EE-F0AAD7539E65\}[^>]*>[^]*?<\/ext>/;
const DATA_BAR = /<(?:\w+:)?cfRule\b[^>]*\btype="dataBar"[^>]*>[^]*?<\/(?:\w+:)?cfRule>/g;
const ID = /(<(\w+:)?id>)[^<]*(<\/\2?id>)/;
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';

/** The sheet without its x14 formats, and what was taken (undefined: none, the same XML). */
export function holdFormats(xml: string): { xml: string; held?: HeldFormats } {
  const ext = EXT.exec(xml)?.[0];
  if (!ext) return { xml };
  const rest = xml.replace(ext, '').replace(/<(\w+:)?extLst>\s*<\/\1?extLst>/, '');
  const barIds = [...rest.matchAll(DATA_BAR)].map((m) => ID.exec(m[0])?.[0].replace(/<[^>]*>/g, '') ?? null);
  return { xml: rest, held: { ext: selfContained(ext, xml), barIds } };
}

/**
 * The copy's sheet with the original x14 formats in place of what exceljs wrote of them; null when
 * its data bars are not the original's one for one (they could not be matched to their x14 parts).
 */
export function restoreFormats(xml: string, held: HeldFormats): string | null {
  const own = xml.replace(EXCELJS_EXT, '').replace(/<extLst>\s*<\/extLst>/, '');
  const bars = [...own.matchAll(DATA_BAR)];
  if (bars.length !== held.barIds.length) return null;
  let i = 0;
  return withExt(own.replace(DATA_BAR, (rule) => barWithId(rule, held.barIds[i++] ?? null)), held.ext);
}

/** A data bar rule naming `id` as its x14 part, or none. */
function barWithId(rule: string, id: string | null): string {
  const plain = rule.replace(/<extLst>[^]*?<\/extLst>/, '');
  if (!id) return plain;
  const ref = `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${id}</x14:id></ext></extLst>`;
  return plain.replace(/<\/cfRule>$/, `${ref}</cfRule>`);
}
