/** @jest-environment jsdom */
/**
 * Files of two programme years opened together: the page's on-screen summary adds their quarters
 * and months up, so it says so, as the printed "TỔNG HỢP CHUNG" and the download do; one year's
 * files, or one file's view, say nothing.
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StandaloneApp } from '../../../src/taskpane/standalone/StandaloneApp';
import type { XlsxApi } from '../../../src/taskpane/services';
import type { Lang } from '../../../src/taskpane/i18n';
import { fakeEngine, fileReport, grid } from './helpers';

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const xlsx: XlsxApi = {
  // Each file its own workbook (a note naming it): one content opened twice counts once.
  readWorkbookGrid: async (_, o) => ({ sheets: [...grid().sheets, { name: 'Ghi chú', cells: [[String(o?.fileName)]] }] }),
  writeMarkedCopyDetailed: async () => ({ bytes: new Uint8Array([0x50, 0x4b]), lostParts: [] }),
  writeSummaryWorkbook: async () => new Uint8Array([0x50, 0x4b]),
};
// A file's programme year is in its name ("ctct-2024.xlsx").
const engine = () => fakeEngine((_, o) => fileReport(o.fileName, { year: Number(/\d{4}/.exec(o.fileName)![0]) }));
const file = (name: string) => new File(['PK\u0003\u0004'], name);

async function open(lang: Lang, ...names: string[]) {
  const user = userEvent.setup();
  render(<StandaloneApp engine={engine()} xlsx={xlsx} today={() => '2025-09-15'} lang={lang} save={() => undefined} sampleUrl="sample.xlsx" />);
  await user.upload(screen.getByTestId('file-input'), names.map(file));
  await screen.findAllByTestId('task-count');
  return user;
}

test.each([
  ['vi', 'Các tệp thuộc 2 năm khác nhau (2024, 2025): số nhiệm vụ theo quý, theo tháng là cộng dồn các năm; nên tổng hợp riêng từng năm.'],
  ['en', 'The files are of 2 programme years (2024, 2025): the counts by quarter and month add the years up; summarise each year apart.'],
] as const)('%s: two years together are said to add up', async (lang, said) => {
  const user = await open(lang, 'ctct-2024.xlsx', 'ctct-2025.xlsx');
  expect(screen.getByTestId('mixed-years')).toHaveTextContent(said);
  // One file in view: its own summary, one year.
  const picker = screen.getByTestId('view-picker');
  await user.selectOptions(picker, within(picker).getByRole('option', { name: 'ctct-2025.xlsx' }));
  expect(screen.queryByTestId('mixed-years')).toBeNull();
});

test('files of one year say nothing', async () => {
  await open('vi', 'vp-2025.xlsx', 'qlkh-2025.xlsx');
  expect(screen.queryByTestId('mixed-years')).toBeNull();
});
