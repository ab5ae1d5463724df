import { lastColumnIfPlain, plainRowCells } from '../../../src/gateways/xlsx-package/row-cells';

describe('plainRowCells: the cells of a plain row split without the tag scanner', () => {
  it('gives each cell its column, exact XML and style, in document order', () => {
    const cells = [
      '<c r="A5" s="3" t="s"><v>12</v></c>',
      '<c r="B5"/>',
      '<c r="AB5" t="inlineStr"><is><t xml:space="preserve"> a &lt; b </t></is></c>',
      "<c s='7' r='AC5'><v/></c>",
    ];
    const row = `<row r="5" spans="1:29">${cells.join('')}</row>`;
    expect(plainRowCells(row)).toEqual([
      { col: 0, xml: cells[0], style: 3 },
      { col: 1, xml: cells[1], style: 0 },
      { col: 27, xml: cells[2], style: 0 },
      { col: 28, xml: cells[3], style: 7 },
    ]);
  });

  it('reads an empty row, self-closed or not', () => {
    expect(plainRowCells('<row r="2"/>')).toEqual([]);
    expect(plainRowCells('<row r="2"></row>')).toEqual([]);
  });

  it.each([
    ['a formula (the guard must see it)', '<row r="1"><c r="A1"><f>B1+1</f><v>2</v></c></row>'],
    ['rich text', '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c></row>'],
    ['a cell without r', '<row r="1"><c><v>1</v></c></row>'],
    ['a prefixed cell', '<row r="1"><x:c r="A1"><x:v>1</x:v></x:c></row>'],
    ['an unclosed cell', '<row r="1"><c r="A1"><v>1</v></row>'],
    ['a value left open', '<row r="1"><c r="A1"><v>1</c></row>'],
    ['text between cells', '<row r="1">x<c r="A1"/></row>'],
    ['something after the row', '<row r="1"><c r="A1"/></row><row>'],
    ['a name that only starts with c', '<row r="1"><col r="A1"/></row>'],
  ])('gives up on %s (the scanner reads it)', (_what, row) => {
    expect(plainRowCells(row)).toBeNull();
  });
});

describe('lastColumnIfPlain: may a written row keep its old cells as one piece?', () => {
  const body = (row: string): [number, number] => [row.indexOf('>') + 1, row.lastIndexOf('</')];
  const last = (row: string) => lastColumnIfPlain(row, ...body(row));

  it('gives the last column of rising cells, rich text and white space between them included', () => {
    expect(
      last(
        '<row r="5"><c r="A5" s="3"><v>1</v></c>\n  <c r="C5"/><c r="AB5" t="inlineStr"><is><r><rPr><color rgb="FF0000"/></rPr><t>a</t></r></is></c></row>',
      ),
    ).toBe(27);
    expect(last('<row r="5"></row>')).toBe(-1);
  });

  it.each([
    ['a formula (the formula guard must see it)', '<row r="1"><c r="A1"><f>B1+1</f><v>2</v></c></row>'],
    ['a cell without r', '<row r="1"><c><v>1</v></c></row>'],
    ['columns out of order', '<row r="1"><c r="C1"/><c r="B1"/></row>'],
    ['a cell given twice', '<row r="1"><c r="B1"/><c r="B1"/></row>'],
    ['prefixed cells', '<row r="1"><x:c r="A1"><x:v>1</x:v></x:c></row>'],
    ['a comment', '<row r="1"><c r="A1"/><!-- c r="B1" --></row>'],
  ])('says no for %s', (_what, row) => {
    expect(last(row)).toBeNull();
  });
});
