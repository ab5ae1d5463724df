/**
 * The sheet reader's fast path (sheet-rows.ts) against the general tag-by-tag
 * scanner: on generated sheets mixing what the fast path reads (plain cells) with
 * what it hands back (rich and phonetic text, CDATA, comments, extLst, prefixes,
 * spaces around "=", broken rows), cut into chunks at any point and fed as text
 * or as byte windows, both give the same cells, or both refuse the part.
 */
import fc from 'fast-check';
import { sheetReader, type SheetRead } from '../../../src/gateways/xlsx-package/sheet-reader';
import { TextWindows } from '../../../src/gateways/xlsx-package/text-windows';

const SHARED = ['', 'Alpha', 'Beta & co', 'NI 56', 'nya: July 2010'];
const FORMATS = ['General', '0.0%', '0.00', 'dd/mm/yyyy'];

const NUMBER_TEXTS = [
  '0.3',
  '-12.5',
  '40000.123456789',
  '0.08400000000000001',
  '1E-3',
  '1.5e10',
  '123456789012345678',
  '9007199254740993',
  '.5',
  '1.',
  '-0',
  '+5',
  ' 7',
  '7 ',
  '',
  '12abc',
  '0.1234567890123456789012345',
  '1e400',
  '3',
  '&#49;2',
];

const value = fc.oneof(
  fc.constantFrom(...NUMBER_TEXTS).map((v) => ({ t: '', v: `<v>${v}</v>` })),
  fc.integer({ min: 0, max: 6 }).map((k) => ({ t: ' t="s"', v: `<v>${k}</v>` })),
  fc.constantFrom(' 2', '1x', '').map((k) => ({ t: ' t="s"', v: `<v>${k}</v>` })),
  fc.constantFrom('<v>1</v>', '<v>0</v>').map((v) => ({ t: ' t="b"', v })),
  fc.constant({ t: ' t="e"', v: '<v>#N/A</v>' }),
  fc.constant({ t: ' t="str"', v: '<f>A1&amp;"x"</f><v>a &lt; b</v>' }),
  fc.constant({ t: ' t="d"', v: '<v>2010-07-01T00:00:00</v>' }),
  fc
    .constantFrom(
      '<is><t>plain é ✓ 😀</t></is>',
      '<is><t xml:space="preserve"> spaced _x000D_ </t></is>',
      '<is><t/></is>',
      '<is>\n  <t>wrapped</t>\n</is>',
      '<is><r><t>ri</t></r><r><rPr><b/></rPr><t>ch</t></r></is>',
      '<is><t>base</t><rPh sb="0" eb="1"><t>ruby</t></rPh></is>',
      '<is><t><![CDATA[a <b> & c]]></t></is>',
    )
    .map((v) => ({ t: ' t="inlineStr"', v })),
  fc
    .constantFrom(
      '<f t="shared" ref="A1:A3" si="0">B1*2</f><v>4</v>',
      '<f t="shared" si="0"/><v>6</v>',
      '<f>SUM(A1:A2)</f>',
      '<f>A1</f><v/>',
      '<v/>',
      '<v></v>',
      '',
      '<v><![CDATA[12]]></v>',
      '<v>5</v><!-- note -->',
      '<v>5</v><extLst><ext uri="x"/></extLst>',
    )
    .map((v) => ({ t: '', v })),
);

const cellAttrs = fc.constantFrom(
  (ref: string, t: string, s: string) => ` r="${ref}"${s}${t}`,
  (ref: string, t: string, s: string) => `${t} r="${ref}"${s}`,
  (ref: string, t: string, s: string) => ` r='${ref}'${t}${s}`,
  (_ref: string, t: string, s: string) => `${s}${t}`,
  (ref: string, t: string, s: string) => ` r = "${ref}"${t}${s}`,
  (ref: string, t: string, s: string) => `\n r="${ref}" x14ac:foo="1"${t}${s} `,
);

const cell = fc.record({
  gap: fc.integer({ min: 0, max: 3 }),
  style: fc.constantFrom('', ' s="0"', ' s="1"', ' s="2"', ' s="3"', ' s="9"', ' s="2x"'),
  value,
  attrs: cellAttrs,
  selfClosing: fc.boolean(),
});

const row = fc.record({
  skip: fc.integer({ min: 0, max: 2 }),
  withR: fc.boolean(),
  hidden: fc.constantFrom('', ' hidden="1"', ' hidden="true"', ' hidden="0"'),
  cells: fc.array(cell, { maxLength: 6 }),
  odd: fc.constantFrom('', '', '', '<extLst/>', '<!-- c -->', 'x:', ' ', 'broken'),
});

const letters = (col: number): string => {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

type RowSpec = typeof row extends fc.Arbitrary<infer T> ? T : never;

function sheetXml(rows: RowSpec[]): string {
  let r = 0;
  const body = rows.map((spec) => {
    r += 1 + spec.skip;
    let col = -1;
    const cells = spec.cells
      .map((c) => {
        col += 1 + c.gap;
        const attrs = c.attrs(`${letters(col)}${r}`, c.value.t, c.style);
        return c.selfClosing ? `<c${attrs}/>` : `<c${attrs}>${c.value.v}</c>`;
      })
      .join('');
    const tag = spec.odd === 'x:' ? 'x:row' : 'row';
    const attrs = `${spec.withR ? ` r="${r}"` : ''}${spec.hidden}${spec.odd === ' ' ? ' spans = "1:3" ' : ''}`;
    const tail = spec.odd === 'broken' ? '</c>' : spec.odd.startsWith('<') ? spec.odd : '';
    return `<${tag}${attrs}>${cells}${tail}</${tag}>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="main" xmlns:x="main"><sheetData>' +
    body.join('\n') +
    '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>'
  );
}

type Outcome = { read: SheetRead } | { error: string };

// recalcOnOpen: every formula cell is a doubt, so the two paths must agree on each one
const ctx = () => ({
  sharedStrings: SHARED,
  xfFormats: FORMATS,
  recalcOnOpen: true,
  onCell: () => undefined,
});

function byText(xml: string, cuts: number[], fast: boolean): Outcome {
  try {
    const r = sheetReader(ctx(), 'sheet1.xml', fast);
    let at = 0;
    for (const cut of [...cuts.map((c) => Math.floor(c * xml.length)).sort((a, b) => a - b), xml.length]) {
      r.write(xml.slice(at, cut));
      at = cut;
    }
    return { read: r.finish() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function byWindows(xml: string, cuts: number[]): Outcome {
  try {
    const bytes = new TextEncoder().encode(xml);
    const r = sheetReader(ctx(), 'sheet1.xml', true);
    const windows = new TextWindows(r.feed, 7);
    let at = 0;
    for (const cut of [
      ...cuts.map((c) => Math.floor(c * bytes.length)).sort((a, b) => a - b),
      bytes.length,
    ]) {
      windows.push(bytes.subarray(at, cut));
      at = cut;
    }
    return { read: r.finish(windows.finish()) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('the sheet reader fast path', () => {
  it('reads generated sheets exactly as the general scanner does, however they are cut', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        (rows, cuts) => {
          const xml = sheetXml(rows);
          const general = byText(xml, [], false);
          expect(byText(xml, cuts, true)).toEqual(general);
          expect(byText(xml, [], true)).toEqual(general);
          expect(byWindows(xml, cuts)).toEqual(general);
        },
      ),
      { numRuns: 400 },
    );
    // hundreds of generated sheets: seconds on a busy machine; a ceiling for the runner, not a target
  }, 60_000);

  it('reads numbers as parseFloat does, shared strings by index, and keeps hidden rows', () => {
    const xml = sheetXml([
      {
        skip: 0,
        withR: true,
        hidden: ' hidden="1"',
        odd: '',
        cells: NUMBER_TEXTS.map((v) => ({
          gap: 0,
          style: ' s="1"',
          value: { t: '', v: `<v>${v}</v>` },
          attrs: (ref: string, t: string, s: string) => ` r="${ref}"${s}${t}`,
          selfClosing: false,
        })),
      },
    ]);
    const out = byWindows(xml, [0.3, 0.6]);
    if (!('read' in out)) throw new Error(out.error);
    const values = out.read.rows[0].values;
    NUMBER_TEXTS.forEach((t, i) => {
      const n = parseFloat(t.replace('&#49;', '1'));
      expect([t, values[i]]).toEqual([t, Number.isFinite(n) ? n : null]);
    });
    expect(Object.is(values[NUMBER_TEXTS.indexOf('-0')], -0)).toBe(true);
    expect(out.read.hiddenRows).toEqual([0]);
  });

  it('hands a row back that is cut mid-way and reads it whole once the rest arrives', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>2.5</v></c></row></sheetData></worksheet>';
    for (let cut = 1; cut < xml.length; cut++) {
      const out = byText(xml, [cut / xml.length], true);
      if (!('read' in out)) throw new Error(out.error);
      expect(out.read.rows).toEqual([{ row: 0, base: 0, values: ['Alpha', 2.5], formats: null }]);
      expect(out.read.cells).toBe(2);
    }
  });
});

describe('text windows', () => {
  /** A reader that, like the scanner, leaves the text after its last ">" for the next window. */
  function collect(bytes: Uint8Array, cuts: number[], windowBytes: number): string {
    let text = '';
    const windows = new TextWindows((t) => {
      const used = t.lastIndexOf('>') + 1;
      text += t.slice(0, used);
      return used;
    }, windowBytes);
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b).concat(bytes.length)) {
      windows.push(bytes.subarray(at, Math.max(at, cut)));
      at = Math.max(at, cut);
    }
    const rest = windows.finish();
    return text + rest;
  }

  const pieces = fc.oneof(
    fc.constantFrom('<c r="A1">', '</c>', 'é', '✓', '😀', '\ufeff', '\ufffd', 'plain', '>'),
    fc.uint8Array({ minLength: 1, maxLength: 3 }).map((b) => Array.from(b)),
  );

  it('hands out exactly the text a whole decode gives, bad bytes and byte order marks included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '\ufeff'),
        fc.array(pieces, { maxLength: 40 }),
        fc.array(fc.nat(200), { maxLength: 6 }),
        fc.integer({ min: 1, max: 16 }),
        (bom, parts, cuts, windowBytes) => {
          const chunks = [bom, ...parts].map((p) =>
            typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p),
          );
          const bytes = Uint8Array.from(chunks.flatMap((c) => Array.from(c)));
          expect(collect(bytes, cuts, windowBytes)).toBe(new TextDecoder().decode(bytes));
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('reads a UTF-16 part by its byte order mark', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ü ✓</t></is></c></row></sheetData></worksheet>';
    for (const [bom, le] of [
      [[0xff, 0xfe], true],
      [[0xfe, 0xff], false],
    ] as const) {
      const body = new Uint8Array(xml.length * 2);
      for (let i = 0; i < xml.length; i++) {
        const c = xml.charCodeAt(i);
        body[2 * i + (le ? 0 : 1)] = c & 0xff;
        body[2 * i + (le ? 1 : 0)] = c >> 8;
      }
      const bytes = Uint8Array.from([...bom, ...body]);
      const r = sheetReader(ctx(), 'sheet1.xml', true);
      const windows = new TextWindows(r.feed, 5);
      for (let at = 0; at < bytes.length; at += 7) windows.push(bytes.subarray(at, at + 7));
      expect(r.finish(windows.finish()).rows[0].values).toEqual(['ü ✓']);
    }
  });
});
