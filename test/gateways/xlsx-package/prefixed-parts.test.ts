/**
 * Workbooks whose parts name the spreadsheet namespace by a prefix (<x:worksheet
 * xmlns:x="...main">, as the Open XML SDK writes them) with no default namespace.
 * Rating and reporting must add what they add in that same namespace: an element in
 * no namespace is one Excel does not read (before the fix, LibreOffice opened such
 * a rated workbook as one empty sheet). Checked with a namespace-aware parser, and
 * by reading the saved file back.
 */
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { openPackage } from '../../../src/gateways/xlsx-package/open-package';
import { withDefaultNamespace } from '../../../src/gateways/xlsx-package/root-namespace';
import { baseFiles, type Files, runPlans } from './corpus';
import { MAIN, prefixed } from './other-tools';

/** Each element's namespace as "uri name", for every element of the part. */
function elementNamespaces(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: string[] = [];
  parser.on('opentag', (t) => out.push(`${t.uri} ${t.local}`));
  parser.write(xml).close();
  return out;
}

describe('a workbook whose parts use a prefix for the spreadsheet namespace', () => {
  let before: Files;
  let saved: Files;
  let out: Uint8Array;
  let after: Awaited<ReturnType<typeof runPlans>>['after'];

  beforeAll(async () => {
    const bytes = zipSync(prefixed(await baseFiles()));
    before = unzipSync(bytes);
    ({ out, after } = await runPlans(bytes, 'prefixed.xlsx'));
    saved = unzipSync(out);
  }, 30_000);

  it('is really prefixed before the run (the case tests what it says)', () => {
    expect(strFromU8(before['xl/worksheets/sheet1.xml'])).toMatch(/^[\s\S]*?<x:worksheet[^>]*><x:/);
    expect(strFromU8(before['xl/worksheets/sheet1.xml'])).not.toContain(`xmlns="${MAIN}"`);
  });

  it('every element of every spreadsheet part it saved is in a namespace, the sheets in the main one', () => {
    const changed = Object.keys(saved).filter(
      (n) => n.endsWith('.xml') && (!before[n] || Buffer.compare(before[n], saved[n]) !== 0),
    );
    expect(changed).toEqual(
      expect.arrayContaining(['xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']),
    );
    for (const part of changed) {
      const lost = elementNamespaces(strFromU8(saved[part])).filter((e) => e.startsWith(' '));
      expect({ part, lost }).toEqual({ part, lost: [] });
      if (part.startsWith('xl/worksheets/')) {
        const names = elementNamespaces(strFromU8(saved[part]));
        expect(names.filter((e) => e.endsWith(' c')).every((e) => e === `${MAIN} c`)).toBe(true);
      }
    }
  });

  it('keeps every original cell as it was written, prefix and all', () => {
    const old = strFromU8(before['xl/worksheets/sheet1.xml']);
    const now = strFromU8(saved['xl/worksheets/sheet1.xml']);
    const cells = [...old.matchAll(/<x:c r="[A-Z]+\d+"[^>]*?(?:\/>|>.*?<\/x:c>)/g)].map((m) => m[0]);
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.filter((c) => !now.includes(c))).toEqual([]);
  });

  it('reads back with the ratings and the report sheets the plans wrote', async () => {
    const reread = await openPackage(out, 'again.xlsx').gateway.readSnapshot();
    expect(reread).toEqual({ ...after, name: 'again.xlsx' });
    expect(reread.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Table A']));
    const words = reread.sheets.flatMap((s) => s.values.flat()).filter((v) => v === 'Green' || v === 'Red');
    expect(words.length).toBeGreaterThan(0);
  });
});

describe('withDefaultNamespace', () => {
  it('declares the root prefix namespace as the default too, after a declaration and a comment', () => {
    const xml = `<?xml version="1.0"?><!-- made by a tool --><x:styleSheet xmlns:x="${MAIN}"><x:fonts/></x:styleSheet>`;
    expect(withDefaultNamespace(xml)).toBe(
      `<?xml version="1.0"?><!-- made by a tool --><x:styleSheet xmlns="${MAIN}" xmlns:x="${MAIN}"><x:fonts/></x:styleSheet>`,
    );
  });

  it('leaves a part alone whose root has no prefix or already has a default namespace', () => {
    const plain = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts/></styleSheet>`;
    const both = `<x:styleSheet xmlns="${MAIN}" xmlns:x="${MAIN}"/>`;
    expect(withDefaultNamespace(plain)).toBe(plain);
    expect(withDefaultNamespace(both)).toBe(both);
  });
});
