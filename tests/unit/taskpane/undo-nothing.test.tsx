/** @jest-environment jsdom */
/** "Hoàn tác" with nothing to undo says so, in either language, instead of "Đã khôi phục 0 ô". */
import { within } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab, quarterRows } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

for (const [lang, tab, said] of [
  ['vi', 'Sửa', 'Không có thay đổi nào để hoàn tác.'],
  ['en', 'Fix', 'Nothing to undo.'],
] as const) {
  test(`${lang}: "${said}"`, async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('CTCT', quarterRows(2));
    const { user } = mountPane(wb, lang);
    const panel = await openTab(user, tab);
    await clickAndWait(user, panel, 'undo-button', 'undo');
    expect(within(panel).getByTestId('undo-result')).toHaveTextContent(said);
  });
}
