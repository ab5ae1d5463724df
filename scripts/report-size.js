// Reports what a first open of the task pane downloads: taskpane.html and the scripts and styles it links
// (the initial chunks), gzipped as a server would send them. Code loaded with import() is not counted,
// and neither is office.js (from Microsoft's CDN, or its offline copy in office-js/). Exits 1 over budget so a build cannot grow unnoticed.
const { readFileSync, existsSync } = require('node:fs');
const { gzipSync } = require('node:zlib');
const { join } = require('node:path');

const BUDGET_BYTES = 250 * 1024;

/**
 * Local files a page loads up front: <script src> and <link rel=stylesheet href>, skipping absolute URLs.
 * @param {string} html
 * @returns {string[]}
 */
function firstLoadAssets(html) {
  const found = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) || []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?stylesheet/i.test(tag)) continue;
    const attribute = tag.match(isScript ? /\bsrc=["']?([^"'\s>]+)/i : /\bhref=["']?([^"'\s>]+)/i);
    const url = attribute && attribute[1];
    if (url && !/^(https?:)?\/\//i.test(url)) found.push(url.replace(/^\.?\//, '').split(/[?#]/)[0]);
  }
  return found;
}

/** @param {Buffer|string} content */
const gzipSize = (content) => gzipSync(content, { level: 9 }).length;

/**
 * @param {string} distDir
 * @param {string} page
 * @returns {{ files: { file: string, bytes: number, gzip: number }[], totalGzip: number }}
 */
function measurePage(distDir, page) {
  const html = readFileSync(join(distDir, page), 'utf8');
  const ours = firstLoadAssets(html).filter((file) => !file.startsWith('office-js/'));
  const files = [page, ...ours].map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzip: gzipSize(content) };
  });
  return { files, totalGzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function main() {
  const dist = join(__dirname, '..', 'dist');
  if (!existsSync(join(dist, 'taskpane.html'))) {
    console.error('report-size: dist/taskpane.html not found; run `npm run build` first');
    process.exit(2);
  }
  const { files, totalGzip } = measurePage(dist, 'taskpane.html');
  console.log('Task pane first load (gzip):');
  for (const f of files)
    console.log(`  ${f.file.padEnd(40)} ${kb(f.gzip).padStart(10)}  (${kb(f.bytes)} raw)`);
  console.log(`  ${'total'.padEnd(40)} ${kb(totalGzip).padStart(10)}  budget ${kb(BUDGET_BYTES)}`);
  if (totalGzip > BUDGET_BYTES) {
    console.error('report-size: the task pane first load is over budget; load heavy code with import()');
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { BUDGET_BYTES, firstLoadAssets, gzipSize, measurePage };
