/**
 * Optional Excel features, checked at run time (`isSetSupported`), and the Vietnamese sentence the
 * pane shows when one is missing (its English is in the pane's i18n.tsx): the add-in degrades instead
 * of failing. The adapter reports the missing features; the pane words them.
 */
import type { Capabilities, VisibleFeature } from './host';

/** Features beyond the pane-visible `Capabilities` that the adapter also checks. */
export interface AdapterCapabilities extends Capabilities {
  /** ExcelApi 1.13: merged areas of a range. */
  mergedAreas: boolean;
  /** ExcelApi 1.9: page layout (A4 landscape, print titles). */
  pageLayout: boolean;
  /** ExcelApi 1.4: sheet-scoped names (how the add-in recognises the sheets it wrote). */
  names: boolean;
  /** ExcelApi 1.9: a fill's pattern (restored exactly; before 1.9 only its colour is known). */
  fillPattern: boolean;
  /** ExcelApi 1.9: suspending screen updating during large writes. */
  screenUpdating: boolean;
  /** ExcelApi 1.9: one change event for all sheets (before: one handler per sheet, 1.7). */
  workbookEvents: boolean;
  /** ExcelApi 1.8: hiding gridlines on the summary. */
  gridlines: boolean;
  /** ExcelApi 1.7: freezing the tracker's header row. */
  freezePanes: boolean;
  /** ExcelApi 1.7: the workbook's name (named in messages instead of a sheet's). */
  workbookName: boolean;
  /** ExcelApi 1.9: copying a range's cells (the tracker refreshed in place, from a scratch sheet). */
  rangeCopy: boolean;
  /** ExcelApi 1.13: resizing a table (the tracker's table kept, at its new size). */
  tableResize: boolean;
  /** ExcelApi 1.2: whether a column is hidden (of two columns of one meaning, the visible one is read). */
  hiddenColumns: boolean;
  /** ExcelApi 1.9: many cells' formats in one load (the tracker's status fills, carried with their tasks). */
  cellProperties: boolean;
  /** ExcelApi 1.7: a sheet's tab colour (kept when an output sheet is written anew). */
  tabColor: boolean;
}

export type Feature = keyof AdapterCapabilities;

/**
 * The requirement set below which the add-in does not run at all (the manifest asks for it too):
 * reading and writing sheets use Worksheet.getRangeByIndexes (ExcelApi 1.7). Excel 2016 bought once
 * (ExcelApi 1.1 only) uses the standalone page or `ctct`.
 */
export const MIN_EXCEL_API = '1.7';

/** The requirement set each feature needs. */
export const REQUIREMENTS: Record<Feature, string> = {
  notes: '1.18',
  dataValidation: '1.8',
  rangeAreas: '1.9',
  events: '1.7',
  hiddenSheets: '1.4',
  mergedAreas: '1.13',
  pageLayout: '1.9',
  names: '1.4',
  fillPattern: '1.9',
  screenUpdating: '1.9',
  workbookEvents: '1.9',
  gridlines: '1.8',
  freezePanes: '1.7',
  workbookName: '1.7',
  rangeCopy: '1.9',
  tableResize: '1.13',
  hiddenColumns: '1.2',
  tabColor: '1.7',
  cellProperties: '1.9',
};

export type { VisibleFeature };

/** Shown when the feature is missing; each says what still works. */
export const DEGRADED_MESSAGES: Record<VisibleFeature, string> = {
  notes:
    'Phiên bản Excel này (hoặc bản Office.js đi kèm CTCT) chưa hỗ trợ ghi chú trên ô (cần ExcelApi 1.18): các ô có lỗi chỉ được tô màu, nội dung lỗi xem trong ngăn CTCT.',
  dataValidation:
    'Phiên bản Excel này chưa hỗ trợ danh sách chọn trong ô (cần ExcelApi 1.8): cột «Trạng thái» của trang tính «Theo dõi» phải gõ tay.',
  rangeAreas:
    'Phiên bản Excel này chưa hỗ trợ thao tác nhiều vùng ô một lúc (cần ExcelApi 1.9): các ô được tô màu lần lượt, chậm hơn nhưng kết quả như nhau.',
  events:
    'Phiên bản Excel này chưa báo được khi trang tính thay đổi (cần ExcelApi 1.7): sau khi sửa, hãy bấm «Kiểm tra lại».',
  hiddenSheets:
    'Phiên bản Excel này chưa hỗ trợ ẩn trang tính (cần ExcelApi 1.4): các trang tính «CTCT_NhatKy» và «CTCT_DanhDau» sẽ hiện ra; xin đừng sửa hay xoá chúng vì chúng dùng để hoàn tác và gỡ đánh dấu.',
  mergedAreas:
    'Phiên bản Excel này chưa đọc được ô gộp (cần ExcelApi 1.13): ô gộp được đọc như ô thường, nên các dòng nằm trong một vùng gộp có thể bị báo thiếu đơn vị hoặc lãnh đạo.',
  pageLayout:
    'Phiên bản Excel này chưa hỗ trợ thiết lập trang in (cần ExcelApi 1.9): khi in trang tính «Tổng hợp», hãy tự chọn khổ A4, hướng ngang.',
  names:
    'Phiên bản Excel này chưa hỗ trợ tên cục bộ của trang tính (cần ExcelApi 1.4): CTCT không ghi đè trang tính «Tổng hợp» hay «Theo dõi» có sẵn mà tạo trang tính mới bên cạnh.',
};

/**
 * A feature is there when the host supports its requirement set AND the Office.js copy the add-in
 * ships defines it: the host may be newer than that copy (the bundled @microsoft/office-js 1.1.110
 * knows ExcelApi up to about 1.15: no notes), and calling a member the copy lacks would throw.
 */
export function detectCapabilities(
  isSetSupported: (set: string, version: string) => boolean,
  hasSurface: (feature: Feature) => boolean = () => true,
): AdapterCapabilities {
  const caps = {} as AdapterCapabilities;
  for (const feature of Object.keys(REQUIREMENTS) as Feature[]) {
    caps[feature] = isSetSupported('ExcelApi', REQUIREMENTS[feature]) && hasSurface(feature);
  }
  return caps;
}

/** The Office.js class member each feature uses (checked on the loaded Excel namespace). */
const SURFACE: Record<Feature, [string, string]> = {
  notes: ['Worksheet', 'notes'],
  dataValidation: ['Range', 'dataValidation'],
  rangeAreas: ['Worksheet', 'getRanges'],
  events: ['Worksheet', 'onChanged'],
  hiddenSheets: ['Worksheet', 'visibility'],
  mergedAreas: ['Range', 'getMergedAreasOrNullObject'],
  pageLayout: ['Worksheet', 'pageLayout'],
  names: ['Worksheet', 'names'],
  fillPattern: ['RangeFill', 'pattern'],
  screenUpdating: ['Application', 'suspendScreenUpdatingUntilNextSync'],
  workbookEvents: ['WorksheetCollection', 'onChanged'],
  gridlines: ['Worksheet', 'showGridlines'],
  freezePanes: ['Worksheet', 'freezePanes'],
  workbookName: ['Workbook', 'name'],
  rangeCopy: ['Range', 'copyFrom'],
  tableResize: ['Table', 'resize'],
  hiddenColumns: ['Range', 'columnHidden'],
  tabColor: ['Worksheet', 'tabColor'],
  cellProperties: ['Range', 'getCellProperties'],
};

/** Whether the loaded Office.js defines a feature's member; unknown classes count as present. */
export function officeJsHas(excel: unknown, feature: Feature): boolean {
  const [cls, member] = SURFACE[feature];
  const ctor = (excel as Record<string, { prototype?: object } | undefined> | undefined)?.[cls];
  if (!ctor || typeof ctor.prototype !== 'object' || ctor.prototype === null) return true;
  return member in ctor.prototype;
}

/** The pane-visible subset (the `Capabilities` of host.ts). */
export function paneCapabilities(caps: AdapterCapabilities): Capabilities {
  return {
    notes: caps.notes,
    dataValidation: caps.dataValidation,
    rangeAreas: caps.rangeAreas,
    events: caps.events,
    hiddenSheets: caps.hiddenSheets,
  };
}

/** The missing features the user would notice, in a stable order (the pane says what each one means). */
export function missingVisibleFeatures(caps: AdapterCapabilities): VisibleFeature[] {
  return (Object.keys(DEGRADED_MESSAGES) as VisibleFeature[]).filter((f) => !caps[f]);
}
