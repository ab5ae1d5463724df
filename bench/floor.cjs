// The floor a workbook reader cannot go under: unzip the sheet parts (fflate, as the CLI's file layer
// does) and scan their XML once, counting the <c> elements. Run as its own process, so it is measured as
// the CLI is (Node's start included):  node bench/floor.cjs <file.xlsx>   -> {"cells":...,"workMs":...}
'use strict';
const fs = require('fs');
const { unzipSync } = require('fflate');

const file = process.argv[2];
const cpu = process.cpuUsage();
const parts = unzipSync(fs.readFileSync(file), {
  filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name),
});
let cells = 0;
const decoder = new TextDecoder();
for (const name of Object.keys(parts)) {
  const xml = decoder.decode(parts[name]);
  for (let i = xml.indexOf('<c'); i >= 0; i = xml.indexOf('<c', i + 2)) {
    const next = xml.charCodeAt(i + 2);
    if (next === 32 || next === 62 || next === 47) cells++; // "<c ", "<c>", "<c/>"
  }
}
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ cells, workMs: (used.user + used.system) / 1000 }) + '\n');
