/**
 * A definitions file saved as CSV, with the quoting Excel and the product's own exports write (RFC 4180),
 * read into the rows the definitions sheet's reader reads.
 */
import { csvRows, csvSheet, CsvProblem } from '../../../src/engine/catalogue/definitions-csv';
import { csvField } from '../../../src/export/csv-field';
import { readDefinitionsSheet } from '../../../src/engine/catalogue/definitions-sheet';

describe('csvRows', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF, and drops the BOM', () => {
    const text =
      '\uFEFFCode,Title\r\n"CSC 014","Conferences, initial"\n' + 'CSC 020,"Reviews ""on time""\r\nheld"\r\n';
    expect(csvRows(text)).toEqual([
      ['Code', 'Title'],
      ['CSC 014', 'Conferences, initial'],
      ['CSC 020', 'Reviews "on time"\r\nheld'],
    ]);
  });

  it('keeps empty fields, and a last line without a line end', () => {
    expect(csvRows('a,,c\r\n,b,')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('reads back every field the product writes, formula guard included', () => {
    const fields = [
      '-2% (fall)',
      '=HYPERLINK("x")',
      '@SUM(A1)',
      'plain',
      'a "quoted", word',
      "'kept apostrophe",
    ];
    const text = fields.map(csvField).join(',') + '\r\n';
    expect(csvRows(text)).toEqual([fields]);
  });

  it('an unclosed quote names the line it opened on', () => {
    expect(() => csvRows('Code,Title\r\nCSC 1,"never closed\r\nCSC 2,x\r\n')).toThrow(
      new CsvProblem('a quote opened on line 2 is never closed'),
    );
  });
});

describe('csvSheet', () => {
  it('is read by the definitions sheet reader with its own columns and words', () => {
    const sheet = csvSheet(
      'Code,Title,Polarity,Unit,Tolerance\r\nCSC 014,Conferences within 15 days,Lower is better,%,2pp\r\n',
      'defs.csv',
    );
    const read = readDefinitionsSheet(sheet);
    expect(read?.problems).toEqual([]);
    expect(read?.definitions).toEqual([
      expect.objectContaining({
        code: 'CSC 014',
        title: 'Conferences within 15 days',
        polarity: 'lower',
        unit: 'percent',
        tolerance: { kind: 'absolute', value: 2 },
        local: true,
      }),
    ]);
  });

  it('blank fields are blank cells, so a blank polarity stays unstated', () => {
    const sheet = csvSheet('Code,Title,Polarity,Unit\r\nCSC 014,Conferences, ,%\r\n', 'defs.csv');
    expect(sheet.values).toEqual([
      ['Code', 'Title', 'Polarity', 'Unit'],
      ['CSC 014', 'Conferences', null, '%'],
    ]);
    expect(readDefinitionsSheet(sheet)?.definitions[0].sources.polarity).toBeUndefined();
  });
});
