import fc from 'fast-check';
import { detectLegacyEncoding, isUppercaseLegacyFont, legacyFontEncoding } from '../../../src/engine/text';
import { encodeTcvn3, encodeVni } from './encoders';
import { DEPARTMENT_STRINGS } from './golden';

describe('font names decide', () => {
  test.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.vnarial', 'tcvn3'],
    [' .VnCentury Schoolbook ', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['vni-helve', 'vni'],
    ['VNI Times', 'vni'],
  ] as const)('%s → %s', (font, encoding) => {
    expect(legacyFontEncoding(font)).toBe(encoding);
    expect(detectLegacyEncoding('any text at all', font)).toBe(encoding);
  });

  test.each(['Times New Roman', 'Arial', 'Calibri', 'VNIX', 'Vntime', '', null, undefined])('%s is not a legacy font', (font) => {
    expect(legacyFontEncoding(font)).toBeNull();
    expect(detectLegacyEncoding('Phòng Quản lý', font)).toBeNull();
  });

  test('all-capital TCVN3 fonts', () => {
    expect(isUppercaseLegacyFont('.VnTimeH')).toBe(true);
    expect(isUppercaseLegacyFont('.VnArialH')).toBe(true);
    expect(isUppercaseLegacyFont('.VnTime')).toBe(false);
    expect(isUppercaseLegacyFont('VNI-Times')).toBe(false);
    expect(isUppercaseLegacyFont('Arial')).toBe(false);
  });

  test('a Unicode font does not hide legacy text', () => {
    expect(detectLegacyEncoding('Phßng Qu¶n lý khoa häc', 'Times New Roman')).toBe('tcvn3');
  });
});

describe('true positives without a font', () => {
  test.each([
    'Phßng Qu¶n lý khoa häc',
    'Së Khoa häc vµ C«ng nghÖ',
    'L·nh ®¹o Së chØ ®¹o',
    'Phßng',
    'Tæng',
    '1. Tæng hîp, b¸o c¸o!',
  ])('tcvn3: %s', (s) => {
    expect(detectLegacyEncoding(s)).toBe('tcvn3');
  });

  test.each(['Phoøng Quaûn lyù khoa hoïc', 'Sôû Khoa hoïc vaø Coâng ngheä', 'Laõnh ñaïo Sôû chæ ñaïo', 'Phoøng', 'TRÖÔØNG ÑAÏI HOÏC'])(
    'vni: %s',
    (s) => {
      expect(detectLegacyEncoding(s)).toBe('vni');
    },
  );

  test.each(DEPARTMENT_STRINGS.slice(0, 6))('encoded department string: %s', (unicode) => {
    expect(detectLegacyEncoding(encodeTcvn3(unicode))).toBe('tcvn3');
    expect(detectLegacyEncoding(encodeVni(unicode))).toBe('vni');
  });
});

const NOT_LEGACY = [
  'Café',
  'Zürich',
  'naïve',
  'Báo cáo',
  'Nghị quyết 08/NQ-TU',
  '©2024',
  '½',
  'Phòng QLKH&ĐMST',
  'QLCN&CN',
  'KH&CN',
  '01 Lớp',
  'Report 2024',
  '10 µm',
  '30°C ± 2',
  'Tài chính',
  'Công tác',
  'Hòa Bình',
  'Bà Rịa',
  'Ông Tô Văn Tám',
  'São Paulo',
  'résumé',
  'Société Générale',
  'crème brûlée à la carte',
  'Noël, Zoë, Chloë',
  'Señor Müller',
  'Ångström, Øresund',
  'Škoda – “quoted” …',
  'TCVN 5712:1993',
  'Phòng Quản lý Khoa học'.normalize('NFD'),
  '',
  '   ',
];

describe('false positives', () => {
  test.each(NOT_LEGACY)('%s → null', (s) => {
    expect(detectLegacyEncoding(s)).toBeNull();
  });

  /** Vietnamese syllables written only with Latin-1 letters, so the "not cp1252" shortcut cannot help. */
  const LATIN1_SYLLABLES = (
    'bà cá có mà là và tài chính tác báo cáo công tôi hòa hoà bình thì sáng tên ông êm ý kiến ' +
    'khó khăn hàng tháng quý năm các phòng ban nhân dân giám sát thành phố cơ quan tình hình ' +
    'thông tin hành chính đào tạo cán bộ giáo dục y tế nông thôn tài sản kinh tế xã hội chương trình'
  )
    .split(' ')
    .filter((w) => Array.from(w).every((c) => c.charCodeAt(0) <= 0xff));
  const FOREIGN = ['Café', 'naïve', 'Zürich', 'résumé', 'KH&CN', '2024', 'Excel', 'No.', '(%)', 'Müller', 'déjà', 'Noël', 'où'];

  test('random phrases of genuine syllables and foreign words are never legacy', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LATIN1_SYLLABLES, ...FOREIGN), { minLength: 1, maxLength: 8 }), (words) => {
        expect(detectLegacyEncoding(words.join(' '))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
