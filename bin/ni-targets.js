#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (built by `npm run build:cli`, also on `npm ci` via prepare).
'use strict';
const path = require('path');
const fs = require('fs');
const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  console.error(
    'ni-targets: not built yet; run `npm run build:cli` (or use `npm run ni-targets -- ...` in a checkout).',
  );
  process.exit(2);
}
require(compiled)
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
