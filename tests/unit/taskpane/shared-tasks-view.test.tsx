/** @jest-environment jsdom */
/** The on-screen summary of a consolidated run says which tasks are in several files, as the printed report does. */
import '@testing-library/jest-dom';
import { cleanup, render, screen } from '@testing-library/react';
import { SummaryView } from '../../../src/taskpane/components/SummaryView';
import { I18nProvider } from '../../../src/taskpane/i18n';
import { analyseWorkbook, combineReports, defaultDirectory, type CellValue, type FileReport } from '../../../src/engine';

// The engine alone (the grid helpers read fixtures with exceljs, which jsdom cannot load).
const AS_OF = '2026-11-21';

const UNIT_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Tình trạng'];
const JOINT = 'Phòng QLKH&ĐMST; Phòng BCVT&CĐS';
const tasks = Array.from({ length: 12 }, (_, i) => `Hội thảo chuyển đổi số và đổi mới sáng tạo chuyên đề ${i + 1}`);

/** A unit's sheet of Quý III: the twelve tasks both units lead (the first without a status), and one of its own. */
function unitFile(fileName: string, status: string, own: string): FileReport {
  const rows: CellValue[][] = tasks.map((t, i) => [i + 1, t, JOINT, 'Hội thảo', 'PGĐ Sở Phan Văn Hiếu', i === 0 ? null : status]);
  rows.push([13, own, 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', status]);
  const cells = [['CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025'], UNIT_HEADER, ['I', 'Quý III'], [null, 'Tháng 8'], ...rows];
  return analyseWorkbook({ sheets: [{ name: 'Quý III', cells, merges: [], fonts: [] }] }, { fileName, asOf: AS_OF });
}

const summary = () =>
  combineReports([unitFile('qlkh.xlsx', 'Hoàn thành', 'Báo cáo tháng của văn phòng'), unitFile('bcvt.xlsx', 'Đang thực hiện', 'Báo cáo quý của văn phòng')], AS_OF, [], defaultDirectory).summary;

describe('the summary of a consolidated run on screen', () => {
  it('in Vietnamese, gives the number of tasks in several files and the first ten, each copy with its file and status', () => {
    render(<SummaryView summary={summary()} />);
    expect(screen.getByTestId('task-count')).toHaveTextContent('14');
    expect(screen.getByTestId('shared-count')).toHaveTextContent('12');
    const listed = screen.getAllByTestId('shared-task');
    expect(listed).toHaveLength(10);
    expect(listed[0]).toHaveTextContent(`${tasks[0]} — ${JOINT} · tính "Chưa cập nhật" · qlkh.xlsx: chưa ghi; bcvt.xlsx: chưa ghi`);
    // Both files are of both units (none's own): the least advanced status counts, whatever their order.
    expect(listed[1]).toHaveTextContent(`${tasks[1]} — ${JOINT} · tính "Đang thực hiện" (tình trạng ghi khác nhau: không tệp riêng nào của đơn vị chủ trì ghi: tình trạng ít tiến triển nhất đã ghi (bcvt.xlsx)) · qlkh.xlsx: Hoàn thành; bcvt.xlsx: Đang thực hiện`);
    expect(screen.getByText('… và 2 nhiệm vụ khác')).toBeInTheDocument();
    // Under way, the tasks are in the overdue list; the list of shared tasks stops at the tenth.
    expect(listed.map((l) => l.textContent).join('\n')).not.toContain(tasks[10]);
  });

  it('in English, says the same in English', () => {
    render(
      <I18nProvider lang="en">
        <SummaryView summary={summary()} />
      </I18nProvider>,
    );
    expect(screen.getByText(/Tasks in several files \(each counted once\)/)).toBeInTheDocument();
    expect(screen.getByTestId('shared-count')).toHaveTextContent('12');
    const listed = screen.getAllByTestId('shared-task');
    expect(listed[0]).toHaveTextContent('counted as "Not updated" · qlkh.xlsx: not written; bcvt.xlsx: not written');
    expect(listed[1]).toHaveTextContent('counted as "Đang thực hiện" (statuses differ: no lead unit\'s own file writes one: the least advanced written (bcvt.xlsx))');
    expect(screen.getByText('… and 2 more tasks')).toBeInTheDocument();
  });

  it('of one file says nothing of it', () => {
    render(<SummaryView summary={unitFile('qlkh.xlsx', 'Hoàn thành', 'Báo cáo tháng của văn phòng').summary} />);
    expect(screen.queryByTestId('shared-count')).toBeNull();
  });
});

describe('a task of several files whose statuses differ, on screen', () => {
  const TASK = 'Tổ chức Hội thảo chuyển đổi số và đổi mới sáng tạo';
  const sheetOf = (fileName: string, title: string, rows: CellValue[][]): FileReport =>
    analyseWorkbook({ sheets: [{ name: 'Quý III', cells: [[title], UNIT_HEADER, ['I', 'Quý III'], [null, 'Tháng 7'], ...rows], merges: [], fonts: [] }] }, { fileName, asOf: AS_OF });
  /** Several units' tasks with statuses (the programme Văn phòng Sở tracks): no unit's own file. */
  const whole = (fileName: string, status: string) =>
    sheetOf(fileName, 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025', [
      [1, TASK, 'Phòng QLKH&ĐMST', 'Hội thảo', 'Giám đốc Sở', status],
      [2, 'Báo cáo tình hình thực hiện nhiệm vụ tháng 7', 'Văn phòng Sở', 'Báo cáo', 'Giám đốc Sở', 'Hoàn thành'],
      [3, 'Cập nhật cơ sở dữ liệu viễn thông', 'Phòng BCVT&CĐS', 'Cơ sở dữ liệu', 'Giám đốc Sở', 'Hoàn thành'],
    ]);
  /** Phòng QLKH&ĐMST's own sheet: it leads every task. */
  const own = (fileName: string, status: string) =>
    sheetOf(fileName, 'CHƯƠNG TRÌNH CÔNG TÁC QUÝ III NĂM 2025 CỦA PHÒNG QLKH&ĐMST', [
      [1, TASK, 'Phòng QLKH&ĐMST', 'Hội thảo', 'Giám đốc Sở', status],
      [2, 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu nhiệm vụ KH&CN', 'Phòng QLKH&ĐMST', 'Kế hoạch', 'Giám đốc Sở', 'Hoàn thành'],
    ]);
  const shown = (files: FileReport[], lang: 'vi' | 'en' = 'vi') => {
    render(
      <I18nProvider lang={lang}>
        <SummaryView summary={combineReports(files, AS_OF, [], defaultDirectory).summary} />
      </I18nProvider>,
    );
    return screen.getAllByTestId('shared-task').find((li) => li.textContent!.includes(TASK))!;
  };

  it('says the lead unit\'s own file\'s status counts, naming the unit and the file, with each file\'s status', () => {
    const line = shown([whole('a.xlsx', 'Hoàn thành'), own('z.xlsx', 'Đang thực hiện')]);
    expect(line).toHaveTextContent(
      'tính "Đang thực hiện" (tình trạng ghi khác nhau: ghi ở tệp của đơn vị chủ trì Phòng QLKH&ĐMST (z.xlsx)) · a.xlsx: Hoàn thành; z.xlsx: Đang thực hiện',
    );
  });

  it('says when the lead unit\'s own files differ, and when no own file writes one, the least advanced counts', () => {
    expect(shown([own('a.xlsx', 'Hoàn thành'), own('z.xlsx', 'Đang thực hiện')])).toHaveTextContent(
      'tính "Đang thực hiện" (tình trạng ghi khác nhau: tệp của các đơn vị chủ trì ghi khác nhau: tình trạng ít tiến triển nhất trong các tệp ấy (z.xlsx))',
    );
    cleanup();
    expect(shown([whole('a.xlsx', 'Hoàn thành'), whole('z.xlsx', 'Chưa thực hiện')])).toHaveTextContent(
      'tính "Chưa thực hiện" (tình trạng ghi khác nhau: không tệp riêng nào của đơn vị chủ trì ghi: tình trạng ít tiến triển nhất đã ghi (z.xlsx))',
    );
  });

  it('in English, says why in English', () => {
    expect(shown([whole('a.xlsx', 'Hoàn thành'), own('z.xlsx', 'Đang thực hiện')], 'en')).toHaveTextContent(
      'counted as "Đang thực hiện" (statuses differ: as written in the own file of the lead unit Phòng QLKH&ĐMST (z.xlsx))',
    );
  });
});

