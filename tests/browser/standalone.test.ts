/**
 * The standalone page (issue 4) in headless Debian Chromium: the real build, the real engine and
 * exceljs in the browser, the department's workbooks. No assertion depends on time.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveDir, type StaticServer } from './server';
import { buildSite, cleanTemp, FIXTURES, launchChromium, loadWorkbook, ROOT, rows, screenshot, tempDir, watchErrors } from './support';
import { FINDING_CATALOG, type FindingCode } from '../../src/engine/checks/catalog';

jest.setTimeout(180_000);

const SAMPLE = path.join(ROOT, 'assets/samples/chuong-trinh-cong-tac-mau.xlsx');

/**
 * The counts the documents state (headings "Quý III (96 nhiệm vụ)", "Gồm 26 nhiệm vụ"…). The
 * yearly workbooks' totals add their all-year headings: ctct-2024 = "Chỉ tiêu phân khai hàng năm:
 * Gồm 06" + trọng tâm 06 + xuyên suốt 15 + quarters 72 = 99; ctct-2025 = 06 + 13 + 26 = 45.
 */
const FIXTURES_EXPECTED: Record<string, { total: number; quarters: Record<number, number> }> = {
  'phu-luc-II-2025.xlsx': { total: 176, quarters: { 3: 96, 4: 80 } },
  'ctct-2024.xlsx': { total: 99, quarters: { 1: 26, 2: 19, 3: 13, 4: 14 } },
  'ctct-2024-dan-tu-pdf.xlsx': { total: 72, quarters: { 1: 26, 2: 19, 3: 13, 4: 14 } },
  'ctct-2025.xlsx': { total: 45, quarters: {} },
};

let site: { dir: string; dispose(): void };
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  site = await buildSite();
  server = await serveDir(site.dir);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.dispose();
  cleanTemp();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.getByTestId('sample-button').waitFor();
});

afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

async function open(...files: string[]) {
  await page.getByTestId('file-input').setInputFiles(files);
  await page.getByTestId('file-row').nth(files.length - 1).waitFor();
  await page.getByTestId('loading').waitFor({ state: 'detached' });
}

async function count(testId: string): Promise<number | null> {
  const el = page.getByTestId(testId);
  if ((await el.count()) === 0) return null;
  return Number((await el.first().textContent())?.trim());
}

test('the start page says no file leaves the machine; the sample shows its documented counts', async () => {
  expect(await page.getByTestId('privacy-note').textContent()).toContain('không tệp nào rời khỏi máy của bạn');
  expect(await page.getByTestId('file-input').getAttribute('type')).toBe('file');
  await screenshot(page, 'standalone-start-1280');
  await page.setViewportSize({ width: 350, height: 760 });
  await screenshot(page, 'standalone-start-350');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The build serves the bundled sample next to the page (webpack copies assets/samples/).
  const sample = await page.request.get(`${server.url}assets/samples/chuong-trinh-cong-tac-mau.xlsx`);
  expect({ status: sample.status(), need: 'webpack must copy assets/samples/*.xlsx to assets/samples/' }).toEqual({
    status: 200,
    need: 'webpack must copy assets/samples/*.xlsx to assets/samples/',
  });
  expect(Buffer.compare(await sample.body(), fs.readFileSync(SAMPLE))).toBe(0);
  await page.getByTestId('sample-button').click();
  await page.getByTestId('task-count').waitFor();
  expect(await count('task-count')).toBe(176);
  expect(await count('quarter-count-3')).toBe(96);
  expect(await count('quarter-count-4')).toBe(80);
  expect(await page.getByTestId('file-row').getAttribute('data-file')).toBe('chuong-trinh-cong-tac-mau.xlsx');
  expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
  // Declared vs actual per section, as the document states them.
  const sections = page.getByTestId('section-row');
  expect(await sections.count()).toBe(2);
  expect(await sections.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-mismatch')))).toEqual(['false', 'false']);
  await screenshot(page, 'standalone-sample-1280');
  await page.setViewportSize({ width: 350, height: 900 });
  await screenshot(page, 'standalone-sample-350');

  // Nothing was sent anywhere: the page only fetched its own files.
  expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
});

test.each(Object.entries(FIXTURES_EXPECTED))('fixture %s: task counts per quarter and sections', async (name, expected) => {
  await open(path.join(FIXTURES, name));
  expect(await page.getByTestId('error-message').count()).toBe(0);
  for (const q of [1, 2, 3, 4]) {
    expect([q, await count(`quarter-count-${q}`)]).toEqual([q, expected.quarters[q] ?? null]);
  }
  const total = await count('task-count');
  expect(total).toBe(expected.total);
  const quarters = Object.values(expected.quarters).reduce((a, b) => a + b, 0);
  expect(total).toBe(quarters + ((await count('all-year-count')) ?? 0));
  // Every heading's declared count matches the tasks read under it.
  const mismatches = await page.getByTestId('section-row').evaluateAll((rs) => rs.filter((r) => r.getAttribute('data-mismatch') === 'true').length);
  expect(mismatches).toBe(0);
  // Every fixture has findings; each names its sheet and cell.
  expect(await page.getByTestId('finding').count()).toBeGreaterThan(0);
  const first = page.getByTestId('finding').first();
  const sheet = await first.getAttribute('data-sheet');
  const row = await first.getAttribute('data-row');
  const column = await first.getAttribute('data-column');
  expect(await first.textContent()).toContain(`${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet!) ? sheet : `'${sheet}'`}!${column}${row}`);
});

test('drag and drop: a workbook dropped on the page is checked', async () => {
  const bytes = fs.readFileSync(path.join(FIXTURES, 'ctct-2024-dan-tu-pdf.xlsx')).toString('base64');
  const transfer = await page.evaluateHandle((b64) => {
    const raw = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([raw], 'keo-tha.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    return dt;
  }, bytes);
  const zone = page.getByTestId('drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  expect(await zone.textContent()).toContain('Thả tệp để kiểm tra');
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByTestId('task-count').waitFor();
  expect(await page.getByTestId('file-row').getAttribute('data-file')).toBe('keo-tha.xlsx');
  expect(await count('task-count')).toBe(72);
  expect(await count('quarter-count-1')).toBe(26);
});

test('a file that is not a workbook shows the Vietnamese error', async () => {
  const dir = tempDir('ctct-bad-');
  const bad = path.join(dir, 'ghi-chu.xlsx');
  fs.writeFileSync(bad, 'Đây là một tệp văn bản, không phải bảng tính.\n');
  await open(bad);
  const error = page.getByTestId('error-message');
  await error.waitFor();
  expect(await error.textContent()).toContain('Tệp “ghi-chu.xlsx” không phải là bảng tính Excel .xlsx: ');
  expect(await page.getByTestId('task-count').count()).toBe(0);
  expect(await page.getByTestId('download-button').count()).toBe(0);
  await page.setViewportSize({ width: 350, height: 600 });
  await screenshot(page, 'standalone-error-350');
});

test('clicking a finding highlights it and shows the cell, its task and its value; Enter works too', async () => {
  await open(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'));
  // A missing product: the task is known, the cell is empty.
  await page.getByTestId('filter-code').selectOption('missing-product');
  const finding = page.getByTestId('finding').first();
  const before = await finding.evaluate((el) => getComputedStyle(el).backgroundColor);
  await finding.click();
  expect(await finding.getAttribute('data-selected')).toBe('true');
  expect(await finding.getAttribute('aria-pressed')).toBe('true');
  expect(await finding.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
  const context = page.getByTestId('finding-context');
  expect(await context.getByTestId('context-address').textContent()).toBe(
    `'Phụ lục II'!${await finding.getAttribute('data-column')}${await finding.getAttribute('data-row')}`,
  );
  // The first empty product cell of the workbook is E34 (task 25; read from the workbook itself).
  expect(`${await finding.getAttribute('data-column')}${await finding.getAttribute('data-row')}`).toBe('E34');
  expect(await context.getByTestId('context-task').textContent()).toBe(
    '25. Mua sắm bổ sung bản quyền phần mềm cho Trung tâm dữ liệu tỉnh — Trung tâm CĐS&ĐMST',
  );
  expect(await context.getByTestId('context-value').textContent()).toBe('(trống)');
  await finding.scrollIntoViewIfNeeded();
  await screenshot(page, 'standalone-finding-selected-1280');

  // Keyboard: Tab to the next finding (the focus ring shows), Enter selects it.
  await finding.focus();
  await page.keyboard.press('Tab');
  const next = page.getByTestId('finding').nth(1);
  expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  expect(await next.getAttribute('data-selected')).toBe('true');
  expect(await finding.getAttribute('data-selected')).toBe('false');

  await page.setViewportSize({ width: 350, height: 900 });
  await next.scrollIntoViewIfNeeded();
  await screenshot(page, 'standalone-finding-selected-350');
});

test('download: the marked copy re-opens with its findings noted, the "Tổng hợp" and the "Theo dõi" sheets', async () => {
  await open(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'));
  const finding = page.getByTestId('finding').first();
  const cell = `${await finding.getAttribute('data-column')}${await finding.getAttribute('data-row')}`;
  const sheetName = (await finding.getAttribute('data-sheet'))!;
  const findingCount = await page.getByTestId('finding').count();
  // The page's findings per severity, counted from its list through the severity filter.
  const bySeverity: Record<string, number> = {};
  for (const sev of ['error', 'warning', 'info']) {
    await page.getByTestId('filter-severity').selectOption(sev);
    bySeverity[sev] = await page.getByTestId('finding').count();
  }
  await page.getByTestId('filter-severity').selectOption('');
  expect(bySeverity.error + bySeverity.warning + bySeverity.info).toBe(findingCount);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-button').click()]);
  expect(download.suggestedFilename()).toBe('phu-luc-II-2025 (đã kiểm tra).xlsx');
  const file = path.join(tempDir('ctct-dl-'), 'copy.xlsx');
  await download.saveAs(file);
  const wb = await loadWorkbook(file);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(['Phụ lục II', 'Tổng hợp', 'Theo dõi']));

  // The finding's cell carries a note.
  const note = wb.getWorksheet(sheetName)!.getCell(cell).note;
  const noteText = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
  expect(noteText.length).toBeGreaterThan(0);

  // Tổng hợp: the total, the quarter × unit table's totals row and the findings by severity.
  const summary = rows(wb.getWorksheet('Tổng hợp')!);
  const totalRow = summary.find((r) => r.includes('Tổng số nhiệm vụ'))!;
  expect(totalRow.slice(1, 3)).toEqual(['Tổng số nhiệm vụ', '176']);
  const header = summary.findIndex((r) => r[1] === 'Đơn vị chủ trì' && r.includes('Quý III'));
  expect(summary[header].slice(0, 5)).toEqual(['TT', 'Đơn vị chủ trì', 'Quý III', 'Quý IV', 'Tổng cộng']);
  // The unit rows count a task once per lead unit (the note says so): two tasks list two units,
  // "Phòng QLKH&ĐMST (chủ trì); Phòng BCVT&CĐS" (row 81, Quý III, task 70; row 170, Quý IV, task
  // 59), so they add up to 97 and 81. The totals row counts the document's tasks, each once.
  const totalsAt = summary.findIndex((r, i) => i > header && r[1] === 'Tổng số nhiệm vụ');
  expect(summary[totalsAt].slice(1, 5)).toEqual(['Tổng số nhiệm vụ', '96', '80', '176']);
  const unitRows = summary.slice(header + 1, totalsAt);
  expect([2, 3].map((c) => unitRows.reduce((n, r) => n + Number(r[c]), 0))).toEqual([97, 81]);
  expect(summary[totalsAt + 1][0]).toBe('Nhiệm vụ có nhiều đơn vị chủ trì được tính cho từng đơn vị; dòng "Tổng số nhiệm vụ" tính mỗi nhiệm vụ một lần.');
  const findingsHeading = summary.findIndex((r) => /^\d+\. Kết quả kiểm tra theo mức độ$/.test(r[0]));
  expect(summary.slice(findingsHeading + 1, findingsHeading + 6).map((r) => r.slice(0, 3))).toEqual([
    ['TT', 'Mức độ', 'Số lượng'],
    ['1', 'Lỗi (cần sửa)', String(bySeverity.error)],
    ['2', 'Cảnh báo (nên xem lại)', String(bySeverity.warning)],
    ['3', 'Thông tin', String(bySeverity.info)],
    ['', 'Tổng cộng', String(findingCount)],
  ]);

  // Theo dõi: one row per task, the statuses offered, each quarter's count.
  const tracker = rows(wb.getWorksheet('Theo dõi')!);
  const head = tracker[0];
  for (const col of ['Quý', 'Tháng', 'STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lãnh đạo chỉ đạo', 'Trạng thái', 'Nguồn']) expect(head).toContain(col);
  const quarter = head.indexOf('Quý');
  const data = tracker.slice(1).filter((r) => r[head.indexOf('Nhiệm vụ')]);
  expect(data).toHaveLength(176);
  expect(data.filter((r) => r[quarter] === '3')).toHaveLength(96);
  expect(data.filter((r) => r[quarter] === '4')).toHaveLength(80);
  // Statuses are blank until someone picks one (the source has none).
  expect(new Set(data.map((r) => r[head.indexOf('Trạng thái')]))).toEqual(new Set(['']));
});

test('three files at once: the combined counts add up, and the consolidated summary downloads', async () => {
  const names = ['phu-luc-II-2025.xlsx', 'ctct-2024.xlsx', 'ctct-2025.xlsx'];
  await open(...names.map((n) => path.join(FIXTURES, n)));
  const perFile = page.getByTestId('per-file-row');
  expect(await perFile.count()).toBe(3);
  const fileTotals = (await page.getByTestId('file-task-count').allTextContents()).map(Number);
  expect(await count('task-count')).toBe(fileTotals.reduce((a, b) => a + b, 0));
  expect(fileTotals[0]).toBe(176);
  for (const q of [1, 2, 3, 4]) {
    const sum = (await page.getByTestId(`file-quarter-count-${q}`).allTextContents()).map(Number).reduce((a, b) => a + b, 0);
    const documented = names.reduce((n, f) => n + (FIXTURES_EXPECTED[f].quarters[q] ?? 0), 0);
    expect([q, sum]).toEqual([q, documented]);
    expect([q, await count(`quarter-count-${q}`)]).toEqual([q, documented]);
  }
  // Findings of all files, each with its file.
  const files = await page.getByTestId('finding').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-file')))]);
  expect(files.sort()).toEqual([...names].sort());
  expect(await page.getByTestId('download-button').count()).toBe(3);
  await screenshot(page, 'standalone-three-files-1280');
  await page.setViewportSize({ width: 350, height: 900 });
  await screenshot(page, 'standalone-three-files-350');

  const total = await count('task-count');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-summary-button').click()]);
  const file = path.join(tempDir('ctct-dl-'), 'tong-hop.xlsx');
  await download.saveAs(file);
  const wb = await loadWorkbook(file);
  const summary = rows(wb.getWorksheet('Tổng hợp')!);
  expect(summary.find((r) => r.includes('Tổng số nhiệm vụ'))).toContain(String(total));

  // One file's own view.
  await page.getByTestId('view-picker').selectOption({ label: 'ctct-2024.xlsx' });
  expect(await count('quarter-count-1')).toBe(26);
  expect(await page.getByTestId('per-file-table').count()).toBe(0);
});

test('English: the page switches, the findings show the catalog title', async () => {
  await open(path.join(FIXTURES, 'ctct-2024.xlsx'));
  await page.getByRole('button', { name: 'Switch to English' }).click();
  expect(await page.getByTestId('privacy-note').textContent()).toContain('no file leaves your computer');
  // The finding shows its kind's English catalog title, not the Vietnamese one.
  const first = page.getByTestId('finding').first();
  const entry = FINDING_CATALOG[(await first.getAttribute('data-code')) as FindingCode];
  expect(await first.getByText(entry.titleEn, { exact: true }).count()).toBe(1);
  expect(await first.textContent()).not.toContain(entry.title);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.setViewportSize({ width: 350, height: 900 });
  await screenshot(page, 'standalone-english-350');
});

test('nothing overflows the 350 px pane width', async () => {
  await page.setViewportSize({ width: 350, height: 900 });
  await open(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'), path.join(FIXTURES, 'ctct-2024.xlsx'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // No two buttons of the file list overlap.
  const boxes = await page.locator('[data-testid="file-row"] button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap).toBe(false);
    }
  }
});

test('the task pane page opened outside Excel starts (Office.js reports no host) and points to this page', async () => {
  await page.goto(`${server.url}taskpane.html`);
  const notice = page.getByTestId('not-in-excel');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('Ngoài Excel, hãy mở trang kiểm tra tệp');
  // Office.js came from the build itself, not from the internet.
  expect(server.requests.some((r) => /office\/office\.js$/.test(r.url))).toBe(true);
  await notice.getByRole('link').click();
  await page.getByTestId('sample-button').waitFor();
});
