import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { convertLegacy } from '../../../src/engine/text';
import { encodeTcvn3, VOWELS, vowelRow } from './encoders';
import { DEPARTMENT_STRINGS, GOLDEN, OTHER_STRINGS } from './golden';

/** True when the text has an uppercase toned letter, which only the VN1/VN2 forms of TCVN encode. */
const hasUpperToned = (s: string) => Array.from(s).some((c) => c !== c.toLowerCase() && c.normalize('NFD').length > 1 && !'ĂÂÊÔƠƯ'.includes(c));

describe('TCVN3 hand-written garbled strings', () => {
  test.each([
    ['Phßng Qu¶n lý khoa häc', 'Phòng Quản lý khoa học'],
    ['Së Khoa häc vµ C«ng nghÖ tØnh Qu¶ng Ng·i', 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi'],
    ['Phã Gi¸m ®èc NguyÔn Quèc Huy Hoµng', 'Phó Giám đốc Nguyễn Quốc Huy Hoàng'],
    ['L·nh ®¹o Së chØ ®¹o', 'Lãnh đạo Sở chỉ đạo'],
    ['Ninh B×nh', 'Ninh Bình'],
    ['§µ N½ng', 'Đà Nẵng'],
    ['­ëng ­ít î ÷ ê', 'ưởng ướt ợ ữ ờ'],
    ['Nh÷ng néi dung hoµn thµnh trong Quý I: Gåm 26 nhiÖm vô', 'Những nội dung hoàn thành trong Quý I: Gồm 26 nhiệm vụ'],
  ])('%s', (garbled, unicode) => {
    expect(convertLegacy(garbled, 'tcvn3')).toBe(unicode);
  });
});

describe('TCVN3 golden strings encoded by iconv-lite', () => {
  test.each(GOLDEN.filter((s) => !hasUpperToned(s)))('%s (Windows-1252 read)', (unicode) => {
    const garbled = encodeTcvn3(unicode);
    expect(garbled).not.toBe(unicode);
    expect(convertLegacy(garbled, 'tcvn3')).toBe(unicode.normalize('NFC'));
  });

  test.each(GOLDEN)('%s (VN1, Latin-1 read with raw C1 code points)', (unicode) => {
    expect(convertLegacy(encodeTcvn3(unicode, { rawC1: true }), 'tcvn3')).toBe(unicode.normalize('NFC'));
  });

  test('every vowel with every tone, and đ', () => {
    for (const v of VOWELS) expect(convertLegacy(encodeTcvn3(vowelRow(v)), 'tcvn3')).toBe(vowelRow(v));
    expect(convertLegacy('® §', 'tcvn3')).toBe('đ Đ');
  });
});

describe('TCVN3 uppercase (.VnTimeH fonts reuse lowercase codes)', () => {
  test.each([...VOWELS.map(vowelRow), ...DEPARTMENT_STRINGS, ...OTHER_STRINGS.slice(0, 6)])('%s', (unicode) => {
    const lowerCodes = encodeTcvn3(unicode.toLowerCase());
    expect(convertLegacy(lowerCodes, 'tcvn3', { upper: true })).toBe(unicode.normalize('NFC').toUpperCase());
  });

  test('hand-written: "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM" in .VnTimeH', () => {
    expect(convertLegacy('céng hoµ x· héi chñ nghÜa viÖt nam', 'tcvn3', { upper: true })).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});

describe('TCVN3 bytes 0x80–0x9F', () => {
  test('cp1252 punctuation stays punctuation unless it sits inside a word', () => {
    expect(convertLegacy('“Phßng” – b¸o c¸o…', 'tcvn3')).toBe('“Phòng” – báo cáo…');
    // VN1 "HỌC", "CỦA": the letter byte between two letters is decoded.
    expect(convertLegacy(encodeTcvn3('HỌC CỦA'), 'tcvn3')).toBe('HỌC CỦA');
  });

  test('bytes cp1252 reads as letters (ž Ÿ š œ Œ Š Ž ƒ) are letters beside any letter', () => {
    expect(encodeTcvn3('Ủy ban Ũ')).toBe('žy ban Ÿ');
    expect(convertLegacy('žy ban Ÿ', 'tcvn3')).toBe('Ủy ban Ÿ');
    expect(convertLegacy(encodeTcvn3('của Ủy ban nhân dân tỉnh'), 'tcvn3')).toBe('của Ủy ban nhân dân tỉnh');
  });

  test('raw C1 code points are always letters', () => {
    expect(convertLegacy('\u0096 \u0093', 'tcvn3')).toBe('Ọ Ỏ');
  });

  test('ASCII, digits and unassigned Latin-1 pass through', () => {
    expect(convertLegacy('QLCN&CN 2024 °C ±5', 'tcvn3')).toBe('QLCN&CN 2024 °C ±5');
  });

  test('the decoder agrees with iconv-lite on every letter of VN1 (C0 letters included)', () => {
    const c0Letters = [0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17];
    const high = Array.from({ length: 0x80 }, (_, i) => 0x80 + i);
    // 0xA0 is NBSP in both; 0xB0–0xB4 are VN2's combining tone marks, left alone (they are "°±²³´" in VN3 text).
    for (const b of [...c0Letters, ...high].filter((b) => b !== 0xa0 && (b < 0xb0 || b > 0xb4))) {
      const expected = iconv.decode(Buffer.from([b]), 'tcvn');
      expect([b, convertLegacy(String.fromCharCode(b), 'tcvn3')]).toEqual([b, expected]);
    }
  });
});

describe('TCVN3 round trip', () => {
  const lower = VOWELS.flatMap((v) => Array.from(vowelRow(v).replace(/ /g, '')));
  const letters = [...lower, ...'bcdghklmnpqrstvxđ', ...'ABCDGHKLMNPQRSTVX', ...'ĂÂÊÔƠƯĐ', ' '];
  const upperToned = lower.map((c) => c.toUpperCase());

  test('VN3 text read as Windows-1252', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        expect(convertLegacy(encodeTcvn3(s), 'tcvn3')).toBe(s.normalize('NFC'));
      }),
    );
  });

  test('VN1 text (all uppercase toned letters) read with raw C1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters, ...upperToned), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        expect(convertLegacy(encodeTcvn3(s, { rawC1: true }), 'tcvn3')).toBe(s.normalize('NFC'));
      }),
    );
  });
});
