/**
 * Parts stored as UTF-16 (some older .NET tools write them so, with a byte order
 * mark and encoding="utf-16"). They read as the UTF-8 file does; a part we patch goes
 * out as UTF-8, so its declaration must say UTF-8 (before the fix it still said
 * UTF-16 over UTF-8 bytes, and LibreOffice read the rated sheet as empty); a part we
 * leave alone keeps its UTF-16 bytes.
 */
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { utf8Declared } from '../../../src/gateways/xlsx-package/xml-text';
import { baseFiles, runPlans } from './corpus';
import { UTF16_PARTS, withUtf16Parts } from './other-tools';

describe('a workbook with UTF-16 parts', () => {
  it('reads cell for cell as the UTF-8 one', async () => {
    const base = await baseFiles();
    expect(Object.keys(base)).toEqual(expect.arrayContaining(UTF16_PARTS));
    const plain = await openPackage(zipSync(base), 'w.xlsx').gateway.readSnapshot();
    const wide = await openPackage(zipSync(withUtf16Parts(base)), 'w.xlsx').gateway.readSnapshot();
    expect(wide).toEqual(plain);
  });

  it('writes a patched part as UTF-8 that says so, and leaves an untouched one as it was', async () => {
    const before = withUtf16Parts(await baseFiles());
    const { out, after } = await runPlans(zipSync(before), 'w.xlsx');
    const saved = unzipSync(out);
    const sheet = saved['xl/worksheets/sheet1.xml'];
    expect(Buffer.compare(Buffer.from(sheet), Buffer.from(before['xl/worksheets/sheet1.xml']))).not.toBe(0);
    expect(strFromU8(sheet.subarray(0, 60))).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
    expect(
      Buffer.compare(Buffer.from(saved['xl/sharedStrings.xml']), Buffer.from(before['xl/sharedStrings.xml'])),
    ).toBe(0);
    const reread = await openPackage(out, 'w.xlsx').gateway.readSnapshot();
    expect(reread).toEqual(after);
  });
});

describe('utf8Declared', () => {
  it('sets a declaration that names another encoding to UTF-8, quotes and all', () => {
    expect(utf8Declared(`<?xml version='1.0' encoding='utf-16'?><a/>`)).toBe(
      `<?xml version='1.0' encoding='UTF-8'?><a/>`,
    );
    expect(utf8Declared('\uFEFF<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\n<a/>')).toBe(
      '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a/>',
    );
  });

  it('leaves UTF-8, no encoding, no declaration, and text that only looks like one later on', () => {
    for (const t of [
      '<?xml version="1.0" encoding="utf-8"?><a/>',
      '<?xml version="1.0"?><a/>',
      '<a/>',
      '<a>encoding="x"</a>',
    ])
      expect(utf8Declared(t)).toBe(t);
  });
});
