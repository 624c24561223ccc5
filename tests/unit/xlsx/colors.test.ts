import { colorToHex, themePalette, withTint } from '../../../src/xlsx/colors';

/** Channels of two `RRGGBB` colours differ by at most `by`. */
const near = (a: string, b: string, by: number) => [0, 2, 4].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= by);

describe('file colours as RGB', () => {
  const office = themePalette(undefined);

  it('reads the workbook theme, light 1 and dark 1 first as cells number them; the Office theme where there is none', () => {
    expect(office).toEqual(['FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD', 'C0504D', '9BBB59', '8064A2', '4BACC6', 'F79646', '0000FF', '800080']);
    const xml =
      '<a:clrScheme name="Office 2013"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
      '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472c4"/></a:accent1></a:clrScheme>';
    expect(themePalette(xml).slice(0, 5)).toEqual(['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4']);
    // Slots the file does not give keep the Office theme's.
    expect(themePalette(xml)[5]).toBe('C0504D');
  });

  it('gives RGB, theme and indexed colours as #RRGGBB; automatic ones as none', () => {
    expect(colorToHex({ argb: 'FF92D050' }, office)).toBe('#92D050');
    expect(colorToHex({ theme: 4 }, office)).toBe('#4F81BD');
    expect(colorToHex({ indexed: 43 }, office)).toBe('#FFFF99');
    expect(colorToHex({ indexed: 64 }, office)).toBe('#000000');
    expect(colorToHex({ indexed: 99 }, office)).toBe('');
    expect(colorToHex({}, office)).toBe('');
    expect(colorToHex(undefined, office)).toBe('');
  });

  it('lightens and darkens as Excel\'s theme colour picker does, within a unit or two per channel', () => {
    // Excel 2007–2010's picker: the column under Accent 1 (4F81BD), Accent 2 (C0504D), White and Black.
    const picker: [string, number, string][] = [
      ['4F81BD', 0.7999816888943144, 'DBE5F1'],
      ['4F81BD', 0.5999938962981048, 'B8CCE4'],
      ['4F81BD', 0.3999755851924192, '95B3D7'],
      ['4F81BD', -0.249977111117893, '366092'],
      ['4F81BD', -0.499984740745262, '244062'],
      ['C0504D', 0.5999938962981048, 'E6B8B7'],
      ['C0504D', -0.249977111117893, '963634'],
      ['FFFFFF', -0.0499893185216834, 'F2F2F2'],
      ['FFFFFF', -0.249977111117893, 'BFBFBF'],
      ['000000', 0.3499862666707358, '595959'],
      ['000000', 0.0499893185216834, '0D0D0D'],
    ];
    expect(picker.filter(([hex, tint, shown]) => !near(withTint(hex, tint), shown, 2))).toEqual([]);
    expect(colorToHex({ theme: 4, tint: 0.5999938962981048 }, office)).toMatch(/^#B[89]C[CD]E[45]$/);
    // A tint never leaves the colour's hue: white stays grey, black stays grey.
    expect(withTint('FFFFFF', -0.5)).toBe('808080');
    expect(withTint('000000', 1)).toBe('FFFFFF');
  });
});
