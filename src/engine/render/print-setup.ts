/**
 * How the report sheets print: A4 landscape, one page wide and as many tall as it
 * takes, the header rows repeated on every page, and page numbers in the footer.
 */
import type { PageSetup } from '../model/plan';

/** `headerRows` are 1-based Excel rows, first and last: the rows repeated on each page. */
export function reportPageSetup(headerRows: [number, number], title: string): PageSetup {
  return {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    printTitleRows: `${headerRows[0]}:${headerRows[1]}`,
    // "&&" is a literal ampersand in Excel's header codes
    header: `&L${title.replace(/&/g, '&&')}`,
    footer: '&CPage &P of &N',
  };
}
