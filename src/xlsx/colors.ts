/**
 * A file's colours as RGB. Excel stores most fills as a theme colour with a tint ("Blue, Accent 1,
 * Lighter 60%") or an index into the legacy palette; Office.js only knows `#RRGGBB`. The record of
 * fills a marked copy keeps gives the add-in the RGB it should paint back, so a unit's own fill is
 * not lost when the add-in clears CTCT's marks. A tinted colour may differ from Excel's own
 * rendering by a unit or two per channel (Excel rounds in its own HLS scale): the look stays.
 */

/** Excel's legacy palette (`indexed` 0–63); 64 and 65 are the system foreground and background. */
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

/** Theme colour indexes as cells use them: light 1 and dark 1 come first, unlike the theme file's order. */
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

/** The Office theme exceljs writes into files that have none. */
const OFFICE_THEME = ['FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD', 'C0504D', '9BBB59', '8064A2', '4BACC6', 'F79646', '0000FF', '800080'];

/** The workbook theme's twelve colours (RRGGBB, by theme index); the Office theme's where the file has none. */
export function themePalette(themeXml: string | undefined): string[] {
  return THEME_SLOTS.map((slot, i) => {
    const m = themeXml && new RegExp(`<a:${slot}>\\s*<a:(?:srgbClr\\s+val|sysClr\\b[^>]*?lastClr)="([0-9A-Fa-f]{6})"`).exec(themeXml);
    return m ? m[1]!.toUpperCase() : OFFICE_THEME[i]!;
  });
}

export interface FileColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** A file colour as `#RRGGBB`; '' when it names none (automatic, or an index past the palette). */
export function colorToHex(color: FileColor | undefined, palette: readonly string[]): string {
  if (!color) return '';
  let hex = '';
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) hex = color.argb.slice(-6).toUpperCase();
  else if (typeof color.theme === 'number') hex = palette[color.theme] ?? '';
  else if (typeof color.indexed === 'number') hex = INDEXED[color.indexed] ?? '';
  if (!hex) return '';
  return `#${color.tint ? withTint(hex, color.tint) : hex}`;
}

/** ECMA-376 §18.8.19: a tint darkens (< 0) or lightens (> 0) the colour's HLS luminance. */
export function withTint(hex: string, tint: number): string {
  const [h, l, s] = toHls(hex);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHls(h, Math.min(1, Math.max(0, lum)), s);
}

function toHls(hex: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l <= 0.5 ? d / (max + min) : d / (2 - max - min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, l, s];
}

function fromHls(h: number, l: number, s: number): string {
  const channel = (p: number, q: number, t: number) => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  const q = l <= 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const rgb = s === 0 ? [l, l, l] : [channel(p, q, h + 1 / 3), channel(p, q, h), channel(p, q, h - 1 / 3)];
  return rgb.map((v) => Math.round(v * 255).toString(16).padStart(2, '0').toUpperCase()).join('');
}
