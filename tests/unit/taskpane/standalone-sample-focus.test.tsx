/** @jest-environment jsdom */
/**
 * "Xem thử với tệp mẫu" from the keyboard: the button stays focused (aria-disabled) while the sample
 * loads, instead of being disabled under the focus, which dropped it to the page's start, and a
 * second Enter meanwhile opens nothing twice.
 */
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StandaloneApp } from '../../../src/taskpane/standalone/StandaloneApp';
import type { XlsxApi } from '../../../src/taskpane/services';
import { fakeEngine, grid } from './helpers';

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test('the sample button keeps the focus while loading and after', async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let reads = 0;
  const xlsx: XlsxApi = {
    readWorkbookGrid: async () => {
      reads++;
      await gate;
      return grid();
    },
    writeMarkedCopyDetailed: async () => ({ bytes: new Uint8Array([0x50, 0x4b]), lostParts: [] }),
    writeSummaryWorkbook: async () => new Uint8Array([0x50, 0x4b]),
  };
  (globalThis as { fetch?: unknown }).fetch = jest.fn(async () => ({ ok: true, status: 200, arrayBuffer: async () => new Uint8Array(Buffer.from('PK sample', 'latin1')).buffer }));
  const user = userEvent.setup();
  render(<StandaloneApp engine={fakeEngine()} xlsx={xlsx} today={() => '2025-09-15'} lang="vi" save={() => undefined} sampleUrl="sample.xlsx" />);
  const button = screen.getByTestId('sample-button');
  button.focus();
  await user.keyboard('{Enter}');
  await screen.findByTestId('loading');
  expect(button).toHaveFocus();
  expect(button).toHaveAttribute('aria-disabled', 'true');
  await user.keyboard('{Enter}');
  release();
  expect(await screen.findByTestId('task-count')).toHaveTextContent('4');
  expect(reads).toBe(1);
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled', 'true'));
  expect(button).toHaveFocus();
});
