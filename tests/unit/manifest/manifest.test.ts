/**
 * The add-in manifest, read offline (office-addin-manifest's reader and xml2js; its `validate`
 * command needs the network and is not called).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MIN_EXCEL_API } from '../../../src/excel/capabilities';

// xml2js (office-addin-manifest's own XML parser) ships no types.
const { parseStringPromise } = require('xml2js') as { parseStringPromise: (xml: string) => Promise<Record<string, unknown> & { OfficeApp: any }> };

const webpackConfig = require('../../../webpack.config.js');

const ROOT = path.resolve(__dirname, '../../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const DEV = 'https://localhost:3000/';

/**
 * office-addin-manifest's own reader, run in plain Node: its dependencies include ESM-only
 * packages that Jest on Node 20 cannot require.
 */
function readManifestInfo(file: string): Record<string, unknown> & { defaultSettings?: { sourceLocation?: string } } {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(${JSON.stringify(file)})
    .then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Every value of an attribute anywhere in the parsed XML. */
function collect(node: unknown, attr: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, attr, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$' && v && typeof v === 'object' && attr in v) out.push((v as Record<string, string>)[attr]);
      else collect(v, attr, out);
    }
  }
  return out;
}

function find(node: unknown, name: string, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => find(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === name) out.push(...(Array.isArray(v) ? v : [v]));
      find(v, name, out);
    }
  }
  return out;
}

/** What the production build emits: its HTML pages and copied files. */
function builtFiles(): { pages: string[]; copies: { from: string; to: string }[] } {
  const config = webpackConfig({}, { mode: 'production' });
  const pages = config.plugins
    .filter((p: { constructor: { name: string } }) => p.constructor.name === 'HtmlWebpackPlugin')
    .map((p: { userOptions: { filename: string } }) => p.userOptions.filename);
  const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === 'CopyPlugin');
  return { pages, copies: copy.patterns };
}

describe('manifest.xml', () => {
  let xml: string;
  let doc: Record<string, unknown>;
  beforeAll(async () => {
    xml = fs.readFileSync(MANIFEST, 'utf8');
    doc = await parseStringPromise(xml);
  });

  it('is a Workbook task pane add-in with a GUID id and the least permission that works', () => {
    const info = readManifestInfo(MANIFEST);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultLocale).toBe('vi-VN');
    expect(info.displayName).toMatch(/Chương trình công tác/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV}taskpane.html`);
  });

  it('declares the ExcelApi version the add-in cannot run without (the one it checks at run time)', () => {
    const sets = find(doc, 'Set') as { $: { Name: string; MinVersion: string } }[];
    expect(sets.map((s) => s.$)).toEqual([{ Name: 'ExcelApi', MinVersion: MIN_EXCEL_API }]);
  });

  it('has Vietnamese defaults and an English override for every user-visible string', () => {
    const app = (doc as { OfficeApp: Record<string, unknown[]> }).OfficeApp;
    for (const el of ['DisplayName', 'Description']) {
      const node = app[el][0] as { $: { DefaultValue: string }; Override: { $: { Locale: string; Value: string } }[] };
      expect(node.$.DefaultValue).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
      expect(node.Override.map((o) => o.$.Locale)).toEqual(['en-US']);
      expect(node.Override[0].$.Value).toMatch(/^[\x20-\x7E–«»]+$/);
    }
    const strings = find(doc, 'bt:String') as { $: { id: string; DefaultValue: string }; 'bt:Override'?: { $: { Locale: string } }[] }[];
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const s of strings) expect(s['bt:Override']?.map((o) => o.$.Locale)).toEqual(['en-US']);
    const short = find(doc, 'bt:ShortStrings')[0];
    for (const s of find(short, 'bt:String') as { $: { DefaultValue: string } }[]) expect(s.$.DefaultValue.length).toBeLessThanOrEqual(125);
    const long = find(doc, 'bt:LongStrings')[0];
    for (const s of find(long, 'bt:String') as { $: { DefaultValue: string } }[]) expect(s.$.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it('puts a button on the Home tab that opens the task pane, every resid defined', () => {
    const tabs = find(doc, 'OfficeTab') as { $: { id: string } }[];
    expect(tabs.map((t) => t.$.id)).toEqual(['TabHome']);
    const actions = find(doc, 'Action') as { $: { 'xsi:type': string } }[];
    expect(actions.map((a) => a.$['xsi:type'])).toEqual(['ShowTaskpane']);
    const defined = new Set(collect(find(doc, 'Resources'), 'id'));
    const used = collect(find(doc, 'DesktopFormFactor'), 'resid');
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(defined).toContain(id);
  });

  it('points only at files the build produces, under https://localhost:3000/ in development', () => {
    const { pages, copies } = builtFiles();
    // Every URL but the XML namespaces (and the comment that explains the rewrite).
    const body = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/xmlns(:\w+)?="[^"]*"/g, '');
    const urls = [...body.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) {
      expect(url.startsWith('https://localhost:3000')).toBe(true);
      const file = url.slice(DEV.length);
      if (file === '') continue; // the AppDomain
      if (file.endsWith('.html')) {
        expect(pages).toContain(file);
      } else {
        // A copied asset: the source file exists and a copy pattern takes it to this path.
        expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
        expect(copies.some((p) => p.from === 'assets/icon-*.png' && p.to === 'assets/[name][ext]' && file.startsWith('assets/icon-'))).toBe(true);
      }
    }
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'index.html', 'commands.html']));
  });

  it('has every icon at its declared pixel size', () => {
    const images = find(doc, 'bt:Image') as { $: { id?: string; size?: string; resid?: string; DefaultValue?: string } }[];
    const byId = new Map(images.filter((i) => i.$.id).map((i) => [i.$.id!, i.$.DefaultValue!]));
    const checked: string[] = [];
    for (const [id, url] of byId) {
      const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
      expect(pngSize(path.join(ROOT, url.slice(DEV.length)))).toEqual({ width: size, height: size });
      checked.push(url);
    }
    const app = (doc as { OfficeApp: Record<string, { $: { DefaultValue: string } }[]> }).OfficeApp;
    expect(pngSize(path.join(ROOT, app.IconUrl[0].$.DefaultValue.slice(DEV.length)))).toEqual({ width: 32, height: 32 });
    expect(pngSize(path.join(ROOT, app.HighResolutionIconUrl[0].$.DefaultValue.slice(DEV.length)))).toEqual({ width: 64, height: 64 });
    for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
    expect(checked).toHaveLength(3);
  });

  it('is rewritten for production from ADDIN_URL (as Microsoft’s template does)', async () => {
    const prod = webpackConfig.productionUrl('https://intranet.skhcn.quangngai.gov.vn/ctct');
    expect(prod).toBe('https://intranet.skhcn.quangngai.gov.vn/ctct/');
    const out: string = webpackConfig.rewriteManifest(xml, prod);
    expect(out).not.toContain('localhost');
    const parsed = await parseStringPromise(out);
    const app = parsed.OfficeApp;
    expect(app.AppDomains[0].AppDomain).toEqual(['https://intranet.skhcn.quangngai.gov.vn']);
    expect(app.DefaultSettings[0].SourceLocation[0].$.DefaultValue).toBe('https://intranet.skhcn.quangngai.gov.vn/ctct/taskpane.html');
    expect(() => webpackConfig.productionUrl('http://intranet/ctct/')).toThrow(/https/);
    expect(webpackConfig.rewriteManifest(xml, null)).toBe(xml);
  });
});
