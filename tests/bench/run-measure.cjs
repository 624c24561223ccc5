// `node run-measure.cjs FILE`: one bench measurement, printed as JSON (see measure.ts).
const path = require('node:path');
const { loadBundle } = require('../../src/cli/bundle.cjs');

loadBundle(path.join(__dirname, 'measure.ts'), 'bench-measure')
  .measure(process.argv[2])
  .then((run) => console.log(JSON.stringify(run)));
