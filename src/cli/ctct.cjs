#!/usr/bin/env node
// The `ctct` command: the TypeScript CLI run from its bundle (see bundle.cjs), so `npm ci` is all a machine needs.
const path = require('node:path');
const { loadBundle } = require('./bundle.cjs');

loadBundle(path.join(__dirname, 'main.ts'), 'cli')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
