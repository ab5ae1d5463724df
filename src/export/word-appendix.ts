/**
 * The Word paper's appendix (source-appendix.ts): a heading on a new page and a table
 * with one row per indicator, its code cell holding the bookmark Table A's code links to.
 */
import {
  Bookmark,
  HeadingLevel,
  InternalHyperlink,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Shade } from './colours';
import {
  APPENDIX_HEADERS,
  APPENDIX_TITLE,
  APPENDIX_WIDTHS,
  bookmarkName,
  type SourceAppendix,
} from './source-appendix';

/** Word's own hyperlink blue, underlined: a link must look like one in print as on screen. */
const LINK = { color: '0563C1', underline: {} } as const;

/** The code's run inside a link to its appendix row; the run alone when there is no appendix. */
export function linkedRun(run: TextRun, anchor: string | undefined): ParagraphChild {
  return anchor ? new InternalHyperlink({ children: [run], anchor: bookmarkName(anchor) }) : run;
}

/** The run options that make a linked code look like a link (none for other text). */
export function linkStyle(
  anchor: string | undefined,
  colour: string | undefined,
): { color?: string; underline?: Record<string, never> } {
  return anchor ? LINK : { color: colour };
}

interface Sizes {
  /** table width, twips */
  width: number;
  /** half-points */
  text: number;
  header: Shade;
}

function cell(children: ParagraphChild[], width: number, shade?: Shade): TableCell {
  return new TableCell({
    children: [new Paragraph({ children })],
    width: { size: width, type: WidthType.DXA },
    shading: shade ? { fill: shade.fill, color: 'auto' } : undefined,
  });
}

export function wordAppendix(app: SourceAppendix, sizes: Sizes): (Paragraph | Table)[] {
  const widths = APPENDIX_WIDTHS.map((f) => Math.floor(f * sizes.width));
  const run = (text: string, bold = false) =>
    new TextRun({
      text,
      size: sizes.text,
      bold: bold || undefined,
      color: bold ? sizes.header.text : undefined,
    });
  const header = new TableRow({
    children: APPENDIX_HEADERS.map((h, i) => cell([run(h, true)], widths[i], sizes.header)),
    tableHeader: true,
    cantSplit: true,
  });
  const rows = app.rows.map(
    (r) =>
      new TableRow({
        children: [
          cell([new Bookmark({ id: bookmarkName(r.anchor), children: [run(r.code)] })], widths[0]),
          cell([run(r.description)], widths[1]),
          cell([run(r.source)], widths[2]),
          cell([run(r.reason)], widths[3]),
        ],
        cantSplit: true,
      }),
  );
  return [
    new Paragraph({ text: APPENDIX_TITLE, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    new Table({
      rows: [header, ...rows],
      width: { size: sizes.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    }),
  ];
}
