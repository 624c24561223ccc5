/**
 * The Excel task pane's UI (issue 3) in headless Chromium at the pane's width, over an in-memory
 * ExcelHost holding a real workbook (pane-harness.tsx): the six tabs, keyboard use, layout, and
 * the screenshots the README shows. The Office.js adapter itself is tested in tests/unit/excel.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveDir, type StaticServer } from './server';
import { FIXTURES, launchChromium, ROOT, screenshot, watchErrors } from './support';

jest.setTimeout(120_000);

let dir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

/** Bundles the harness with esbuild (installed with tsx): seconds, not a full webpack build. */
async function bundleHarness(out: string) {
  const esbuildPath = require.resolve('esbuild', { paths: [ROOT, path.dirname(require.resolve('tsx/package.json', { paths: [ROOT] }))] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require(esbuildPath) as typeof import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'pane-harness.tsx')],
    bundle: true,
    outfile: path.join(out, 'harness.js'),
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const template = fs.readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8');
  // The same page as the pane's, without Office.js (the harness stands in for Excel).
  const html = template.replace(/<script src="[^"]*office\.js"><\/script>/, '').replace('</body>', '<script src="harness.js"></script></body>');
  fs.writeFileSync(path.join(out, 'index.html'), html);
  fs.copyFileSync(path.join(FIXTURES, 'phu-luc-II-2025.xlsx'), path.join(out, 'workbook.xlsx'));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-pane-'));
  await bundleHarness(dir);
  server = await serveDir(dir);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 350, height: 900 }, locale: 'vi-VN' });
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.waitForFunction(() => window.harness?.ready === true);
});

afterEach(async () => {
  await context?.close();
  expect(errors).toEqual([]);
});

const tab = (name: string) => page.getByRole('tab', { name });
const panel = (name: string) => page.getByRole('tabpanel', { name });

async function noHorizontalOverflow() {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

async function check() {
  await panel('Kiểm tra').getByTestId('check-button').click();
  await panel('Kiểm tra').getByTestId('check-result').waitFor();
}

test('Kiểm tra: 176 tasks checked, findings grouped, a click selects the cell in Excel', async () => {
  expect(await panel('Kiểm tra').getByTestId('check-idle').isVisible()).toBe(true);
  await screenshot(page, 'pane-start-350');
  await check();
  expect(await panel('Kiểm tra').getByTestId('check-result').textContent()).toContain('Đã kiểm tra 176 nhiệm vụ');
  const findings = panel('Kiểm tra').getByTestId('finding');
  expect(await findings.count()).toBeGreaterThan(0);
  const first = findings.first();
  await first.click();
  const expected = `${await first.getAttribute('data-sheet')}!${await first.getAttribute('data-column')}${await first.getAttribute('data-row')}`;
  await page.waitForFunction((want) => window.harness.selected.includes(want), expected);
  expect(await first.getAttribute('data-selected')).toBe('true');
  expect(await noHorizontalOverflow()).toBe(true);
  await screenshot(page, 'pane-check-350');

  await panel('Kiểm tra').getByTestId('group-by').selectOption('unit');
  expect(await panel('Kiểm tra').getByTestId('finding-group').count()).toBeGreaterThan(1);
  await screenshot(page, 'pane-check-by-unit-350');
});

test('the tabs work from the keyboard, with a visible focus', async () => {
  await tab('Kiểm tra').focus();
  await page.keyboard.press('ArrowRight');
  expect(await tab('Đánh dấu').evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await tab('Đánh dấu').getAttribute('aria-selected')).toBe('true');
  expect(await panel('Đánh dấu').isVisible()).toBe(true);
  // Tab reaches the panel's first button; Enter runs it.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  expect(focused).toBe('Đánh dấu các ô có phát hiện');
  await page.keyboard.press('Enter');
  await panel('Đánh dấu').getByTestId('mark-result').waitFor();
});

test('Đánh dấu: the marked cells are counted', async () => {
  await tab('Đánh dấu').click();
  await panel('Đánh dấu').getByRole('button', { name: 'Đánh dấu các ô có phát hiện' }).click();
  const result = panel('Đánh dấu').getByTestId('mark-result');
  await result.waitFor();
  // The harness counts the distinct cells of the findings it is given. On the active sheet
  // 'Phụ lục II', read by hand: 8 empty products (E), 7 empty leaders (F), 12 coordinating-unit
  // cells (D: 6 "TTCĐS&ĐMST", 1 "Trung tâm CĐS", 2 "CN&CN" spelt two ways; 3 outdated names; the
  // 23 "Văn Phòng Sở" differ in capitals only, which is no other spelling) and 1 unknown lead unit
  // (C161): 28 cells, no two findings on the same cell.
  expect(await result.textContent()).toBe('Đã đánh dấu 28 ô (tô màu và ghi chú).');
  expect(await noHorizontalOverflow()).toBe(true);
  await screenshot(page, 'pane-mark-350');
});

test('Sửa: preview, nothing written before confirming, apply, the journal, undo', async () => {
  await check();
  await tab('Sửa').click();
  const fix = panel('Sửa');
  const groups = fix.getByTestId('fix-group');
  expect(await groups.count()).toBeGreaterThan(0);
  const code = (await groups.first().getAttribute('data-code'))!;
  const before = await fix.getByTestId('fix-preview-one').count();

  const previewAll = groups.first().getByTestId('fix-preview-all');
  const announced = await previewAll.textContent();
  await previewAll.click();
  const preview = fix.getByTestId('fix-preview');
  await preview.waitFor();
  const changes = await preview.getByTestId('fix-change').count();
  expect(changes).toBeGreaterThan(0);
  // The button counts the cells the preview changes.
  expect(announced).toBe(changes === 1 ? 'Xem trước 1 ô' : `Xem trước cả ${changes} ô`);
  expect(await page.evaluate(() => window.harness.applied.length)).toBe(0);
  expect(await noHorizontalOverflow()).toBe(true);
  await screenshot(page, 'pane-fix-preview-350');

  await preview.getByRole('button', { name: /^Áp dụng \d+ thay đổi$/ }).click();
  await fix.getByTestId('fix-result').waitFor();
  expect(await fix.getByTestId('fix-result').textContent()).toBe(`Đã sửa ${changes} ô.`);
  expect(await page.evaluate(() => window.harness.applied.length)).toBe(1);
  // Re-checked: that kind's fixes are gone from the list; the journal shows each change.
  await page.waitForFunction(
    ([c, n]) => document.querySelectorAll(`[data-testid="fix-group"][data-code="${c}"] [data-testid="fix-preview-one"]`).length < Number(n),
    [code, String(before)],
  );
  expect(await fix.getByTestId('journal-entry').count()).toBe(changes);
  await screenshot(page, 'pane-fix-applied-350');

  await fix.getByRole('button', { name: 'Hoàn tác' }).click();
  await fix.getByTestId('undo-result').waitFor();
  expect(await fix.getByTestId('undo-result').textContent()).toBe(`Đã khôi phục ${changes} ô.`);
  await page.waitForFunction(
    (c) => document.querySelectorAll(`[data-testid="fix-group"][data-code="${c}"]`).length === 1,
    code,
  );
  expect(await fix.getByTestId('fix-preview-one').count()).toBe(before);
});

test("Tổng hợp: the pane calls the host's writeSummary once (harness stand-in) and shows the report's counts", async () => {
  await tab('Tổng hợp').click();
  await panel('Tổng hợp').getByRole('button', { name: 'Ghi trang Tổng hợp' }).click();
  await panel('Tổng hợp').getByTestId('summary-result').waitFor();
  expect(await panel('Tổng hợp').getByTestId('task-count').textContent()).toBe('176');
  expect(await panel('Tổng hợp').getByTestId('quarter-count-3').textContent()).toBe('96');
  expect(await panel('Tổng hợp').getByTestId('quarter-count-4').textContent()).toBe('80');
  expect(await page.evaluate(() => window.harness.summaries)).toBe(1);
  expect(await noHorizontalOverflow()).toBe(true);
  await screenshot(page, 'pane-summary-350');
});

test("Theo dõi: the pane shows the host's added and kept counts (harness stand-in), first and second run", async () => {
  await tab('Theo dõi').click();
  const p = panel('Theo dõi');
  await p.getByRole('button', { name: 'Cập nhật trang Theo dõi' }).click();
  await p.getByTestId('tracker-result').waitFor();
  expect(await p.getByTestId('tracker-added').textContent()).toBe('176');
  await p.getByRole('button', { name: 'Cập nhật trang Theo dõi' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="tracker-kept"]')?.textContent === '176');
  expect(await p.getByTestId('tracker-added').textContent()).toBe('0');
  expect(await noHorizontalOverflow()).toBe(true);
  await screenshot(page, 'pane-tracker-350');
});

test('Danh mục: insert, read back, and the check says it uses the sheet', async () => {
  await tab('Danh mục').click();
  const p = panel('Danh mục');
  await p.getByRole('button', { name: 'Chèn trang Danh mục mặc định' }).click();
  await p.getByTestId('insert-directory-result').waitFor();
  await p.getByRole('button', { name: 'Đọc danh mục trong sổ' }).click();
  await p.getByTestId('read-directory-result').waitFor();
  expect(await p.getByTestId('read-directory-result').textContent()).toMatch(/Sổ có trang "Danh mục": \d+ giai đoạn/);
  expect(await noHorizontalOverflow()).toBe(true);
  await screenshot(page, 'pane-directory-350');
  await tab('Kiểm tra').click();
  await check();
  expect(await panel('Kiểm tra').getByTestId('directory-source').textContent()).toBe('Đang dùng danh mục từ trang "Danh mục" trong sổ này.');
});

test('English', async () => {
  await check();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  expect(await tab('Check').getAttribute('aria-selected')).toBe('true');
  expect(await noHorizontalOverflow()).toBe(true);
  await screenshot(page, 'pane-check-en-350');
});
