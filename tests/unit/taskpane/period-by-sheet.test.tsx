/** @jest-environment jsdom */
/** The directory's period the pane says it used: each with its sheets when the sheets were checked by several, as the CLI prints it. */
import { screen } from '@testing-library/react';
import { FakeWorkbook } from '../excel/fake-excel';
import { clickAndWait, mountPane, openTab } from './excel-pane';

jest.setTimeout(60_000);
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const HEADER = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
const quarter = (name: string, lead: string, leader: string) => [[`KẾ HOẠCH CÔNG TÁC ${name.toUpperCase()} NĂM 2025`], HEADER, [1, 'Tổng kết', lead, 'Báo cáo', leader]];

/** A 2025 workbook whose Quý I sheet keeps the early names (2024), its Quý III, IV sheets the late ones (2025-09). */
function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Quý I', quarter('Quý I', 'Phòng HCTH', 'Giám đốc Sở'));
  wb.addSheet('Quý III', quarter('Quý III', 'Phòng QLKH&ĐMST', 'PGĐ Sở Mai Thoan'));
  wb.addSheet('Quý IV', quarter('Quý IV', 'Văn phòng Sở', 'Giám đốc Sở'));
  return wb;
}

async function checkWorkbook(lang: 'vi' | 'en') {
  const { user } = mountPane(workbook(), lang);
  await user.click(screen.getByTestId('scope-workbook'));
  await clickAndWait(user, await openTab(user, lang === 'vi' ? 'Kiểm tra' : 'Check'), 'check-button', 'check');
  expect(screen.queryAllByTestId('finding')).toHaveLength(0);
}

test('a workbook checked by two periods names each with its sheets, not the first sheet\'s alone', async () => {
  await checkWorkbook('vi');
  expect(screen.getByText('Giai đoạn đã dùng (đọc từ bảng): 2024 cho Quý I; 2025-09 cho Quý III, Quý IV')).toBeInTheDocument();
});

test('in English too', async () => {
  await checkWorkbook('en');
  expect(screen.getByText('Periods used (read from the sheets): 2024 for Quý I; 2025-09 for Quý III, Quý IV')).toBeInTheDocument();
});
