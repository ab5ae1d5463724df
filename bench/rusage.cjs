// Preloaded (NODE_OPTIONS=--require) into a measured process where GNU time is missing: appends the
// process's own CPU time and peak RSS (worker threads included) to $BENCH_RUSAGE_FILE as it exits.
'use strict';
const fs = require('fs');
process.on('exit', () => {
  const file = process.env.BENCH_RUSAGE_FILE;
  if (!file) return;
  const u = process.resourceUsage();
  const line = { userMs: u.userCPUTime / 1000, sysMs: u.systemCPUTime / 1000, maxRssKB: u.maxRSS };
  fs.appendFileSync(file, JSON.stringify(line) + '\n');
});
