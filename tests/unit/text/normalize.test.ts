import fc from 'fast-check';
import {
  compactKey,
  foldKey,
  hasIrregularSpacing,
  isDecomposed,
  matchKey,
  normalizeText,
  unifyTonePlacement,
} from '../../../src/engine/text';

describe('normalizeText', () => {
  test.each([
    ['NBSP', 'Phòng\u00A0Quản\u00A0lý', 'Phòng Quản lý'],
    ['narrow NBSP and figure space', 'Quý\u202FI\u2007/2025', 'Quý I /2025'],
    ['other Unicode spaces', 'a\u2003b\u3000c\u205Fd\u1680e', 'a b c d e'],
    ['zero-width characters', '\uFEFFPhòng\u200B Quản\u200C lý\u200D', 'Phòng Quản lý'],
    ['soft hyphen', 'Khoa\u00ADhọc', 'Khoahọc'],
    ['tabs and newlines', 'Sở\tKhoa\r\nhọc\n\nvà  Công nghệ', 'Sở Khoa học và Công nghệ'],
    ['leading and trailing spaces', '  \u00A0Lãnh đạo Sở \t', 'Lãnh đạo Sở'],
    ['NFD to NFC', 'Nguyễn Quốc Huy Hoàng'.normalize('NFD'), 'Nguyễn Quốc Huy Hoàng'],
    ['zero-width between a letter and its mark', 'e\u200B\u0301', 'é'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('does not move tone marks or change case', () => {
    expect(normalizeText('Hòa  hoà THỦY thuỷ khỏe')).toBe('Hòa hoà THỦY thuỷ khỏe');
  });

  test('is idempotent and leaves no irregular spacing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ò', 'o\u0300', ' ', '\u00A0', '\u200B', '\t', '\n', 'Đ', '\u00AD') }), (s) => {
        const n = normalizeText(s);
        expect(normalizeText(n)).toBe(n);
        expect(hasIrregularSpacing(n)).toBe(false);
        expect(isDecomposed(n)).toBe(false);
      }),
    );
  });
});

describe('hasIrregularSpacing and isDecomposed', () => {
  test.each([
    ['Phòng Quản lý', false],
    ['Phòng Quản lý'.normalize('NFD'), false],
    ['Phòng  Quản lý', true],
    [' Phòng', true],
    ['Phòng ', true],
    ['Phòng\u00A0Quản', true],
    ['Phòng\u200BQuản', true],
    ['Phòng\tQuản', true],
    ['', false],
  ])('hasIrregularSpacing(%j) = %s', (s, expected) => {
    expect(hasIrregularSpacing(s)).toBe(expected);
  });

  test('isDecomposed', () => {
    expect(isDecomposed('Hoàng')).toBe(false);
    expect(isDecomposed('Hoàng'.normalize('NFD'))).toBe(true);
    expect(isDecomposed('Hoa\u0300ng')).toBe(true);
    expect(isDecomposed('QLKH&ĐMST')).toBe(false);
  });
});

describe('matchKey', () => {
  test('the example from the spec', () => {
    expect(matchKey('PGĐ Trần Công Hoà')).toBe(matchKey('pgđ  trần công hòa'));
    expect(matchKey('PGĐ Trần Công Hoà')).toBe('pgđ trần công hoà');
  });

  test.each([
    ['hòa', 'hoà'],
    ['hòe', 'hoè'],
    ['thủy', 'thuỷ'],
    ['khỏe', 'khoẻ'],
    ['Thúy', 'thuý'],
    ['HÒA BÌNH', 'hoà bình'],
    ['Thủy lợi, khỏe.', 'thuỷ lợi, khoẻ.'],
    ['họa sĩ', 'hoạ sĩ'],
    ['lòe loẹt', 'loè loẹt'],
    ['qúy', 'quý'],
  ])('old placement %s = new placement %s', (oldStyle, newStyle) => {
    expect(matchKey(oldStyle)).toBe(matchKey(newStyle));
    expect(matchKey(oldStyle)).toBe(newStyle.toLowerCase());
  });

  test.each(['hoàn', 'thuyền', 'ngoài', 'khoảng', 'người', 'của', 'mùa', 'quý', 'hoạch', 'thuở', 'tuỳ', 'ộa', 'hồ'])(
    '%s keeps its tone where it is',
    (w) => {
      expect(matchKey(w)).toBe(w);
    },
  );

  test('NFD, NBSP, zero-width and case do not matter; diacritics do', () => {
    const a = 'Phó Giám đốc Nguyễn Quốc Huy Hoàng';
    expect(matchKey(a.normalize('NFD'))).toBe(matchKey(a));
    expect(matchKey(a.replace(/ /g, '\u00A0'))).toBe(matchKey(a));
    expect(matchKey(a.replace(/ /g, ' \u200B'))).toBe(matchKey(a));
    expect(matchKey(a.toUpperCase())).toBe(matchKey(a));
    expect(matchKey('ĐỨC')).toBe('đức');
    expect(matchKey('Hoàng')).not.toBe(matchKey('Hoang'));
  });

  test('NFD input equals NFC input (property)', () => {
    const units = ['h', 'o', 'a', 'u', 'y', 'e', 'ò', 'ó', 'ủ', 'ỏ', 'ọ', 'Ó', 'Ủ', 'ư', 'ớ', 'Đ', ' ', 'n', '\u00A0'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units) }), (s) => {
        expect(matchKey(s.normalize('NFD'))).toBe(matchKey(s));
        expect(matchKey(matchKey(s))).toBe(matchKey(s));
      }),
    );
  });

  test('unifyTonePlacement keeps case', () => {
    expect(unifyTonePlacement('HÒA Thủy')).toBe('HOÀ Thuỷ');
  });
});

describe('foldKey and compactKey', () => {
  test.each([
    ['Phòng Quản lý', 'phong quan ly'],
    ['ĐỀ ÁN Đổi mới', 'de an doi moi'],
    ['  Trung tâm\u00A0Kỹ thuật ', 'trung tam ky thuat'],
    ['hòa', 'hoa'],
    ['ưởng ướt ợ ữ ờ Ợ Ữ', 'uong uot o u o o u'],
  ])('foldKey(%j) = %j', (s, expected) => {
    expect(foldKey(s)).toBe(expected);
    expect(foldKey(s.normalize('NFD'))).toBe(expected);
  });

  test('is matchKey with every mark removed and đ as d, old or new tone placement, any case or form (property)', () => {
    const units = ['o', 'O', 'a', 'e', 'u', 'U', 'y', 'Y', '\u0300', '\u0301', '\u0309', '\u0323', '\u0302', '\u031b', 'ð', 'Ð', 'Đ', 'İ', 'Σ', 'ǅ', 'Ꭰ', ' ', '\u00A0', '\u200B', 'hòa', 'thuỷ', 'ộ'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units) }), (s) => {
        const expected = matchKey(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
        expect(foldKey(s)).toBe(expected);
        expect(foldKey(s.normalize('NFD'))).toBe(foldKey(s.normalize('NFC')));
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['Phòng QLKH & ĐMST', 'phongqlkh&dmst'],
    ['Phòng QLKH&ĐMST', 'phongqlkh&dmst'],
    ['KH&CN', 'kh&cn'],
    ['Số 08/NQ-TU', 'so08nqtu'],
    ['P. Kế hoạch - Tài chính', 'pkehoachtaichinh'],
  ])('compactKey(%j) = %j', (s, expected) => {
    expect(compactKey(s)).toBe(expected);
  });
});
