// The floor a workbook reader cannot go under: find the sheet parts in the zip's central directory,
// inflate each with Node's zlib (the inflater the CLI's file layer uses under Node: zip-inflate.ts) and
// scan their XML once, counting the <c> elements. Run as its own process, so it is measured as the CLI is
// (Node's start included):  node bench/floor.cjs <file.xlsx>   -> {"cells":...,"workMs":...}
// Until 2026-12-05 it inflated with fflate (JavaScript), which the CLI no longer uses under Node: that
// floor cost about twice this one and flattered every ratio over it by as much.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const EOCD = 0x06054b50;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** Each sheet part's name and stored bytes, from the central directory (no ZIP64: workbooks never need it). */
function* sheetParts(bytes) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== EOCD) end--;
  if (end < 0) throw new Error('no zip directory');
  let at = bytes.readUInt32LE(end + 16);
  for (let i = bytes.readUInt16LE(end + 10); i > 0; i--) {
    const nameLen = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLen);
    if (SHEET.test(name)) {
      const local = bytes.readUInt32LE(at + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const stored = bytes.subarray(start, start + bytes.readUInt32LE(at + 20));
      yield bytes.readUInt16LE(at + 10) === 8 ? zlib.inflateRawSync(stored) : stored;
    }
    at += 46 + nameLen + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
}

const file = process.argv[2];
const cpu = process.cpuUsage();
let cells = 0;
const decoder = new TextDecoder();
for (const part of sheetParts(fs.readFileSync(file))) {
  const xml = decoder.decode(part);
  for (let i = xml.indexOf('<c'); i >= 0; i = xml.indexOf('<c', i + 2)) {
    const next = xml.charCodeAt(i + 2);
    if (next === 32 || next === 62 || next === 47) cells++; // "<c ", "<c>", "<c/>"
  }
}
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ cells, workMs: (used.user + used.system) / 1000 }) + '\n');
