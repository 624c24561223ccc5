/**
 * `npm run bench`: a 20,000-task workbook, generated here, read with exceljs and checked by the
 * engine in fresh processes. Prints the figures; asserts nothing (tests never assert on time).
 * BENCH_TASKS, BENCH_RUNS and BENCH_SAVE (keep the workbook at that path) change what it does.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { median, type Run } from './measure';

const TASKS = Number(process.env.BENCH_TASKS ?? 20000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const UNITS = ['Phòng QLKH&ĐMST', 'Phòng QLCN&CN', 'Phòng QLTCĐLCL', 'Phòng BCVT&CĐS', 'Văn phòng Sở', 'Trung tâm CĐS&ĐMST', 'Trung tâm KTTCĐLCL', 'Trung tâm UDKHCN'];
/** Slips at about the rates of the department's own Phụ lục II (8 of 176 without product, 7 without leader…). */
const SLIPS = { product: 23, leader: 25, unit: 200, outdated: 150 };
const LEADERS = ['Giám đốc Sở', 'PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan', 'PGĐ Sở Nguyễn Quốc Huy Hoàng', 'Các PGĐ Sở: Phan Văn Hiếu; Mai Thoan', 'PGĐ Sở Nguyễn Trọng Tâm'];

/** Cells formatted as the department's sheets are (Times New Roman 12, thin borders, wrapped, top-aligned). */
const CELL_STYLE: Partial<ExcelJS.Style> = {
  font: { name: 'Times New Roman', size: 12 },
  border: { left: { style: 'thin' }, right: { style: 'thin' }, top: { style: 'thin' }, bottom: { style: 'thin' } },
  alignment: { vertical: 'top', wrapText: true },
};

async function generate(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục II');
  ws.columns = [6, 60, 20, 24, 26, 24, 14, 16, 22].map((width) => ({ width, style: CELL_STYLE }));
  ws.addRow(['PHỤ LỤC II. Nhiệm vụ cụ thể trong 6 tháng cuối năm 2025']);
  ws.addRow(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Lãnh đạo Sở chỉ đạo', 'Thời hạn', 'Tình trạng', 'Ghi chú']);
  const perMonth = (i: number) => Math.floor(TASKS / 6) + (i < TASKS % 6 ? 1 : 0);
  for (const q of [3, 4]) {
    const months = [0, 1, 2].map((m) => perMonth((q - 3) * 3 + m));
    ws.addRow([q === 3 ? 'I' : 'II', `Quý ${q === 3 ? 'III' : 'IV'} (${months[0] + months[1] + months[2]} nhiệm vụ)`]);
    let k = 0;
    for (let m = 0; m < 3; m++) {
      const month = (q - 1) * 3 + m + 1;
      ws.addRow([null, `Tháng ${month}`]);
      for (let i = 0; i < months[m]; i++) {
        k++;
        ws.addRow([
          k,
          `Nhiệm vụ số ${k} của tháng ${month}: xây dựng kế hoạch, tổ chức thực hiện và báo cáo kết quả`,
          k % SLIPS.unit === 0 ? 'Trung tâm KTTCĐKCL' : k % SLIPS.outdated === 0 ? 'Phòng KH-CN' : UNITS[k % UNITS.length],
          k % 3 ? 'Văn phòng Sở, các phòng, đơn vị liên quan' : 'Sở Tài chính; UBND các xã',
          k % SLIPS.product ? 'Báo cáo' : '',
          k % SLIPS.leader ? LEADERS[k % LEADERS.length] : '',
          k % 5 ? `${(k % 28) + 1}/${month}/2025` : null,
          ['Đang thực hiện', 'Hoàn thành', null][k % 3],
          k % 11 ? null : 'Nhiệm vụ quan trọng tham mưu UBND tỉnh',
        ]);
      }
    }
  }
  ws.eachRow((row) => row.eachCell((cell) => (cell.style = CELL_STYLE)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The workbook is generated once; each run is a new Node process, so no run inherits the
 * generator's garbage or another run's warmed-up code. The figures are the runs' medians.
 */
async function main(): Promise<void> {
  const bytes = await generate();
  const dir = mkdtempSync(join(tmpdir(), 'ctct-bench-'));
  const file = process.env.BENCH_SAVE ?? join(dir, 'bench.xlsx');
  writeFileSync(file, bytes);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Plain node on the bundled engine, as `ctct check` runs it (src/cli/bundle.cjs), not through tsx.
    const out = execFileSync(process.execPath, [join(__dirname, 'run-measure.cjs'), file], { encoding: 'utf8' });
    runs.push(JSON.parse(out) as Run);
  }
  rmSync(dir, { recursive: true, force: true });
  const read = median(runs.map((r) => r.read));
  const engine = median(runs.map((r) => r.engine));
  console.log(`Tệp thử: ${TASKS} nhiệm vụ, ${(bytes.length / 1024 / 1024).toFixed(1)} MB; ${RUNS} lần đo, mỗi lần một tiến trình mới (trung vị)`);
  console.log(`Đọc bằng exceljs:     ${read.toFixed(0)} ms  (các lần: ${runs.map((r) => r.read.toFixed(0)).join(', ')})`);
  console.log(`Kiểm tra (engine):    ${engine.toFixed(0)} ms  (các lần: ${runs.map((r) => r.engine.toFixed(0)).join(', ')})`);
  const recheck = median(runs.map((r) => r.recheck));
  console.log(`Kiểm tra lại:         ${recheck.toFixed(0)} ms  (cùng tiến trình, như ngăn tác vụ sau khi sửa; các lần: ${runs.map((r) => r.recheck.toFixed(0)).join(', ')})`);
  // Each run's own ratio (its read and its check shared the machine's state), then their median.
  const ratio = (r: Run, t: number) => (t / r.read) * 100;
  const first = runs.map((r) => ratio(r, r.engine));
  console.log(
    `Tỉ lệ engine/đọc:     ${median(first).toFixed(0)}% lần đầu (các lần: ${first.map((x) => x.toFixed(0)).join(', ')}), ${median(runs.map((r) => ratio(r, r.recheck))).toFixed(0)}% kiểm tra lại  (mục tiêu < 25%)`,
  );
  console.log(`Bộ nhớ đỉnh (RSS):    ${median(runs.map((r) => r.peakMb)).toFixed(0)} MB`);
  console.log(`Kết quả: ${runs[0].tasks} nhiệm vụ, ${runs[0].findings} phát hiện`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
