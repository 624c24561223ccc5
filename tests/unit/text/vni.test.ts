import fc from 'fast-check';
import { convertLegacy } from '../../../src/engine/text';
import { encodeVni, VOWELS, vowelRow } from './encoders';
import { GOLDEN } from './golden';

describe('VNI hand-written garbled strings', () => {
  test.each([
    ['Phoøng Quaûn lyù khoa hoïc', 'Phòng Quản lý khoa học'],
    ['Sôû Khoa hoïc vaø Coâng ngheä tænh Quaûng Ngaõi', 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'],
    ['Phoù Giaùm ñoác Nguyeãn Quoác Huy Hoaøng', 'Phó Giám đốc Nguyễn Quốc Huy Hoàng'],
    ['Laõnh ñaïo Sôû chæ ñaïo', 'Lãnh đạo Sở chỉ đạo'],
    ['öôûng öôùt ôï öõ ôø ÔÏ ÖÕ', 'ưởng ướt ợ ữ ờ Ợ Ữ'],
    ['Ñaø Naüng, Quaûng Ngaõi', 'Đà Nẵng, Quảng Ngãi'],
    ['TRÖÔØNG ÑAÏI HOÏC', 'TRƯỜNG ĐẠI HỌC'],
    ['Kyõ thuaät, Tieâu chuaån, Ño löôøng', 'Kỹ thuật, Tiêu chuẩn, Đo lường'],
    ['ò ó í ì æ î Ò Ó Í Ì Æ Î', 'ị ĩ í ì ỉ ỵ Ị Ĩ Í Ì Ỉ Ỵ'],
  ])('%s', (garbled, unicode) => {
    expect(convertLegacy(garbled, 'vni')).toBe(unicode);
  });
});

describe('VNI golden strings from an independent encoder', () => {
  test.each(GOLDEN)('%s', (unicode) => {
    const garbled = encodeVni(unicode);
    expect(garbled).not.toBe(unicode);
    expect(convertLegacy(garbled, 'vni')).toBe(unicode.normalize('NFC'));
  });

  test('ơ and ư with every tone, lowercase and uppercase', () => {
    expect(convertLegacy('ô ôø ôû ôõ ôù ôï ö öø öû öõ öù öï', 'vni')).toBe(vowelRow('ơ') + ' ' + vowelRow('ư'));
    expect(convertLegacy('Ô ÔØ ÔÛ ÔÕ ÔÙ ÔÏ Ö ÖØ ÖÛ ÖÕ ÖÙ ÖÏ', 'vni')).toBe((vowelRow('ơ') + ' ' + vowelRow('ư')).toUpperCase());
  });

  test('marks of either case are accepted; marks after a consonant stay as they are', () => {
    expect(convertLegacy('Aù aÙ', 'vni')).toBe('Á á');
    expect(convertLegacy('Café QLCN&CN 2024', 'vni')).toBe('Café QLCN&CN 2024');
  });

  test('upper option', () => {
    expect(convertLegacy('Phoøng Quaûn lyù', 'vni', { upper: true })).toBe('PHÒNG QUẢN LÝ');
  });
});

describe('VNI round trip', () => {
  const lower = VOWELS.flatMap((v) => Array.from(vowelRow(v).replace(/ /g, '')));
  const letters = [...lower, ...lower.map((c) => c.toUpperCase()), ...'bcdghklmnpqrstvxđBCDGHKLMNPQRSTVXĐ', ' '];

  test('convertLegacy(encodeVni(s)) === NFC(s)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        expect(convertLegacy(encodeVni(s), 'vni')).toBe(s.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});
