/** @jest-environment jsdom */
/** The standalone page with a partly damaged file: the sheets it lacks are named beside it, in the language chosen. */
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StandaloneApp } from '../../../src/taskpane/standalone/StandaloneApp';
import type { XlsxApi } from '../../../src/taskpane/services';
import { fakeEngine, grid } from './helpers';

/** "hong…" files lack the part of their sheet "Quý III" (the real adapter's `missingSheets`). */
const xlsx: XlsxApi = {
  async readWorkbookGrid(_data, options) {
    const g = { ...grid(), sheets: [...grid().sheets, { name: String(options?.fileName), cells: [['x']] }] };
    return String(options?.fileName).startsWith('hong') ? { ...g, missingSheets: ['Quý III'] } : g;
  },
  async writeMarkedCopyDetailed() {
    return { bytes: new Uint8Array([0x50, 0x4b]), lostParts: [] };
  },
  async writeSummaryWorkbook() {
    return new Uint8Array([0x50, 0x4b]);
  },
};

const file = (name: string) => new File(['PK\u0003\u0004'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
const row = (label: string) => screen.getAllByTestId('file-row').find((r) => r.getAttribute('data-file') === label)!;

async function open(lang: 'vi' | 'en', ...names: string[]) {
  const user = userEvent.setup();
  render(<StandaloneApp engine={fakeEngine()} xlsx={xlsx} today={() => '2025-10-15'} lang={lang} save={() => undefined} sampleUrl="sample.xlsx" />);
  await user.upload(screen.getByTestId('file-input'), names.map(file));
  await waitFor(() => expect(screen.getAllByTestId('file-row')).toHaveLength(names.length));
}

test('the damaged file names the sheet it lacks; the whole one says nothing; both are counted', async () => {
  await open('vi', 'hong.xlsx', 'tot.xlsx');
  expect(within(row('hong.xlsx')).getByTestId('missing-sheets')).toHaveTextContent('tệp hỏng một phần: trang “Quý III” có tên trong tệp nhưng mất nội dung, không được kiểm tra');
  expect(within(row('tot.xlsx')).queryByTestId('missing-sheets')).toBeNull();
  expect(row('hong.xlsx').getAttribute('data-ok')).toBe('true');
});

test('in English too', async () => {
  await open('en', 'hong.xlsx');
  expect(within(row('hong.xlsx')).getByTestId('missing-sheets')).toHaveTextContent('partly damaged file: the sheet “Quý III” is listed in the file but its content is missing: not checked');
});
