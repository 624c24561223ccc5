/** Several fixes of one cell, applied together. */
import { combineCellFixes, editBetween } from '../../../src/taskpane/cell-fixes';

test('the edit of a fix is the part of the cell it changes', () => {
  expect(editBetween('Phòng HC-TH, TTUD', 'Phòng HCTH, TTUD')).toEqual({ start: 8, end: 9, insert: '' });
  expect(editBetween('Phòng HC-TH, TTUD', 'Phòng HC-TH, Trung tâm')).toEqual({ start: 14, end: 17, insert: 'rung tâm' });
  expect(editBetween('abc', 'abc')).toEqual({ start: 3, end: 3, insert: '' });
});

test('fixes of different words of a cell all go in', () => {
  expect(combineCellFixes('Phòng HC-TH, TTUD', ['Phòng HCTH, TTUD', 'Phòng HC-TH, Trung tâm'])).toEqual({
    value: 'Phòng HCTH, Trung tâm',
    applied: [0, 1],
  });
  expect(combineCellFixes('P. QLKH; TTUD; VP', ['Phòng QLKH&ĐMST; TTUD; VP', 'P. QLKH; TTUD; Văn phòng Sở', 'P. QLKH; Trung tâm; VP'])).toEqual({
    value: 'Phòng QLKH&ĐMST; Trung tâm; Văn phòng Sở',
    applied: [0, 1, 2],
  });
});

test('a fix of words another fix already changes is left for the next check; the same fix twice goes in once', () => {
  // Two fixes of the same name: the first one wins.
  expect(combineCellFixes('Phòng KH-CN', ['Phòng QLKH&ĐMST', 'Phòng KHCN'])).toEqual({ value: 'Phòng QLKH&ĐMST', applied: [0] });
  // A doubled space and a name apart from it are both fixed.
  expect(combineCellFixes('Phòng  HC-TH', ['Phòng HC-TH', 'Phòng  HCTH'])).toEqual({ value: 'Phòng HCTH', applied: [0, 1] });
  expect(combineCellFixes('Phòng HC-TH', ['Phòng HCTH', 'Phòng HCTH'])).toEqual({ value: 'Phòng HCTH', applied: [0, 1] });
  // Two insertions at the same place: no order is clear, the first one only.
  expect(combineCellFixes('ab', ['aXb', 'aYb'])).toEqual({ value: 'aXb', applied: [0] });
  // A fix that changes nothing is not applied.
  expect(combineCellFixes('ab', ['ab'])).toEqual({ value: 'ab', applied: [] });
});
