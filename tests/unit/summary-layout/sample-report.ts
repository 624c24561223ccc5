/**
 * Hand-made Report objects for the layout, tracker and xlsx tests (validated against the zod
 * contract so they stay honest when the schema grows).
 */
import { combineReports } from '../../../src/engine/combine';
import { summarise as engineSummarise } from '../../../src/engine/summary/summarise';
import {
  fileReportSchema,
  reportSchema,
  type FileReport,
  type Finding,
  type Proposal,
  type Report,
  type Summary,
  type Task,
  type TaskRef,
} from '../../../src/engine/report';

export function task(partial: Partial<Task> & { row: number; task: string }): Task {
  return {
    sheet: 'Phụ lục II',
    endRow: partial.row,
    stt: String(partial.row - 9),
    quarter: 3,
    month: 7,
    section: 'Quý III',
    leadUnits: ['Phòng QLKH&ĐMST'],
    coordinatingUnits: ['Văn phòng Sở'],
    leaders: ['PGĐ Sở Phan Văn Hiếu'],
    product: 'Kế hoạch của Sở',
    deadline: null,
    status: null,
    result: null,
    note: '',
    important: false,
    key: `k-${partial.task}`,
    ...partial,
  };
}

export function ref(t: Task): TaskRef {
  return { sheet: t.sheet, row: t.row, stt: t.stt, quarter: t.quarter, task: t.task, leadUnits: t.leadUnits };
}

/** The engine's own summary of hand-made tasks (programme year 2025). */
export function summarise(tasks: Task[], findings: Finding[], proposals: Proposal[], asOf: string, extra: Partial<Summary> = {}): Summary {
  return { ...engineSummarise({ tasks, sections: [], findings, proposals, kpiCount: 0, asOf, year: 2025 }), ...extra };
}

export function fileReport(
  file: string,
  tasks: Task[],
  findings: Finding[] = [],
  proposals: Proposal[] = [],
  asOf = '2025-11-21',
  extra: Partial<Summary> = {},
): FileReport {
  return fileReportSchema.parse({
    file,
    year: 2025,
    directorySource: 'default',
    sheets: ['Phụ lục II'],
    sheetPeriods: {},
    period: '2025-09',
    periodSource: 'sheet',
    tables: [
      {
        sheet: 'Phụ lục II',
        kind: 'tasks',
        headerRows: [7],
        columns: { stt: 'A', task: 'B', lead: 'C', coord: 'D', product: 'E', leader: 'F', note: 'G' },
        firstRow: 8,
        lastRow: 200,
        title: null,
        rowCount: tasks.length,
      },
    ],
    tasks,
    proposals,
    findings,
    summary: summarise(tasks, findings, proposals, asOf, extra),
  });
}

export function report(files: FileReport[], asOf = '2025-11-21'): Report {
  return reportSchema.parse(combineReports(files, asOf));
}

export function finding(partial: Partial<Finding> & { row: number; column: string }): Finding {
  return {
    code: 'missing-product',
    severity: 'error',
    sheet: 'Phụ lục II',
    field: 'product',
    message: 'Nhiệm vụ chưa có sản phẩm.',
    suggestion: 'Ghi sản phẩm đầu ra, ví dụ "Kế hoạch của Sở".',
    fix: null,
    ...partial,
  };
}

/** A small but complete sample: 6 tasks over two quarters, gaps, an important task, proposals. */
export function sampleFileReport(asOf = '2025-11-21'): FileReport {
  const tasks: Task[] = [
    task({ row: 10, task: 'Xây dựng Kế hoạch kiểm tra sau nghiệm thu', status: 'Hoàn thành' }),
    task({ row: 11, task: 'Tổ chức điều tra chuyên gia', product: '', leaders: [] }),
    task({ row: 12, task: 'Tham mưu Chỉ thị của Chủ tịch UBND tỉnh', important: true, note: 'Nhiệm vụ quan trọng tham mưu UBND tỉnh' }),
    task({ row: 13, task: 'Tổ chức lớp tập huấn sở hữu trí tuệ', leadUnits: ['Phòng QLCN&CN'], leaders: ['PGĐ Sở Trần Công Hòa'] }),
    task({ row: 20, task: 'Báo cáo chuyển đổi số quý IV', quarter: 4, month: 10, leadUnits: ['Phòng BCVT&CĐS'], leaders: ['Giám đốc Sở'] }),
    task({ row: 21, task: 'Hội thảo đổi mới sáng tạo', quarter: 4, month: 11, leadUnits: [], leaders: ['Giám đốc Sở'] }),
  ];
  const findings: Finding[] = [
    finding({ row: 11, column: 'E' }),
    finding({
      row: 11,
      column: 'F',
      field: 'leader',
      code: 'missing-leader',
      message: 'Nhiệm vụ chưa có lãnh đạo chỉ đạo.',
      suggestion: null,
    }),
    finding({
      row: 11,
      column: 'E',
      severity: 'info',
      code: 'product-hint',
      message: 'Sản phẩm nên ghi rõ cấp ban hành.',
      suggestion: null,
    }),
    finding({
      row: 21,
      column: 'C',
      field: 'lead',
      code: 'missing-lead',
      message: 'Nhiệm vụ chưa có đơn vị chủ trì.',
      suggestion: 'Ghi phòng/đơn vị chủ trì.',
    }),
    finding({
      row: 13,
      column: 'C',
      field: 'lead',
      severity: 'warning',
      code: 'outdated-unit',
      message: 'Tên đơn vị "Phòng QLCN&CN" đã cũ.',
      suggestion: 'Dùng tên mới theo danh mục.',
    }),
  ];
  const proposals: Proposal[] = [
    {
      sheet: 'Phụ lục II',
      row: 13,
      stt: '4',
      task: 'Tổ chức lớp tập huấn sở hữu trí tuệ',
      leadUnits: ['Phòng QLCN&CN'],
      month: 7,
      proposal: 'Đề xuất bỏ vì đã tổ chức lớp tập huấn',
      kind: 'drop',
    },
  ];
  return fileReport('phu-luc.xlsx', tasks, findings, proposals, asOf, {
    sections: [{ sheet: 'Phụ lục II', row: 8, label: 'Quý III (96 nhiệm vụ)', declared: 96, actual: 4 }],
  });
}
