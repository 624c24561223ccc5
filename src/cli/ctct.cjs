#!/usr/bin/env node
// The `ctct` command. Runs the TypeScript sources through tsx, so `npm ci` is all a machine needs.
require('tsx/cjs');
require('./main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
