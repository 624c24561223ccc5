import { composeNote, findingsNote, isNoFill, NOTE_PREFIX, recordToRow, rowToRecord, sameColor, userTextOfNote } from '../../../src/engine/marks';
import type { Finding } from '../../../src/engine/report';

const finding = (severity: Finding['severity'], message: string, suggestion: string | null = null): Finding => ({
  code: 'missing-leader',
  severity,
  sheet: 'Quý III',
  row: 2,
  column: 'C',
  field: 'leader',
  message,
  suggestion,
  fix: null,
});

describe('the people\'s part of a CTCT note', () => {
  const ours = findingsNote([finding('error', 'Thiếu lãnh đạo.', 'Ghi tên PGĐ.'), finding('info', 'Ô có hai dấu cách.')], '2025-09-30');

  it('is null for a note CTCT did not write, empty for CTCT\'s lines alone', () => {
    expect(userTextOfNote('Ghi chú của phòng')).toBeNull();
    expect(userTextOfNote(ours)).toBe('');
  });

  it('is the note CTCT set aside and the lines typed into CTCT\'s part, in that order', () => {
    const note = `${ours}\nĐã hỏi lại.${'\n\nGhi chú trước đó:\n'}Ghi chú của phòng\nDòng hai`;
    expect(userTextOfNote(note)).toBe('Ghi chú của phòng\nDòng hai\nĐã hỏi lại.');
    expect(composeNote(findingsNote([finding('warning', 'Mới')], '2025-10-01'), userTextOfNote(note)!)).toBe(
      `${NOTE_PREFIX} (01/10/2025):\n• Cảnh báo: Mới\n\nGhi chú trước đó:\nGhi chú của phòng\nDòng hai\nĐã hỏi lại.`,
    );
  });

  it('keeps a line typed above CTCT\'s first line, first, and still takes CTCT\'s lines off', () => {
    expect(userTextOfNote(`Chị Lan: xem lại\n${ours}`, ours)).toBe('Chị Lan: xem lại');
    expect(userTextOfNote(`Xem lại\r\n${ours}\nĐã hỏi.`, ours)).toBe('Xem lại\nĐã hỏi.');
    // A note that only mentions CTCT mid-line is not CTCT's.
    expect(userTextOfNote(`Theo ${NOTE_PREFIX} hôm qua`)).toBeNull();
  });

  it('does not take another cell\'s CTCT lines for typed text (a row inserted above moved the note)', () => {
    const other = findingsNote([finding('error', 'Nhiệm vụ 2 chưa có sản phẩm.')], '2025-09-30');
    expect(userTextOfNote(ours, other)).toBe('');
    expect(userTextOfNote(`${ours}\nĐã hỏi lại.`, other)).toBe('Đã hỏi lại.');
  });

  it('keeps whole a line of CTCT\'s that somebody typed on, when it knows what CTCT wrote', () => {
    const note = ours.replace('Thiếu lãnh đạo.', 'Thiếu lãnh đạo. Đã bổ sung ngày 20/11') + '\nĐã hỏi lại.';
    expect(userTextOfNote(note, ours)).toBe('• Lỗi: Thiếu lãnh đạo. Đã bổ sung ngày 20/11\nĐã hỏi lại.');
    // Told by their form only (a record of an older version), such a line cannot be told from CTCT's.
    expect(userTextOfNote(note)).toBe('Đã hỏi lại.');
    // Typed after the first line: kept either way.
    const onHeader = ours.replace('(30/09/2025):', '(30/09/2025): xem lại cả cột D');
    expect(userTextOfNote(onHeader, ours)).toBe(`${NOTE_PREFIX} (30/09/2025): xem lại cả cột D`);
    expect(userTextOfNote(onHeader)).toBe(`${NOTE_PREFIX} (30/09/2025): xem lại cả cột D`);
  });

  it('reads CTCT\'s lines back as Excel may give them (CR LF, spaces) and a line repeated only as often as written', () => {
    expect(userTextOfNote(ours.replace(/\n/g, '\r\n').replace('• Thông tin:', '•  Thông tin:'), ours)).toBe('');
    const twice = `${ours}\n${ours.split('\n')[1]}`;
    expect(userTextOfNote(twice, ours)).toBe(ours.split('\n')[1]);
  });

  it('never takes a finding whose message spans lines for the people\'s text', () => {
    const note = findingsNote([finding('error', 'Dòng một\nDòng hai', 'Gợi ý\r\nhai dòng')], '2025-09-30');
    expect(note.split('\n')).toHaveLength(3);
    expect(userTextOfNote(note)).toBe('');
  });
});

describe('the record of a remembered fill', () => {
  it('reads back what it wrote, note and file fill included, and reads the add-in\'s older seven columns', () => {
    const noteText = `${NOTE_PREFIX} (30/09/2025):\n• Lỗi: Thiếu lãnh đạo.`;
    const r = { sheet: 'Quý III', address: 'C2', color: '#FFFF00', pattern: 'Solid', patternColor: '', markColor: '#FFC7CE', note: true, noteText, fileFill: '{"type":"pattern"}' };
    expect(recordToRow(r)[6]).toBe(noteText);
    expect(rowToRecord(recordToRow(r))).toEqual(r);
    expect(rowToRecord(['Quý III', 'c2', '#00B050', 'Solid', '#000000', '#FFC7CE', ''])).toEqual({ ...r, color: '#00B050', patternColor: '#000000', note: false, noteText: '', fileFill: '' });
    // Records of older versions said only that CTCT wrote a note.
    expect(rowToRecord(['Quý III', 'C2', '', '', '', '#FFC7CE', 'có'])).toMatchObject({ note: true, noteText: '' });
    expect(rowToRecord(['', 'C2'])).toBeNull();
  });

  it('restores as no fill what had none, white with no pattern known, or a colour that could not be told', () => {
    expect(isNoFill({ color: '#FFFFFF', pattern: 'None' })).toBe(true);
    expect(isNoFill({ color: '#ffffff', pattern: '' })).toBe(true);
    expect(isNoFill({ color: '', pattern: 'Solid' })).toBe(true);
    expect(isNoFill({ color: '#FFFFFF', pattern: 'Solid' })).toBe(false);
    expect(isNoFill({ color: '#00B050', pattern: '' })).toBe(false);
    expect(sameColor('FFFFC7CE', '#ffc7ce')).toBe(true);
    expect(sameColor('', '')).toBe(false);
  });
});
