// Runs a TypeScript entry point from one esbuild bundle of it, as webpack ships the engine to the
// pane: one file to load instead of a transpiled module per source file, and calls between modules
// that are plain calls. The bundle is kept in node_modules/.cache/ctct and rebuilt when one of the
// sources it was built from is newer than it, so an edited source is always what runs.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const ROOT = path.resolve(__dirname, '../..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'ctct');

/** The exports of `entry` (absolute path of a .ts file), run from its bundle named `name`. */
function loadBundle(entry, name) {
  const file = path.join(CACHE, `${name}.cjs`);
  const inputsFile = path.join(CACHE, `${name}.inputs.json`);
  if (isFresh(file, inputsFile)) return require(file);
  const { code, inputs } = build(entry);
  try {
    fs.mkdirSync(CACHE, { recursive: true });
    writeAtomically(inputsFile, JSON.stringify(inputs));
    writeAtomically(file, code);
    return require(file);
  } catch {
    // A read-only install: run the bundle without keeping it.
    return compile(code, file);
  }
}

function isFresh(file, inputsFile) {
  try {
    const built = fs.statSync(file).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
    return inputs.length > 0 && inputs.every((f) => fs.statSync(f).mtimeMs <= built);
  } catch {
    return false;
  }
}

function build(entry) {
  const esbuild = require('esbuild');
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    // npm packages load from node_modules as they are; only the project's sources are bundled.
    packages: 'external',
    // The entry finds its files (the bundled sample) from where its source is, not from the cache.
    define: { __dirname: JSON.stringify(path.dirname(entry)) },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((f) => path.resolve(f));
  return { code: result.outputFiles[0].text, inputs };
}

/** Concurrent runs (parallel tests) each write their own file and rename it: no half-written bundle. */
function writeAtomically(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function compile(code, file) {
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(code, file);
  return m.exports;
}

module.exports = { loadBundle, ROOT };
