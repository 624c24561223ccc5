/** @jest-environment jsdom */
/**
 * On the standalone page a click on a finding shows its cell, task and value under it: there is no
 * Excel to select the cell in, so the hint says what the click does instead of "chọn ô của nó".
 */
import '@testing-library/jest-dom';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StandaloneApp } from '../../../src/taskpane/standalone/StandaloneApp';
import type { XlsxApi } from '../../../src/taskpane/services';
import { fakeEngine, grid } from './helpers';

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const xlsx: XlsxApi = {
  readWorkbookGrid: async () => grid(),
  writeMarkedCopyDetailed: async () => ({ bytes: new Uint8Array([0x50, 0x4b]), lostParts: [] }),
  writeSummaryWorkbook: async () => new Uint8Array([0x50, 0x4b]),
};

test.each([
  ['vi', 'Bấm vào một phát hiện để xem ô, nhiệm vụ và giá trị của nó.', 'Ô đang chọn'],
  ['en', 'Click a finding to see its cell, task and value.', 'Selected cell'],
] as const)('%s: the hint says the click shows the cell context, and it does', async (lang, hint, label) => {
  const user = userEvent.setup();
  render(<StandaloneApp engine={fakeEngine()} xlsx={xlsx} today={() => '2025-09-15'} lang={lang} save={() => undefined} sampleUrl="sample.xlsx" />);
  await user.upload(screen.getByTestId('file-input'), new File(['PK\u0003\u0004'], 'ctct.xlsx'));
  const shown = await screen.findByTestId('findings-shown');
  expect(shown).toHaveTextContent(hint);
  await user.click(screen.getAllByTestId('finding')[0]!);
  expect(within(screen.getByTestId('finding-context')).getByText(label)).toBeInTheDocument();
});
