/**
 * Build and dev server for the add-in.
 *
 *   webpack --mode production       → dist/ (manifest URLs rewritten to $ADDIN_URL)
 *   webpack serve --mode development → https://localhost:3000 (http when no dev certificates)
 *
 * Pages: taskpane.html (the pane in Excel; Office.js from ./office/, copied from
 * @microsoft/office-js, no internet needed), index.html (the standalone page at the root URL;
 * it bundles exceljs, the pane must not) and commands.html (the ribbon's function file).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;
const OFFICE_DIST = path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist');
/** The budget for the pane's own bundle. */
const TASKPANE_GZIP_BUDGET = 400 * 1024;

/**
 * Fails the build when an entry's chunks contain a forbidden module (exceljs in the task pane),
 * or, in production, when the entry is over its gzip budget.
 */
class EntryGuardPlugin {
  constructor({ entry, forbidden, maxGzipBytes }) {
    this.entry = entry;
    this.forbidden = forbidden;
    this.maxGzipBytes = maxGzipBytes;
  }

  apply(compiler) {
    const { WebpackError, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('EntryGuardPlugin', (compilation) => {
      compilation.hooks.afterSeal.tap('EntryGuardPlugin', () => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) return;
        const found = new Set();
        for (const chunk of entrypoint.chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            for (const inner of module.modules || [module]) {
              const resource = inner.resource || inner.userRequest || '';
              if (this.forbidden.test(resource)) found.add(path.relative(compiler.context, resource));
            }
          }
        }
        if (found.size) {
          compilation.errors.push(
            new WebpackError(
              `Entry "${this.entry}" must not include ${this.forbidden}: ${[...found].slice(0, 5).join(', ')}` +
                ` (the task pane reads Excel through Office.js; exceljs belongs to the standalone page).`,
            ),
          );
        }
      });
      if (!this.maxGzipBytes) return;
      compilation.hooks.processAssets.tap({ name: 'EntryGuardPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (!entrypoint) return;
        let total = 0;
        for (const file of entrypoint.getFiles()) {
          if (!file.endsWith('.js') || !assets[file]) continue;
          total += zlib.gzipSync(assets[file].buffer()).length;
        }
        if (total > this.maxGzipBytes) {
          compilation.errors.push(
            new WebpackError(`Entry "${this.entry}" is ${Math.round(total / 1024)} KB gzipped, over its ${Math.round(this.maxGzipBytes / 1024)} KB budget.`),
          );
        }
      });
    });
  }
}

/** `https://intranet/ctct/` from $ADDIN_URL (a trailing slash added); null when unset. */
function productionUrl(value) {
  if (!value) return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be https (Office loads add-ins only over https): ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest with every https://localhost:3000 URL moved to `prodUrl` (AppDomain: its origin). */
function rewriteManifest(xml, prodUrl) {
  if (!prodUrl) return xml;
  return xml.split(DEV_URL).join(prodUrl).split(DEV_URL.slice(0, -1)).join(new URL(prodUrl).origin);
}

/** A page template from src/taskpane; the add-in's gets Office.js from our local copy. */
function pageTemplate(file, withOffice) {
  let html = fs.readFileSync(path.resolve(__dirname, file), 'utf8');
  if (withOffice) {
    // A plain (blocking) script runs before the deferred bundle. Relative, so the add-in works
    // under any path of an intranet server.
    html = html.replace(/<\/head>/i, '    <script src="office/office.js"></script>\n  </head>');
  }
  return html;
}

/** The dev certificates office-addin-dev-certs installs (~/.office-addin-dev-certs), when present. */
function devCertificates() {
  const home = process.env.HOME || process.env.USERPROFILE || os.homedir();
  const dir = path.join(home, '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const found = {};
  for (const [k, f] of Object.entries(files)) {
    const p = path.join(dir, f);
    if (fs.existsSync(p)) found[k] = fs.readFileSync(p);
  }
  return found.key && found.cert ? found : null;
}

/**
 * Which Office.js files to copy: the loader, Excel's host scripts and the UI strings of every
 * language. Copied byte for byte: Microsoft ships them minified, and `info.minimized` keeps the
 * production minimizer from rewriting them (and from adding *.LICENSE.txt files next to them).
 */
function officePatterns(dev) {
  const ignore = dev ? [] : ['**/*.debug.js'];
  const info = { minimized: true };
  const from = (glob) => ({ from: glob, context: OFFICE_DIST, to: 'office/', globOptions: { ignore }, noErrorOnMissing: false, info });
  return [
    from('office.js'),
    ...(dev ? [from('office.debug.js')] : []),
    from('excel*.js'),
    from('es6-promise*.js'),
    from('o15apptofilemappingtable*.js'),
    { from: '*/office_strings*.js', context: OFFICE_DIST, to: 'office/', globOptions: { ignore }, info },
    { from: 'agaveerrorux/**/*', context: OFFICE_DIST, to: 'office/', info },
    // Not copied: telemetry/ and ariatelemetry/ (Office.js runs without them), other hosts' scripts.
  ];
}

function config(env = {}, argv = {}) {
  const mode = argv.mode || env.mode || 'development';
  const dev = mode !== 'production';
  const prodUrl = dev ? null : productionUrl(process.env.ADDIN_URL);
  const certs = dev ? devCertificates() : null;
  const guard = new EntryGuardPlugin({
    entry: 'taskpane',
    forbidden: /[\\/]node_modules[\\/]exceljs[\\/]/,
    maxGzipBytes: dev ? 0 : TASKPANE_GZIP_BUDGET,
  });

  return {
    mode,
    context: __dirname,
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      standalone: './src/taskpane/standalone.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
      publicPath: 'auto',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type-checking is `npm run typecheck`; the build only transpiles (ES modules, for tree shaking).
            options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'es2020', sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        templateContent: pageTemplate('src/taskpane/taskpane.html', true),
      }),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        chunks: ['standalone'],
        templateContent: pageTemplate('src/taskpane/standalone.html', false),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        chunks: ['commands'],
        templateContent: pageTemplate('src/commands/commands.html', true),
      }),
      new CopyWebpackPlugin({
        patterns: [
          ...officePatterns(dev),
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          // "Xem thử với tệp mẫu" fetches the bundled sample next to the standalone page.
          { from: 'assets/samples/*.xlsx', to: 'assets/samples/[name][ext]' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : rewriteManifest(content.toString(), prodUrl)),
          },
        ],
      }),
      guard,
      {
        apply(compiler) {
          if (dev || prodUrl) return;
          compiler.hooks.beforeRun.tap('ctct', () =>
            console.warn('[ctct] ADDIN_URL is not set: dist/manifest.xml keeps https://localhost:3000/ (set ADDIN_URL=https://… to deploy).'),
          );
        },
      },
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      open: false,
      hot: true,
      client: { overlay: { warnings: false } },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: certs ? { type: 'https', options: certs } : { type: 'http' },
      onListening(devServer) {
        const scheme = certs ? 'https' : 'http';
        const base = `${scheme}://localhost:${PORT}/`;
        const lines = [
          '',
          `  CTCT — ngăn tác vụ (task pane):  ${base}taskpane.html`,
          `  CTCT — trang độc lập (standalone): ${base}`,
          `  Manifest: ${base}manifest.xml`,
        ];
        if (!certs) {
          lines.push(
            '',
            '  Không có chứng chỉ HTTPS cho localhost (~/.office-addin-dev-certs/localhost.crt và localhost.key),',
            '  nên máy chủ chạy bằng http: trang độc lập dùng được trong trình duyệt, còn Excel chỉ nạp add-in qua https.',
            '  Trên Windows/Mac: chạy `npx office-addin-dev-certs install` (một lần), rồi `npm start` lại.',
            '  No HTTPS certificates for localhost: serving over http. Excel needs https — on Windows/Mac run',
            '  `npx office-addin-dev-certs install` once, then `npm start` again.',
          );
        }
        lines.push('');
        (devServer.logger || console).info(lines.join('\n'));
      },
    },
  };
}

module.exports = config;
module.exports.EntryGuardPlugin = EntryGuardPlugin;
module.exports.rewriteManifest = rewriteManifest;
module.exports.productionUrl = productionUrl;
module.exports.DEV_URL = DEV_URL;
module.exports.officePatterns = officePatterns;
module.exports.OFFICE_DIST = OFFICE_DIST;
