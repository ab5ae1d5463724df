import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { firstLoadAssets, gzipSize, measurePage } from '../../../scripts/report-size';
import { tempDir } from '../../support/temp-dir';

describe('firstLoadAssets', () => {
  it('lists the local scripts and stylesheets a built page loads, quoted or not', () => {
    const html =
      '<html><head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
      '<link rel=stylesheet href=./taskpane.1a2b.css><link rel="icon" href="assets/icon-32.png">' +
      '<script defer src=taskpane.1a2b.js></script><script defer="defer" src="/vendor.9f.js?v=1"></script>' +
      '</head><body><script>inline()</script></body></html>';
    expect(firstLoadAssets(html)).toEqual(['taskpane.1a2b.css', 'taskpane.1a2b.js', 'vendor.9f.js']);
  });
});

describe('measurePage', () => {
  it('adds up the gzip sizes of the page and its first-load files, leaving out office.js', () => {
    const dist = tempDir('ni-size-');
    mkdirSync(join(dist, 'office-js'));
    const app = 'const app = 1;\n'.repeat(400);
    const html = '<script src=office-js/office.js></script><script defer src=app.js></script>';
    writeFileSync(join(dist, 'taskpane.html'), html);
    writeFileSync(join(dist, 'app.js'), app);
    writeFileSync(join(dist, 'office-js', 'office.js'), 'x'.repeat(10000));
    writeFileSync(join(dist, 'lazy.js'), 'not loaded up front');

    const { files, totalGzip } = measurePage(dist, 'taskpane.html');
    expect(files.map((f) => f.file)).toEqual(['taskpane.html', 'app.js']);
    expect(files[1].bytes).toBe(app.length);
    expect(totalGzip).toBe(gzipSize(html) + gzipSize(app));
  });

  it('measures real gzip output', () => {
    const text = 'NI 111 '.repeat(100);
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
    expect(gzipSize(text)).toBeLessThan(text.length / 5);
  });
});
