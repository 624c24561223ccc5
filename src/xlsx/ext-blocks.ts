/** Blocks of a sheet's <extLst> (Excel 2010's x14 parts) taken from one sheet and put into another. */

/** The <ext> of a sheet's <extLst> that holds the x14 `element` ("dataValidations", "conditionalFormattings"). */
export const extHolding = (element: string): RegExp => new RegExp(`<(?:\\w+:)?ext\\b[^>]*>\\s*<(\\w+):${element}\\b[^]*?<\\/\\1:${element}>\\s*<\\/(?:\\w+:)?ext>`);

/**
 * An <ext> block that reads the same outside its sheet: the namespaces its elements use, declared
 * on the sheet's root, are declared on it; attributes of other namespaces ("xr:uid") are left out.
 */
export function selfContained(ext: string, sheetXml: string): string {
  const root = /<(?:\w+:)?worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
  const prefixes = new Set([...ext.matchAll(/<\/?(\w+):/g)].map((m) => m[1]!));
  let block = ext.replace(/\s(\w+):[\w-]+="[^"]*"/g, (a, p: string) => (p === 'xmlns' || prefixes.has(p) ? a : ''));
  const declared = new Set([...block.matchAll(/\sxmlns:(\w+)=/g)].map((m) => m[1]!));
  const missing = [...prefixes].filter((p) => !declared.has(p)).map((p) => new RegExp(`\\sxmlns:${p}="[^"]*"`).exec(root)?.[0] ?? '');
  if (missing.length) block = block.replace('>', `${missing.join('')}>`);
  return block;
}

/** The sheet with `ext` in its <extLst> (the last element of a worksheet), made when it has none. */
export function withExt(xml: string, ext: string): string {
  const list = /<\/extLst>\s*<\/worksheet>\s*$/.exec(xml);
  if (list) return xml.slice(0, list.index) + ext + xml.slice(list.index);
  const end = xml.lastIndexOf('</worksheet>');
  return end < 0 ? xml : `${xml.slice(0, end)}<extLst>${ext}</extLst>${xml.slice(end)}`;
}
