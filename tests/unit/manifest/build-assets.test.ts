/**
 * What the production build copies as it is: Microsoft's Office.js (already minified; the build
 * must not minify it again, nor add *.LICENSE.txt files), and the pages' favicon.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack from 'webpack';

const webpackConfig = require('../../../webpack.config.js');
const CopyPlugin = require('copy-webpack-plugin');

const ROOT = path.resolve(__dirname, '../../..');
type Pattern = { from: string; context?: string; to: string; info?: { minimized?: boolean } };
type Plugin = { constructor: { name: string }; patterns?: Pattern[]; userOptions?: { filename: string; templateContent: string } };

function copyPatterns(mode: string): Pattern[] {
  return webpackConfig({}, { mode }).plugins.find((p: Plugin) => p.constructor.name === 'CopyPlugin').patterns;
}

describe('Office.js is copied byte for byte', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('marks every Office.js copy as already minimized, in production and development', () => {
    for (const mode of ['production', 'development']) {
      const office = copyPatterns(mode).filter((p) => p.context === webpackConfig.OFFICE_DIST);
      expect(office.map((p) => p.from)).toEqual(expect.arrayContaining(['office.js', 'excel*.js', '*/office_strings*.js']));
      for (const p of office) expect(p.info).toEqual({ minimized: true });
    }
  });

  it('a production build leaves office/office.js and a strings file identical to @microsoft/office-js, with no LICENSE files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctct-office-'));
    made.push(dir);
    fs.writeFileSync(path.join(dir, 'entry.js'), 'console.log("ctct");');
    // The real patterns for the loader and one language (all of them would only take longer).
    const patterns = copyPatterns('production').filter((p) => p.from === 'office.js' || p.from === '*/office_strings*.js');
    const compiler = webpack({
      mode: 'production',
      context: ROOT,
      entry: path.join(dir, 'entry.js'),
      output: { path: path.join(dir, 'dist') },
      plugins: [new CopyPlugin({ patterns: patterns.map((p) => (p.from.startsWith('*/') ? { ...p, from: 'vi-vn/office_strings*.js' } : p)) })],
    });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      compiler.run((err, s) => (err ? reject(err) : compiler.close(() => resolve(s!)))),
    );
    expect(stats.hasErrors()).toBe(false);
    const out = path.join(dir, 'dist/office');
    for (const file of ['office.js', 'vi-vn/office_strings.js']) {
      const built = fs.readFileSync(path.join(out, file));
      expect(built.equals(fs.readFileSync(path.join(webpackConfig.OFFICE_DIST, file)))).toBe(true);
    }
    const all = fs.readdirSync(out, { recursive: true }).map(String);
    expect(all.filter((f) => f.endsWith('.LICENSE.txt'))).toEqual([]);
  }, 60_000);
});

describe('favicon', () => {
  it('the pane and the standalone page link assets/icon-32.png, which the build copies there', () => {
    const config = webpackConfig({}, { mode: 'production' });
    const pages = config.plugins.filter((p: Plugin) => p.constructor.name === 'HtmlWebpackPlugin').map((p: Plugin) => p.userOptions!);
    for (const name of ['taskpane.html', 'index.html']) {
      const html = pages.find((p: { filename: string }) => p.filename === name)!.templateContent;
      expect(html).toMatch(/<link rel="icon" type="image\/png"[^>]* href="assets\/icon-32\.png"/);
    }
    expect(fs.existsSync(path.join(ROOT, 'assets/icon-32.png'))).toBe(true);
    expect(copyPatterns('production')).toContainEqual(expect.objectContaining({ from: 'assets/icon-*.png', to: 'assets/[name][ext]' }));
  });
});
