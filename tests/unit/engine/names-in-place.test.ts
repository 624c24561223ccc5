/**
 * Names in their place: a unit written in the leader column directs nothing, a leader in the
 * lead-unit column leads nothing (swapped-columns tells where they belong, once).
 */
import type { FileReport } from '../../../src/engine';
import { analyse, programme2025, sheet, task } from '../../helpers/grid';

const codesAt = (r: FileReport, row: number) => r.findings.filter((f) => f.row === row).map((f) => f.code);

it('a unit alone in the leader column is no leader: the task counts under no leader and is listed as missing one', () => {
  const r = analyse([sheet('PL', programme2025([task(1, 'Tổ chức hội thảo khởi nghiệp', { lead: 'Văn phòng Sở', leader: 'Phòng QLKH&ĐMST' }), task(2, 'Báo cáo quý III')]))]);
  expect(r.tasks[0].leaders).toEqual([]);
  expect(r.summary.byLeader).toEqual({ '(chưa có)': 1, 'PGĐ Sở Phan Văn Hiếu': 1 });
  expect(r.summary.missing.leader.map((m) => m.stt)).toEqual(['1']);
  // One finding at the cell: the swap, not a missing leader too.
  expect(codesAt(r, 6)).toEqual(['swapped-columns']);
});

it('a leader alone in the lead-unit column is no lead unit: the task counts under no unit and is listed as missing one', () => {
  const r = analyse([sheet('PL', programme2025([task(1, 'Tổ chức hội thảo khởi nghiệp', { lead: 'PGĐ Sở Phan Văn Hiếu' }), task(2, 'Báo cáo quý III')]))]);
  expect(r.tasks[0].leadUnits).toEqual([]);
  expect(r.summary.byLeadUnit).toEqual({ '(chưa có)': 1, 'Phòng QLKH&ĐMST': 1 });
  expect(r.summary.missing.lead.map((m) => m.stt)).toEqual(['1']);
  expect(codesAt(r, 6)).toEqual(['swapped-columns']);
});

it('a unit beside the leader still leaves the leader counted', () => {
  const r = analyse([sheet('PL', programme2025([task(1, 'Tổ chức hội thảo khởi nghiệp', { leader: 'PGĐ Sở Phan Văn Hiếu, Văn phòng Sở' })]))]);
  expect(r.tasks[0].leaders).toEqual(['PGĐ Sở Phan Văn Hiếu']);
  expect(r.summary.missing.leader).toEqual([]);
});

it('an old unit whose renames lead nowhere is the unit of the period bearing its very full name', () => {
  // 2024 "Phòng TĐC" (Quản lý Tiêu chuẩn Đo lường Chất lượng) merged into Phòng QLCN in 2025-03;
  // late 2025 has that full name again, as "Phòng QLTCĐLCL".
  const r = analyse([sheet('PL', programme2025([task(1, 'Kiểm tra đo lường hàng đóng gói sẵn', { lead: 'Phòng TĐC', coord: 'Phòng QLCN' })]))]);
  const outdated = r.findings.filter((f) => f.code === 'outdated-unit');
  expect(outdated.map((f) => [f.column, f.suggestion, f.fix])).toEqual([
    ['C', 'Đổi thành "Phòng QLTCĐLCL".', { value: 'Phòng QLTCĐLCL' }],
    // 2025-03 "Phòng QLCN" (Quản lý Chuyên ngành): no unit of late 2025 bears its name.
    ['D', null, null],
  ]);
});

it('a role written after a known leader ("Giám đốc Sở - Chủ tịch Hội đồng") is no unknown leader; a person after him still is', () => {
  const cells = ['Giám đốc Sở - Chủ tịch Hội đồng', 'PGĐ Sở Phan Văn Hiếu, Trưởng ban chỉ đạo', 'PGĐ Sở Mai Thoan – Tổ trưởng Tổ công tác', 'Giám đốc Sở - Nguyễn Văn Tâm', 'PGĐ Sở Phan Văn Hiếu - Mai Thoan', 'Giám đốc Sở - Trưởng BCĐ', 'Giám đốc Sở, HĐKH'];
  const r = analyse([sheet('PL', programme2025(cells.map((leader, i) => task(i + 1, `Nhiệm vụ số ${i + 1}`, { leader }))))]);
  expect(r.tasks.map((t) => t.leaders)).toEqual([['Giám đốc Sở'], ['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Mai Thoan'], ['Giám đốc Sở', 'Nguyễn Văn Tâm'], ['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan'], ['Giám đốc Sở'], ['Giám đốc Sở', 'HĐKH']]);
  // A person's name, or a word alone in capitals (a shorthand), is still looked at.
  expect(r.findings.filter((f) => f.code === 'unknown-leader').map((f) => [f.row, f.message])).toEqual([
    [9, 'Lãnh đạo "Nguyễn Văn Tâm" không có trong danh mục kỳ 2025-09.'],
    [12, 'Lãnh đạo "HĐKH" không có trong danh mục kỳ 2025-09.'],
  ]);
});

it('a role with a colon before known leaders ("Trưởng ban: PGĐ Sở Phan Văn Hiếu") is a label; a role in capitals after a leader is a remark', () => {
  const cells = ['Trưởng ban: PGĐ Sở Phan Văn Hiếu', 'Phó Trưởng ban thường trực: PGĐ Sở Mai Thoan; PGĐ Sở Phan Văn Hiếu', 'Giám đốc Sở - Trưởng Văn Phòng Sở', 'Trưởng ban: Nguyễn Văn Tâm', 'Trưởng ban: PGĐ Sở Phan Van Hieu'];
  const r = analyse([sheet('PL', programme2025(cells.map((leader, i) => task(i + 1, `Nhiệm vụ số ${i + 1}`, { leader }))))]);
  expect(r.tasks.map((t) => t.leaders)).toEqual([['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Mai Thoan', 'PGĐ Sở Phan Văn Hiếu'], ['Giám đốc Sở'], ['Trưởng ban: Nguyễn Văn Tâm'], ['PGĐ Sở Phan Văn Hiếu']]);
  // No role reported as a leader; a person no one knows still is, and a fix keeps the label.
  expect(r.findings.filter((f) => f.code === 'unknown-leader').map((f) => [f.row, f.fix?.value ?? null])).toEqual([
    [9, null],
    [10, 'Trưởng ban: PGĐ Sở Phan Văn Hiếu'],
  ]);
});

it('a role label on each part of a leader cell ("Trưởng ban: Giám đốc Sở; Phó ban: PGĐ Sở Mai Thoan") is no leader; an unknown person beside one still is', () => {
  const cells = ['Trưởng ban: Giám đốc Sở; Phó ban: PGĐ Sở Mai Thoan', 'Trưởng ban: Giám đốc Sở\nPhó ban: PGĐ Sở Phan Văn Hiếu', 'Trưởng ban: Giám đốc Sở; Nguyễn Văn Tâm'];
  const r = analyse([sheet('PL', programme2025(cells.map((leader, i) => task(i + 1, `Nhiệm vụ số ${i + 1}`, { leader }))))]);
  expect(r.tasks.map((t) => t.leaders)).toEqual([['Giám đốc Sở', 'PGĐ Sở Mai Thoan'], ['Giám đốc Sở', 'PGĐ Sở Phan Văn Hiếu'], ['Giám đốc Sở', 'Nguyễn Văn Tâm']]);
  expect(r.findings.filter((f) => f.code === 'unknown-leader').map((f) => [f.row, f.message])).toEqual([[8, 'Lãnh đạo "Nguyễn Văn Tâm" không có trong danh mục kỳ 2025-09.']]);
});

it('a leader cell of several parts each with a role ("Giám đốc Sở - Trưởng ban; PGĐ Sở Mai Thoan - Phó Trưởng ban") keeps every leader; "Lãnh đạo phụ trách:" before a name is a label', () => {
  const cells = ['Giám đốc Sở - Trưởng ban; PGĐ Sở Mai Thoan - Phó Trưởng ban', 'Lãnh đạo phụ trách: PGĐ Sở Mai Thoan', 'PGĐ Sở Phan Van Hieu - Trưởng ban; PGĐ Sở Mai Thoan'];
  const r = analyse([sheet('PL', programme2025(cells.map((leader, i) => task(i + 1, `Nhiệm vụ số ${i + 1}`, { leader }))))]);
  expect(r.tasks.map((t) => t.leaders)).toEqual([['Giám đốc Sở', 'PGĐ Sở Mai Thoan'], ['PGĐ Sở Mai Thoan'], ['PGĐ Sở Phan Văn Hiếu', 'PGĐ Sở Mai Thoan']]);
  expect(r.findings.filter((f) => f.code === 'unknown-leader').map((f) => [f.row, f.fix?.value])).toEqual([[8, 'PGĐ Sở Phan Văn Hiếu - Trưởng ban; PGĐ Sở Mai Thoan']]);
});

it('a misspelt leader with a role after him is fixed with the role kept', () => {
  const r = analyse([sheet('PL', programme2025([task(1, 'Họp Hội đồng', { leader: 'PGĐ Sở Phan Van Hieu - Chủ tịch Hội đồng' })]))]);
  const found = r.findings.filter((f) => f.code === 'unknown-leader');
  expect(found.map((f) => f.fix)).toEqual([{ value: 'PGĐ Sở Phan Văn Hiếu - Chủ tịch Hội đồng' }]);
});

it.each([
  ['Công an tỉnh, Bảo hiểm xã hội tỉnh', ['Công an tỉnh', 'Bảo hiểm xã hội tỉnh']],
  ['VNPT, Viettel, Mobifone Quảng Ngãi', ['VNPT', 'Viettel', 'Mobifone Quảng Ngãi']],
  ['Sở Nội vụ, Sở Tài chính và các đơn vị liên quan', ['Sở Nội vụ', 'Sở Tài chính', 'các đơn vị liên quan']],
  // One body's name, one group: whole.
  ['Hội đồng Thi đua, Khen thưởng tỉnh', ['Hội đồng Thi đua, Khen thưởng tỉnh']],
  ['Văn phòng Sở, các sở, ban, ngành', ['Văn phòng Sở', 'các sở, ban, ngành']],
  // A kind of body with a capital after a list of kinds goes on the list (Phụ lục II 2025 writes so).
  ['UBND các huyện, thành phố, Thị xã; UBND các xã/phường', ['UBND các huyện, thành phố, Thị xã', 'UBND các xã/phường']],
  ['Các phòng và đơn vị liên quan', ['Các phòng và đơn vị liên quan']],
  // A body named after a group's list is a party of its own; one more kind, capitalised or not, goes on the list.
  ['Các Sở, ban, ngành, UBND các huyện', ['Các Sở, ban, ngành', 'UBND các huyện']],
  ['Các sở, ngành, Công an tỉnh', ['Các sở, ngành', 'Công an tỉnh']],
  ['Các doanh nghiệp, HTX', ['Các doanh nghiệp', 'HTX']],
  ['Các Sở, Ban, Ngành', ['Các Sở, Ban, Ngành']],
  ['Các Sở, Ban, Ngành, Công an tỉnh', ['Các Sở, Ban, Ngành', 'Công an tỉnh']],
  // A body whose first word is not a kind's ("Bảo hiểm xã hội"), and a kind with where it is ("Ngành tỉnh").
  ['Các Sở, Ban, Ngành, Bảo hiểm xã hội tỉnh', ['Các Sở, Ban, Ngành', 'Bảo hiểm xã hội tỉnh']],
  ['Các Sở, Ban, Ngành tỉnh, Công an tỉnh', ['Các Sở, Ban, Ngành tỉnh', 'Công an tỉnh']],
  ['Các sở, ban, ngành, đoàn thể liên quan, Liên đoàn Lao động tỉnh', ['Các sở, ban, ngành, đoàn thể liên quan', 'Liên đoàn Lao động tỉnh']],
  ['Các đơn vị, Chuyên gia', ['Các đơn vị, Chuyên gia']],
  ['Các phòng, Trung tâm', ['Các phòng, Trung tâm']],
])('lists the coordinating bodies of %j one by one', (coord, expected) => {
  const r = analyse([sheet('PL', programme2025([task(1, 'Triển khai cơ sở dữ liệu', { coord })]))]);
  expect(r.tasks[0].coordinatingUnits).toEqual(expected);
  expect(r.findings).toEqual([]);
});

it('a leader of an earlier period named without his surname ("PGĐ Công Hòa") is that leader, as by his given name alone', () => {
  const leaders = ['PGĐ Công Hòa', 'PGĐ Hòa', 'PGĐ Sở Trần Công Hòa'];
  const r = analyse([sheet('PL', programme2025(leaders.map((leader, i) => task(i + 1, `Kiểm tra đo lường số ${i + 1}`, { leader }))))]);
  expect(r.summary.byLeader).toEqual({ 'PGĐ Sở Trần Công Hòa': 3 });
  expect(r.findings.filter((f) => f.code === 'unknown-leader').map((f) => f.message)[0]).toBe('Lãnh đạo "PGĐ Công Hòa" không có trong danh mục kỳ 2025-09 (tên này có trong kỳ 2025-03).');
});

it('a "+" typed without spaces between two known units parts them, as "/" does', () => {
  const r = analyse([sheet('PL', programme2025([task(1, 'Tổ chức Ngày hội khởi nghiệp', { lead: 'Phòng QLKH&ĐMST+Văn phòng Sở' }), task(2, 'Báo cáo số', { lead: 'QLKH&ĐMST+BCVT&CĐS' })]))]);
  expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Phòng QLKH&ĐMST', 'Văn phòng Sở'], ['Phòng QLKH&ĐMST', 'Phòng BCVT&CĐS']]);
  expect(r.findings.filter((f) => f.code === 'unknown-unit')).toEqual([]);
});

it('a remark in lower case after a unit ("Phòng QLKH&ĐMST - đầu mối", "Văn phòng Sở, tổng hợp") is no unit and needs no fix', () => {
  const leads = ['Phòng QLKH&ĐMST - đầu mối', 'Văn phòng Sở, tổng hợp', 'Phòng KH-CN - đầu mối', 'Phòng QLKH&ĐMST - Văn phòng Sở'];
  const r = analyse([sheet('PL', programme2025(leads.map((lead, i) => task(i + 1, `Tổ chức sự kiện số ${i + 1}`, { lead }))))]);
  expect(r.tasks.map((t) => t.leadUnits)).toEqual([['Phòng QLKH&ĐMST'], ['Văn phòng Sở'], ['Phòng QLKH&ĐMST'], ['Phòng QLKH&ĐMST', 'Văn phòng Sở']]);
  // The old name alone is reported, and its fix keeps the remark.
  expect(r.findings.map((f) => [f.code, f.row, f.fix])).toEqual([['outdated-unit', 8, { value: 'Phòng QLKH&ĐMST - đầu mối' }]]);
});

it('"Các đồng chí PGĐ Sở", "Các Lãnh đạo Sở" name the deputies, the leadership: no title without a name', () => {
  const leaders = ['Các đồng chí PGĐ Sở', 'Các đ/c Phó Giám đốc Sở', 'Các đồng chí Lãnh đạo Sở', 'Các Lãnh đạo Sở'];
  const r = analyse([sheet('PL', programme2025(leaders.map((leader, i) => task(i + 1, `Hội nghị số ${i + 1}`, { leader }))))]);
  expect(r.summary.byLeader).toEqual({ 'Các PGĐ Sở': 2, 'Lãnh đạo Sở': 2 });
  expect(r.findings).toEqual([]);
});

it('a note of who coordinates in the leader cell ("Phối hợp: Văn phòng Sở", after ";" or on its own line) is no unit in the wrong column: the leader counts, the unit coordinates', () => {
  const leaders = ['PGĐ Sở Phan Văn Hiếu\nPhối hợp: Văn phòng Sở', 'PGĐ Sở Phan Văn Hiếu; Phối hợp: Văn phòng Sở', 'Giám đốc Sở, phối hợp: Sở Tài chính', 'PGĐ Sở Mai Thoan; PH: Phòng KH-CN'];
  const r = analyse([sheet('PL', programme2025(leaders.map((leader, i) => task(i + 1, `Triển khai nhiệm vụ số ${i + 1}`, { leader, coord: 'Sở Nội vụ' }))))]);
  expect(r.tasks.map((t) => [t.leaders, t.coordinatingUnits])).toEqual([
    [['PGĐ Sở Phan Văn Hiếu'], ['Sở Nội vụ', 'Văn phòng Sở']],
    [['PGĐ Sở Phan Văn Hiếu'], ['Sở Nội vụ', 'Văn phòng Sở']],
    [['Giám đốc Sở'], ['Sở Nội vụ', 'Sở Tài chính']],
    [['PGĐ Sở Mai Thoan'], ['Sở Nội vụ', 'Phòng QLKH&ĐMST']],
  ]);
  expect(r.summary.byLeader).toEqual({ 'PGĐ Sở Phan Văn Hiếu': 2, 'Giám đốc Sở': 1, 'PGĐ Sở Mai Thoan': 1 });
  // An old name there is checked as in the coordinating column (info), its fix keeping the label.
  expect(r.findings.map((f) => [f.code, f.row, f.column, f.severity, f.fix?.value])).toEqual([['outdated-unit', 9, 'F', 'info', 'PGĐ Sở Mai Thoan; PH: Phòng QLKH&ĐMST']]);
  // A leader after the label is one more leader of the task, not a unit.
  const leader = analyse([sheet('PL', programme2025([task(1, 'Hội nghị', { leader: 'PGĐ Sở Mai Thoan\nPhối hợp: PGĐ Sở Phan Văn Hiếu' })]))]);
  expect(leader.tasks[0].leaders).toEqual(['PGĐ Sở Mai Thoan', 'PGĐ Sở Phan Văn Hiếu']);
});

it('a leader by his given name ("Đ/c Hiếu", "Đc Hiếu") before a note of who coordinates counts as in its long form; the note is no swapped column', () => {
  const leaders = ['Đ/c Hiếu; Phối hợp: phòng KH-CN', 'Đc Hiếu; Phối hợp: phòng KH-CN', 'Đ/c Hiếu'];
  const r = analyse([sheet('PL', programme2025(leaders.map((leader, i) => task(i + 1, `Triển khai nhiệm vụ số ${i + 1}`, { leader, coord: 'Sở Nội vụ' }))))]);
  expect(r.tasks.map((t) => t.leaders)).toEqual([['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Phan Văn Hiếu'], ['PGĐ Sở Phan Văn Hiếu']]);
  expect(r.tasks[0].coordinatingUnits).toEqual(['Sở Nội vụ', 'Phòng QLKH&ĐMST']);
  expect(r.summary.byLeader).toEqual({ 'PGĐ Sở Phan Văn Hiếu': 3 });
  expect(r.findings.map((f) => f.code).filter((c) => c === 'swapped-columns' || c === 'missing-leader' || c === 'unknown-leader')).toEqual([]);
});

it('"Giám đốc Sở chủ trì" in the leader column is the director, "chủ trì" a remark', () => {
  const r = analyse([sheet('PL', programme2025([task(1, 'Hội nghị tổng kết', { leader: 'Giám đốc Sở chủ trì' }), task(2, 'Hội nghị sơ kết', { leader: 'Giám đốc Sở (chủ trì)' })]))]);
  expect(r.tasks.map((t) => t.leaders)).toEqual([['Giám đốc Sở'], ['Giám đốc Sở']]);
  expect(r.findings.map((f) => f.code)).toEqual([]);
});

it('a missing leader is hinted from the leader the sheet\'s other tasks of that unit name, else from the directory', () => {
  const cn = (n: number, leader: string) => task(n, `Nhiệm vụ công nghệ số ${n}`, { lead: 'Phòng QLCN&CN', leader });
  const r = analyse([sheet('PL', programme2025([cn(1, 'PGĐ Sở Mai Thoan'), cn(2, ''), cn(3, 'PGĐ Sở Mai Thoan'), task(4, 'Báo cáo năm', { lead: 'Văn phòng Sở', leader: '' })]))]);
  expect(r.findings.filter((f) => f.code === 'missing-leader').map((f) => [f.row, f.suggestion])).toEqual([
    [7, 'Các nhiệm vụ khác của Phòng QLCN&CN trong trang tính do PGĐ Sở Mai Thoan chỉ đạo.'],
    [9, 'Lãnh đạo thường chỉ đạo Văn phòng Sở trong danh mục: Giám đốc Sở.'],
  ]);
  // Two leaders named for the unit: the directory's.
  const two = analyse([sheet('PL', programme2025([cn(1, 'PGĐ Sở Mai Thoan'), cn(2, ''), cn(3, 'PGĐ Sở Phan Văn Hiếu')]))]);
  expect(two.findings.filter((f) => f.code === 'missing-leader').map((f) => f.suggestion)).toEqual(['Lãnh đạo thường chỉ đạo Phòng QLCN&CN trong danh mục: PGĐ Sở Nguyễn Trọng Tâm.']);
});

it('a missing leader\'s hint comes from its own sheet\'s tasks of that unit, not from another sheet\'s', () => {
  const cn = (n: number, leader: string) => task(n, `Nhiệm vụ công nghệ số ${n}`, { lead: 'Phòng QLCN&CN', leader });
  const r = analyse([sheet('PL', programme2025([cn(1, 'PGĐ Sở Mai Thoan'), cn(2, 'PGĐ Sở Mai Thoan')])), sheet('PL2', programme2025([cn(1, ''), cn(2, 'PGĐ Sở Phan Văn Hiếu')]))]);
  expect(r.findings.filter((f) => f.code === 'missing-leader').map((f) => [f.sheet, f.row, f.suggestion])).toEqual([
    ['PL2', 6, 'Các nhiệm vụ khác của Phòng QLCN&CN trong trang tính do PGĐ Sở Phan Văn Hiếu chỉ đạo.'],
  ]);
});
