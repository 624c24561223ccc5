import { defaultDirectory } from '../../../src/engine';
import { CtctInputError } from '../../../src/engine/errors';
import type { CellValue } from '../../../src/engine/grid';
import {
  DIRECTORY_COLUMNS,
  directoryFromValues,
  directoryToValues,
} from '../../../src/engine/directory/sheet';
import { FakeWorkbook } from './fake-excel';
import { hostFor } from './helpers';

/** The directory as the schema normalises it (defaults filled), without the free-text `about`. */
function comparable(d: typeof defaultDirectory) {
  const { about: _about, ...rest } = d;
  return rest;
}

describe('directory-sheet (pure)', () => {
  it('round-trips the default directory through rows', () => {
    const values = directoryToValues(defaultDirectory) as CellValue[][];
    expect(values[0]).toEqual([...DIRECTORY_COLUMNS]);
    expect(comparable(directoryFromValues(values))).toEqual(comparable(defaultDirectory));
  });

  it('reads dates written as Excel serials, date cells or dd/mm/yyyy text', () => {
    const values = directoryToValues(defaultDirectory, { dates: 'serial' }) as CellValue[][];
    expect(typeof values[1][1]).toBe('number');
    expect(comparable(directoryFromValues(values))).toEqual(comparable(defaultDirectory));
    const text = values.map((r, i) => (i === 0 ? r : [r[0], r[0] === '2024' ? '1/1/2024' : r[0] === '2025-03' ? { kind: 'date', iso: '2025-03-01' } : '01/07/2025', ...r.slice(2)])) as CellValue[][];
    expect(directoryFromValues(text).periods.map((p) => p.from)).toEqual(['2024-01-01', '2025-03-01', '2025-07-01']);
  });

  it('accepts rows in any order, moved columns, NFD text and a title above the header', () => {
    const values = directoryToValues(defaultDirectory) as CellValue[][];
    const [header, ...rows] = values;
    const order = [2, 3, 0, 1, 4, 5, 6, 7, 8, 9];
    const moved = [['DANH MỤC ĐƠN VỊ VÀ LÃNH ĐẠO'], [], order.map((i) => header[i]), ...rows.reverse().map((r) => order.map((i) => (typeof r[i] === 'string' ? (r[i] as string).normalize('NFD') : r[i])))];
    const d = directoryFromValues(moved as CellValue[][]);
    expect(d.periods.map((p) => p.id)).toEqual(['2024', '2025-03', '2025-09']);
    const p = d.periods[2];
    const original = defaultDirectory.periods[2];
    expect(new Set(p.units.map((u) => u.short))).toEqual(new Set(original.units.map((u) => u.short)));
    expect(p.units.find((u) => u.short === 'Phòng QLKH&ĐMST')?.aliases).toEqual(
      original.units.find((u) => u.short === 'Phòng QLKH&ĐMST')?.aliases,
    );
  });

  it('reads a period typed as a date (Excel made "2025-03" one) or as "2025-3" as the period of that month', () => {
    const values = directoryToValues(defaultDirectory) as CellValue[][];
    const added = (kind: CellValue): CellValue[] => [kind, { kind: 'date', iso: '2025-03-01' }, 'Đơn vị', 'Tổ Kiểm tra nội bộ', 'Tổ Kiểm tra nội bộ', null, null, null, null, null];
    for (const typed of [{ kind: 'date', iso: '2025-03-01' }, '2025-3', '3/2025'] as CellValue[]) {
      const d = directoryFromValues([...values, added(typed)]);
      expect(d.periods.map((p) => p.id)).toEqual(['2024', '2025-03', '2025-09']);
      const march = d.periods.find((p) => p.id === '2025-03')!;
      expect(march.units.map((u) => u.short)).toEqual([...defaultDirectory.periods[1].units.map((u) => u.short), 'Tổ Kiểm tra nội bộ']);
    }
  });

  it('refuses two periods starting the same day, naming both', () => {
    const values = directoryToValues(defaultDirectory) as CellValue[][];
    const twin: CellValue[] = ['Quý I/2025', '01/03/2025', 'Đơn vị', 'Tổ Kiểm tra nội bộ', null, null, null, null, null, null];
    expect(() => directoryFromValues([...values, twin])).toThrow(/kỳ "Quý I\/2025" bắt đầu cùng ngày 01\/03\/2025 với kỳ "2025-03"/);
  });

  it('rejects a bad sheet with one Vietnamese sentence naming the row', () => {
    const values = directoryToValues(defaultDirectory) as CellValue[][];
    const bad = (mutate: (v: CellValue[][]) => void) => {
      const copy = values.map((r) => [...r]);
      mutate(copy);
      try {
        directoryFromValues(copy);
      } catch (e) {
        expect(e).toBeInstanceOf(CtctInputError);
        expect((e as CtctInputError).code).toBe('bad-directory');
        return (e as Error).message;
      }
      throw new Error('accepted a bad directory');
    };
    expect(bad((v) => (v[3][2] = 'Phòng ban'))).toMatch(/dòng 4: «Loại» phải là/);
    expect(bad((v) => (v[5][0] = null))).toMatch(/dòng 6: thiếu «Kỳ»/);
    expect(bad((v) => (v[5][1] = '2024-02-01'))).toMatch(/dòng 6: kỳ «2024» có «Từ ngày» khác với dòng 2/);
    expect(bad((v) => (v[5][1] = 'đầu năm'))).toMatch(/dòng 6: «Từ ngày» phải là một ngày/);
    expect(bad((v) => (v[4][3] = ''))).toMatch(/dòng 5: thiếu «Tên dùng trong báo cáo»/);
    const renameRow = values.findIndex((r) => r[0] === '2025-03' && r[3] === 'Phòng KH-CN');
    expect(bad((v) => (v[renameRow][6] = 'Phòng Quản lý Khoa học và Đổi mới sáng tạoo'))).toMatch(
      /đơn vị "Phòng KH-CN" của kỳ "2025-03" có «Đổi tên thành» \(renamedTo\) "Phòng Quản lý Khoa học và Đổi mới sáng tạoo", không phải tên một đơn vị của kỳ sau "2025-09"/,
    );
    expect(bad((v) => v.splice(0, 1))).toMatch(/không có dòng tiêu đề/);
    expect(bad((v) => v.splice(1))).toMatch(/chưa có dòng nào/);
  });
});

describe('insertDirectory / readDirectory', () => {
  it('writes the directory as a table users can edit, and reads their edits back', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('CTCT', [['TT', 'Nội dung']]);
    const host = hostFor(wb);
    expect(await host.readDirectory()).toBeNull();
    expect(await host.insertDirectory(defaultDirectory)).toEqual({ sheet: 'Danh mục' });
    const sheet = wb.sheet('Danh mục')!;
    expect(wb.tables.map((t) => t.name)).toEqual(['DanhMuc']);
    expect(wb.peek('Danh mục', 'B2').numberFormat).toBe('dd/mm/yyyy');
    expect(typeof wb.peek('Danh mục', 'B2').value).toBe('number');
    expect(sheet.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: 'Đơn vị,Nhóm đơn vị,Lãnh đạo,Tập thể' } });
    expect(comparable((await hostFor(wb).readDirectory())!)).toEqual(comparable(defaultDirectory));

    // The department adds an alias to a unit of the last period.
    const values = wb.valuesOf('Danh mục');
    const row = values.findIndex((r, i) => i > 0 && r[0] === '2025-09' && r[3] === 'Văn phòng Sở') + 1;
    wb.cell(sheet, row, DIRECTORY_COLUMNS.indexOf('Tên khác') + 1).value = 'VP Sở; Văn phòng';
    const edited = (await host.readDirectory())!;
    expect(edited.periods[2].units.find((u) => u.short === 'Văn phòng Sở')?.aliases).toEqual(['VP Sở', 'Văn phòng']);

    // Inserting the default again does not overwrite the department's edits: it is refused, in words.
    await expect(host.insertDirectory(defaultDirectory)).rejects.toMatchObject({
      code: 'DirectoryEdited',
      message: expect.stringContaining('không ghi đè'),
    });
    expect(wb.sheet('Danh mục')).toBe(sheet);
    expect(wb.valuesOf('Danh mục')[row - 1][DIRECTORY_COLUMNS.indexOf('Tên khác')]).toBe('VP Sở; Văn phòng');
    expect(wb.sheets.map((s) => s.name)).toEqual(['CTCT', 'Danh mục']);

    // A row added below the table, or a cell emptied, is an edit too.
    wb.cell(sheet, row, DIRECTORY_COLUMNS.indexOf('Tên khác') + 1).value = values[row - 1][DIRECTORY_COLUMNS.indexOf('Tên khác')];
    wb.cell(sheet, values.length + 1, 1).value = '2025-09';
    await expect(host.insertDirectory(defaultDirectory)).rejects.toMatchObject({ code: 'DirectoryEdited' });
    wb.cell(sheet, values.length + 1, 1).value = '';
    wb.cell(sheet, 2, DIRECTORY_COLUMNS.indexOf('Nguồn') + 1).value = '';
    await expect(host.insertDirectory(defaultDirectory)).rejects.toMatchObject({ code: 'DirectoryEdited' });
    wb.cell(sheet, 2, DIRECTORY_COLUMNS.indexOf('Nguồn') + 1).value = values[1][DIRECTORY_COLUMNS.indexOf('Nguồn')];

    // Unedited (all put back), inserting again replaces CTCT's sheet; it does not add a second one.
    await host.insertDirectory(defaultDirectory);
    expect(wb.sheet('Danh mục')).not.toBe(sheet);
    expect(wb.sheets.filter((s) => s.name.startsWith('Danh mục'))).toHaveLength(1);
    expect(wb.tables).toHaveLength(1);
  });

  it('a refused write keeps the old directory, with no half-written sheet', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('CTCT', [['TT', 'Nội dung']]);
    const host = hostFor(wb);
    await host.insertDirectory(defaultDirectory);
    // A replacement reads the old sheet (to recognise it), then writes the new one: the limit below
    // lets the read through and refuses the write.
    wb.syncs.length = 0;
    await host.insertDirectory(defaultDirectory);
    const read = Math.max(...wb.syncs.map((x) => x.response));
    const write = Math.max(...wb.syncs.map((x) => x.request));
    expect(write).toBeGreaterThan(read);
    const old = wb.sheet('Danh mục')!;
    const before = wb.valuesOf('Danh mục');
    // Excel refuses the request that writes the new directory (as Excel on the web does past 5 MB).
    wb.payloadLimit = Math.floor((read + write) / 2);
    await expect(host.insertDirectory(defaultDirectory)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.sheet('Danh mục')).toBe(old);
    expect(wb.valuesOf('Danh mục')).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).toEqual(['CTCT', 'Danh mục']);
    expect(wb.tables.map((t) => t.name)).toEqual(['DanhMuc']);
    // Accepted again, the new directory takes the old one's place and its table name.
    wb.payloadLimit = null;
    await host.insertDirectory(defaultDirectory);
    expect(wb.sheets.map((s) => s.name)).toEqual(['CTCT', 'Danh mục']);
    expect(wb.sheet('Danh mục')).not.toBe(old);
    expect(wb.tables.map((t) => t.name)).toEqual(['DanhMuc']);
  });

  it('leaves alone a user\'s own sheet that is called "Danh mục" but is no directory', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Danh mục', [['STT', 'Tên văn bản', 'Ngày ban hành'], [1, 'Quyết định 123/QĐ-UBND', '01/02/2025']]);
    expect(await hostFor(wb).readDirectory()).toBeNull();
    expect(wb.peek('Danh mục', 'B2').value).toBe('Quyết định 123/QĐ-UBND');
  });

  it('reports a broken "Danh mục" sheet instead of ignoring it', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Danh mục', [['Kỳ', 'Từ ngày', 'Loại', 'Tên dùng trong báo cáo'], ['2025-09', '01/07/2025', 'Phòng', 'Văn phòng Sở'], ['2025-09', '01/07/2025', 'Ban', 'X']]);
    await expect(hostFor(wb).readDirectory()).rejects.toMatchObject({ code: 'bad-directory', message: expect.stringContaining('dòng 3') });
  });
});
