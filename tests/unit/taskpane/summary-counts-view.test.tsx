/** @jest-environment jsdom */
/** The on-screen summary says what the printed report says of KPIs, their parts, KPI headings and tasks outside the programme. */
import '@testing-library/jest-dom';
import { cleanup, render, screen } from '@testing-library/react';
import { SummaryView } from '../../../src/taskpane/components/SummaryView';
import { I18nProvider } from '../../../src/taskpane/i18n';
import { analyseWorkbook, type CellValue, type FileReport } from '../../../src/engine';

const TITLE = ['KẾ HOẠCH CÔNG TÁC NĂM 2025'];
const HEADER = ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo Sở chỉ đạo', 'Sản phẩm', 'Thời hạn'];
const KPI_HEADER = ['TT', 'Chỉ tiêu chủ yếu', 'Đơn vị tính', 'Kế hoạch 2025', 'Đơn vị tham mưu', 'Ghi chú'];
const task = (n: CellValue, text: string): CellValue[] => [n, text, 'Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu', 'Báo cáo', null];
const kpi = (n: CellValue, name: string): CellValue[] => [n, name, '%', '103,0', 'Phòng QLKH&ĐMST', null];

const analyse = (cells: CellValue[][]): FileReport =>
  analyseWorkbook({ sheets: [{ name: 'KH', cells, merges: [], fonts: [] }] }, { fileName: 'kh.xlsx', asOf: '2025-10-15' });

/** Two KPIs and a dashed part of the second under a heading counting them; a quarter's two tasks, then one arising outside the programme. */
const report = () =>
  analyse([
    TITLE,
    ['A. CÁC CHỈ TIÊU CHỦ YẾU: Gồm 02 chỉ tiêu'],
    KPI_HEADER,
    kpi(1, 'Tổng số đề tài, dự án'),
    kpi(2, 'Số tổ chức KH&CN'),
    kpi(null, '- Số doanh nghiệp KH&CN'),
    ['B', 'NHIỆM VỤ CỤ THỂ'],
    HEADER,
    ['I', 'Quý I (2 nhiệm vụ)'],
    task(1, 'Xây dựng kế hoạch'),
    task(2, 'Tổng hợp báo cáo'),
    ['II', 'NHIỆM VỤ PHÁT SINH'],
    task(1, 'Tham mưu văn bản đột xuất'),
  ]);

describe('KPIs and tasks outside the programme on screen', () => {
  it('in Vietnamese, counts the KPIs with their parts, the arising tasks among the tasks, and a KPI heading\'s row in KPIs', () => {
    const r = report();
    expect(r.summary).toMatchObject({ taskCount: 3, arising: 1, kpiCount: 2, kpiParts: 1 });
    render(<SummaryView summary={r.summary} />);
    expect(screen.getByTestId('task-count')).toHaveTextContent('3');
    expect(screen.getByTestId('arising-count')).toHaveTextContent('(trong đó 1 nhiệm vụ phát sinh ngoài chương trình)');
    expect(screen.getByTestId('kpi-count')).toHaveTextContent('2 chỉ tiêu (kèm 1 chỉ tiêu thành phần)');
    const rows = screen.getAllByTestId('section-row').map((row) => row.textContent);
    expect(rows).toEqual(['CÁC CHỈ TIÊU CHỦ YẾU22 chỉ tiêu', 'Quý I22']);
    // The table's title says it counts KPIs too, as the printed "Số nhiệm vụ, chỉ tiêu ghi ở tiêu đề / thực có".
    expect(screen.getByRole('heading', { name: 'Số nhiệm vụ, chỉ tiêu khai báo và thực có' })).toBeInTheDocument();
  });

  it('in English, says the same in English', () => {
    render(
      <I18nProvider lang="en">
        <SummaryView summary={report().summary} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('arising-count')).toHaveTextContent('(of which 1 arising outside the programme)');
    expect(screen.getByTestId('kpi-count')).toHaveTextContent('2 targets (KPIs), plus 1 sub-indicator');
    expect(screen.getAllByTestId('section-row')[0]).toHaveTextContent('2 targets');
  });

  it('a plan of tasks alone says nothing of KPIs or arising tasks', () => {
    render(<SummaryView summary={analyse([TITLE, HEADER, ['I', 'Quý I'], task(1, 'Xây dựng kế hoạch')]).summary} />);
    expect(screen.queryByTestId('arising-count')).toBeNull();
    expect(screen.queryByTestId('kpi-count')).toBeNull();
    expect(screen.queryAllByTestId('section-row')).toHaveLength(0);
    cleanup();
    render(<SummaryView summary={analyse([TITLE, HEADER, ['I', 'Quý I (1 nhiệm vụ)'], task(1, 'Xây dựng kế hoạch')]).summary} />);
    expect(screen.getByRole('heading', { name: 'Số nhiệm vụ khai báo và thực có' })).toBeInTheDocument();
    expect(screen.getAllByTestId('section-row').map((row) => row.textContent)).toEqual(['Quý I11']);
  });
});
