/** @jest-environment jsdom */
/** The summary and the findings as the standalone page shows them when the file in view changes. */
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SummaryView } from '../../../src/taskpane/components/SummaryView';
import { FindingsList } from '../../../src/taskpane/components/FindingsList';
import { findingItems } from '../../../src/taskpane/analysis';
import { I18nProvider } from '../../../src/taskpane/i18n';
import type { SectionCount } from '../../../src/engine/report';
import { analyseWorkbook, type CellValue } from '../../../src/engine';
import { catalog, fileReport, findings, summaryOf, tasks } from './helpers';

const section = (label: string, declared: number, column = 'B'): SectionCount => ({ sheet: 'Trọng tâm - Xuyên suốt', row: 6, column, label, declared, actual: declared });

it('shows the sections of the summary in view only, though two files have a section on the same sheet and row', () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const both = { ...summaryOf(tasks, []), sections: [section('Nhiệm vụ trọng tâm', 6), section('Nhiệm vụ trọng tâm', 13)] };
  const { rerender } = render(<SummaryView summary={both} />);
  expect(screen.getAllByTestId('section-row')).toHaveLength(2);
  // The view switches to the second file: its row alone.
  rerender(<SummaryView summary={{ ...both, sections: [section('Nhiệm vụ trọng tâm', 13)] }} />);
  expect(screen.getAllByTestId('section-row').map((r) => r.textContent)).toEqual(['Nhiệm vụ trọng tâm1313']);
  expect(console.error).not.toHaveBeenCalledWith(expect.stringContaining('same key'), expect.anything(), expect.anything());
});

it('a filter the findings in view no longer offer filters nothing, and its box says "Tất cả"', async () => {
  const user = userEvent.setup();
  const first = fileReport('phu-luc-II-2025.xlsx');
  const second = fileReport('ctct-2025.xlsx', { findings: findings.filter((f) => f.code !== 'missing-leader') });
  const { rerender } = render(<FindingsList items={findingItems([{ report: first, index: 0 }])} catalog={catalog} />);
  await user.selectOptions(screen.getByTestId('filter-code'), 'missing-leader');
  expect(screen.getAllByTestId('finding').length).toBe(1);
  // Another file in view: it has no "Thiếu lãnh đạo", so all its findings show.
  rerender(<FindingsList items={findingItems([{ report: second, index: 1 }])} catalog={catalog} />);
  expect(screen.getAllByTestId('finding').length).toBe(second.findings.length);
  expect(screen.getByTestId('filter-code')).toHaveValue('');
});

it('in English, the summary\'s "no leader" and "no status" are said in English', () => {
  const summary = { ...summaryOf(tasks, []), byLeader: { '(chưa có)': 1, 'PGĐ Sở Phan Văn Hiếu': 3 }, byStatus: { 'Chưa cập nhật': 2, 'Hoàn thành': 2 } };
  render(
    <I18nProvider lang="en">
      <SummaryView summary={summary} />
    </I18nProvider>,
  );
  const text = document.body.textContent!;
  expect(text).toContain('(none)1');
  expect(text).toContain('Not updated2');
  expect(text).not.toContain('Chưa cập nhật');
  expect(text).not.toContain('(chưa có)');
});

it('in Vietnamese, an overdue task\'s deadline reads dd/mm/yyyy; in English it stays ISO', () => {
  const [first] = tasks;
  const overdue = [{ sheet: first.sheet, row: first.row, stt: first.stt, quarter: first.quarter, task: first.task, leadUnits: first.leadUnits, due: '2024-03-31' }];
  const summary = { ...summaryOf(tasks, []), overdue } as ReturnType<typeof summaryOf>;
  const { unmount } = render(<SummaryView summary={summary} />);
  expect(screen.getByText(/\(31\/03\/2024\)/)).toBeInTheDocument();
  expect(screen.queryByText(/2024-03-31/)).toBeNull();
  unmount();
  render(
    <I18nProvider lang="en">
      <SummaryView summary={summary} />
    </I18nProvider>,
  );
  expect(screen.getByText(/\(2024-03-31\)/)).toBeInTheDocument();
});

it('an overdue task whose source status changed under the one typed in "Theo dõi" shows both, as the printed list', () => {
  const [first] = tasks;
  const ref = { sheet: first.sheet, row: first.row, stt: first.stt, quarter: first.quarter, task: first.task, leadUnits: first.leadUnits, due: '2024-03-31' };
  const overdue = [{ ...ref, status: 'Đang thực hiện', sourceStatus: 'Hoàn thành' }];
  render(<SummaryView summary={{ ...summaryOf(tasks, []), overdue } as ReturnType<typeof summaryOf>} />);
  expect(screen.getByText(/\(31\/03\/2024; "Đang thực hiện" ở "Theo dõi", bảng nguồn ghi "Hoàn thành"\)/)).toBeInTheDocument();
});

it('an overdue task shows the status its unit wrote and, arising outside the programme, says so, as the printed list', () => {
  const header = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn', 'Tình trạng'];
  const row = (n: number, text: string, status: string): CellValue[] => [n, text, 'Văn phòng Sở', 'Báo cáo', 'PGĐ Sở Mai Thoan', '15/8/2025', status];
  const cells = [['BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], header, ['I', 'Quý III'], row(1, 'Kế hoạch A', 'Đang thực hiện'), [null, 'Công việc phát sinh'], row(1, 'Văn bản đột xuất B', 'Chậm')];
  const r = analyseWorkbook({ sheets: [{ name: 'BC', cells }] }, { fileName: 'bc.xlsx', asOf: '2025-10-15' });
  expect(r.summary.overdue).toHaveLength(2);
  const { unmount } = render(<SummaryView summary={r.summary} />);
  const items = () => screen.getAllByRole('listitem').map((li) => li.textContent).filter((x) => x?.includes('15/08/2025') || x?.includes('2025-08-15'));
  expect(items()).toEqual([expect.stringContaining('(15/08/2025; "Đang thực hiện")'), expect.stringContaining('(15/08/2025; "Chậm"; phát sinh ngoài chương trình)')]);
  unmount();
  render(
    <I18nProvider lang="en">
      <SummaryView summary={r.summary} />
    </I18nProvider>,
  );
  expect(items()[1]).toContain('(2025-08-15; "Chậm"; arising outside the programme)');
});

it('the unit × quarter table adds up: all-year and arising tasks in columns of their own, said under the table', () => {
  const header = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
  const row = (n: number, text: string, lead: string): CellValue[] => [n, text, lead, 'Báo cáo', 'PGĐ Sở Mai Thoan'];
  const cells = [
    ['CHƯƠNG TRÌNH CÔNG TÁC NĂM 2025'],
    header,
    ['A', 'NHIỆM VỤ TRỌNG TÂM, XUYÊN SUỐT'],
    row(1, 'Theo dõi đổi mới sáng tạo', 'Phòng QLKH&ĐMST'),
    ['B', 'NHIỆM VỤ THEO QUÝ'],
    ['I', 'Quý III'],
    row(1, 'Kế hoạch kiểm tra', 'Phòng QLKH&ĐMST'),
    row(2, 'Báo cáo quý', 'Văn phòng Sở; Phòng QLKH&ĐMST'),
    ['II', 'Quý IV'],
    row(1, 'Tổng kết năm', 'Văn phòng Sở'),
    ['C', 'NHIỆM VỤ PHÁT SINH'],
    row(1, 'Văn bản đột xuất', 'Phòng QLKH&ĐMST'),
  ];
  const { summary } = analyseWorkbook({ sheets: [{ name: 'CTCT', cells }] }, { fileName: 'ctct.xlsx', asOf: '2025-10-15' });
  render(<SummaryView summary={summary} />);
  const table = screen.getByTestId('unit-quarter-table');
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map((c) => c.textContent));
  expect(rows).toEqual([
    ['Đơn vị', 'Quý III', 'Quý IV', 'Cả năm', 'Phát sinh', 'Số'],
    ['Phòng QLKH&ĐMST', '2', '', '1', '1', '4'],
    ['Văn phòng Sở', '1', '1', '', '', '2'],
  ]);
  // Each unit's row adds up to its total.
  for (const [, ...counts] of rows.slice(1)) expect(counts.slice(0, -1).reduce((n, c) => n + Number(c || 0), 0)).toBe(Number(counts.at(-1)));
  expect(screen.getByTestId('unit-table-note')).toHaveTextContent(
    '"Cả năm": nhiệm vụ trọng tâm, xuyên suốt, không thuộc quý nào; "Phát sinh": nhiệm vụ phát sinh ngoài chương trình, không tính vào quý; nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị.',
  );
});

it('the table by leader says a task of several leaders counts for each when its counts add up to more than the tasks, as the printed summary', () => {
  const header = ['TT', 'Nội dung', 'Phòng/Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo'];
  const cells = (leader: string) => [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], header, [1, 'Kế hoạch A', 'Văn phòng Sở', 'Kế hoạch', leader], [2, 'Hội thảo B', 'Văn phòng Sở', 'Hội thảo', 'Giám đốc Sở']];
  const summaryOfLeader = (leader: string) => analyseWorkbook({ sheets: [{ name: 'CTCT', cells: cells(leader) }] }, { fileName: 'ctct.xlsx', asOf: '2025-10-15' }).summary;
  const two = summaryOfLeader('PGĐ Sở Mai Thoan; PGĐ Sở Phan Văn Hiếu');
  expect(Object.values(two.byLeader).reduce((n, v) => n + v, 0)).toBe(3);
  const { unmount } = render(<SummaryView summary={two} />);
  expect(screen.getByTestId('count-table-note')).toHaveTextContent('Nhiệm vụ do nhiều lãnh đạo chỉ đạo được tính cho từng lãnh đạo.');
  unmount();
  render(<SummaryView summary={summaryOfLeader('PGĐ Sở Mai Thoan')} />);
  expect(screen.queryByTestId('count-table-note')).toBeNull();
});

it('says how many tasks are important (as the printed summary and "Tổng hợp" do), and which, in Vietnamese first and in English', () => {
  const header = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Sản phẩm', 'Ghi chú'];
  const cells: CellValue[][] = [
    ['CHƯƠNG TRÌNH CÔNG TÁC QUÝ IV NĂM 2025'],
    header,
    [1, 'Đề án phát triển khoa học công nghệ', 'Phòng QLKH&ĐMST', 'PGĐ Sở Phan Văn Hiếu', 'Đề án', 'Nhiệm vụ quan trọng tham mưu UBND tỉnh'],
    [2, 'Báo cáo tình hình quý', 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo', ''],
  ];
  const { summary } = analyseWorkbook({ sheets: [{ name: 'Quý IV', cells }] }, { fileName: 'ctct.xlsx', asOf: '2025-10-15' });
  expect(summary.important.map((r) => r.task)).toEqual(['Đề án phát triển khoa học công nghệ']);
  const { unmount } = render(<SummaryView summary={summary} />);
  expect(screen.getByTestId('important-count')).toHaveTextContent('1');
  expect(screen.getByText(/^Nhiệm vụ quan trọng:/)).toBeInTheDocument();
  const list = screen.getByTestId('important-tasks');
  expect(list).toHaveTextContent('Đề án phát triển khoa học công nghệ');
  expect(list).not.toHaveTextContent('Báo cáo tình hình quý');
  unmount();
  render(
    <I18nProvider lang="en">
      <SummaryView summary={summary} />
    </I18nProvider>,
  );
  expect(screen.getByText(/^Important tasks:/)).toBeInTheDocument();
  expect(screen.getByTestId('important-count')).toHaveTextContent('1');
});

it('shows no important-task section when there is none', () => {
  render(<SummaryView summary={summaryOf(tasks, [])} />);
  expect(screen.queryByTestId('important-count')).toBeNull();
});
