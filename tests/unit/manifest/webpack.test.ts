/**
 * The build configuration: pages, Office.js copied locally, the dev server, and the guard that
 * keeps exceljs out of the task pane bundle (exercised on a tiny real webpack build).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

const webpackConfig = require('../../../webpack.config.js');

const ROOT = path.resolve(__dirname, '../../..');
type Plugin = { constructor: { name: string }; userOptions?: { filename: string; chunks: string[]; templateContent: string } };

function pages(config: { plugins: Plugin[] }) {
  return config.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions!);
}

describe('webpack.config.js', () => {
  it('builds the pane, the standalone page and the commands page, Office.js referenced locally', () => {
    const config = webpackConfig({}, { mode: 'production' });
    expect(config.mode).toBe('production');
    expect(config.output.path).toBe(path.join(ROOT, 'dist'));
    expect(config.entry).toEqual({
      taskpane: './src/taskpane/index.tsx',
      standalone: './src/taskpane/standalone.tsx',
      commands: './src/commands/commands.ts',
    });
    const byName = Object.fromEntries(pages(config).map((p) => [p.filename, p]));
    expect(Object.keys(byName).sort()).toEqual(['commands.html', 'index.html', 'taskpane.html']);
    expect(byName['taskpane.html'].chunks).toEqual(['taskpane']);
    expect(byName['index.html'].chunks).toEqual(['standalone']);
    const officeTags = (html: string) => [...html.matchAll(/<script[^>]*src="([^"]*office[^"]*\.js)"/g)].map((m) => m[1]);
    expect(officeTags(byName['taskpane.html'].templateContent)).toEqual(['office/office.js']);
    expect(officeTags(byName['commands.html'].templateContent)).toEqual(['office/office.js']);
    expect(officeTags(byName['index.html'].templateContent)).toEqual([]); // the standalone page runs outside Office
    expect(byName['taskpane.html'].templateContent).not.toMatch(/https?:\/\/[^"]*office/i); // no CDN
  });

  it('copies the Office.js files Excel needs from @microsoft/office-js, and nothing for telemetry', () => {
    const dist = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
    for (const f of ['office.js', 'excel-web-16.00.js', 'excel-win32-16.01.js', 'excel-mac-16.00.js', 'vi-vn/office_strings.js', 'en-us/office_strings.js']) {
      expect(fs.existsSync(path.join(dist, f))).toBe(true);
    }
    const copy = webpackConfig({}, { mode: 'production' }).plugins.find((p: Plugin) => p.constructor.name === 'CopyPlugin');
    const froms: string[] = copy.patterns.map((p: { from: string }) => p.from);
    expect(froms).toEqual(expect.arrayContaining(['office.js', 'excel*.js', '*/office_strings*.js']));
    expect(froms.some((f) => /telemetry/.test(f))).toBe(false);
    expect(copy.patterns.find((p: { from: string }) => p.from === 'office.js').to).toBe('office/');
  });

  it('serves on port 3000: https with the office-addin-dev-certs certificates, else http, never prompting', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-home-'));
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-home-'));
    const saved = process.env.HOME;
    try {
      process.env.HOME = home;
      const plain = webpackConfig({}, { mode: 'development' }).devServer;
      expect(plain.port).toBe(3000);
      expect(plain.server).toEqual({ type: 'http' });
      expect(plain.open).toBe(false);

      const certs = path.join(home, '.office-addin-dev-certs');
      fs.mkdirSync(certs);
      for (const f of ['localhost.key', 'localhost.crt', 'ca.crt']) fs.writeFileSync(path.join(certs, f), `-- ${f} --`);
      const secure = webpackConfig({}, { mode: 'development' }).devServer;
      expect(secure.server.type).toBe('https');
      expect(secure.server.options.cert.toString()).toBe('-- localhost.crt --');
      expect(secure.server.options.ca.toString()).toBe('-- ca.crt --');

      // The listening message names the pages, and explains certificates when they are missing.
      const lines: string[] = [];
      process.env.HOME = bare;
      webpackConfig({}, { mode: 'development' }).devServer.onListening({ logger: { info: (s: string) => lines.push(s) } });
      expect(lines.join('\n')).toContain('http://localhost:3000/taskpane.html');
      expect(lines.join('\n')).toContain('npx office-addin-dev-certs install');
    } finally {
      process.env.HOME = saved;
      for (const d of [home, bare]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('EntryGuardPlugin keeps exceljs out of the task pane', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-guard-'));
    fs.mkdirSync(path.join(dir, 'node_modules/exceljs'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'node_modules/exceljs/package.json'), '{"name":"exceljs","main":"index.js"}');
    fs.writeFileSync(path.join(dir, 'node_modules/exceljs/index.js'), 'module.exports = { Workbook: function () {} };');
    fs.writeFileSync(path.join(dir, 'pane.js'), 'import { helper } from "./shared"; console.log(helper());');
    fs.writeFileSync(path.join(dir, 'leaky.js'), 'import "./shared"; const x = require("exceljs"); console.log(x);');
    fs.writeFileSync(path.join(dir, 'shared.js'), 'export const helper = () => 1;');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function build(entry: string, maxGzipBytes = 0): Promise<webpack.Stats> {
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry: { taskpane: `./${entry}`, standalone: './leaky.js' },
      output: { path: path.join(dir, 'dist', entry) },
      plugins: [new webpackConfig.EntryGuardPlugin({ entry: 'taskpane', forbidden: /[\\/]node_modules[\\/]exceljs[\\/]/, maxGzipBytes })],
    });
    return new Promise((resolve, reject) => compiler.run((err, stats) => (err ? reject(err) : compiler.close(() => resolve(stats!)))));
  }

  it('fails the build when the taskpane entry pulls exceljs in, not when another entry does', async () => {
    const bad = await build('leaky.js');
    expect(bad.hasErrors()).toBe(true);
    expect(bad.toJson().errors!.map((e) => e.message).join('\n')).toMatch(/Entry "taskpane" must not include .*node_modules\/exceljs\/index\.js/);
    const good = await build('pane.js');
    expect(good.hasErrors()).toBe(false);
  }, 30_000);

  it('fails the build when the taskpane entry is over its gzip budget', async () => {
    const over = await build('pane.js', 10);
    expect(over.toJson().errors!.map((e) => e.message).join('\n')).toMatch(/gzipped, over its 0 KB budget/);
  }, 30_000);

  it('is wired to the real taskpane entry with the 400 KB budget in production only', () => {
    const guard = (mode: string) => webpackConfig({}, { mode }).plugins.find((p: Plugin) => p.constructor.name === 'EntryGuardPlugin');
    expect(guard('production')).toMatchObject({ entry: 'taskpane', maxGzipBytes: 400 * 1024 });
    expect(guard('production').forbidden.test('/x/node_modules/exceljs/dist/exceljs.min.js')).toBe(true);
    expect(guard('development').maxGzipBytes).toBe(0);
  });
});
