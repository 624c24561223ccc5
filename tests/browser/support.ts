/**
 * Real-browser test support: build the site once with the project's webpack config (into a temp
 * folder, so `dist/` is left alone), serve it on 127.0.0.1, drive Debian Chromium.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { chromium, type Browser, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
/**
 * `npm run screenshots` refreshes the committed pictures the README shows; ordinary test runs write
 * theirs to a temporary folder so a test run never changes the working tree.
 */
export const SCREENSHOTS = process.env.CTCT_SCREENSHOTS ? path.join(ROOT, 'assets/screenshots') : path.join(os.tmpdir(), 'ctct-screenshots');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The built site: `CTCT_SITE_DIR` when set (a build made beforehand, e.g. `dist/`), else a fresh
 * production build of the project's webpack config.
 */
export async function buildSite(): Promise<{ dir: string; dispose(): void }> {
  const given = process.env.CTCT_SITE_DIR;
  if (given) {
    if (!fs.existsSync(path.join(given, 'index.html'))) throw new Error(`CTCT_SITE_DIR=${given} has no index.html`);
    return { dir: given, dispose: () => undefined };
  }
  const config = path.join(ROOT, 'webpack.config.js');
  if (!fs.existsSync(config)) throw new Error('webpack.config.js is missing: the standalone page cannot be built');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-site-'));
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  try {
    await promisify(execFile)(process.execPath, [cli, '--config', config, '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`webpack build failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
  if (!fs.existsSync(path.join(out, 'index.html'))) {
    throw new Error(`the build has no index.html at its root (the standalone page): ${fs.readdirSync(out).join(', ')}`);
  }
  return { dir: out, dispose: () => fs.rmSync(out, { recursive: true, force: true }) };
}

/** A temporary folder removed by `cleanTemp()` (downloads, bad files). */
const temps: string[] = [];
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
export function cleanTemp(): void {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** Collects page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // Transitions finished, caret hidden: the picture shows the settled state.
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled', caret: 'hide' });
  return file;
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A cell's value as plain text (rich text flattened, formulas' results). */
export function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return text(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return '';
  }
  return String(v);
}

/** Every row as texts (index 0 = column A). */
export function rows(ws: ExcelJS.Worksheet): string[][] {
  const out: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = text(cell.value);
    });
    out.push(Array.from(cells, (c) => c ?? ''));
  });
  return out;
}
