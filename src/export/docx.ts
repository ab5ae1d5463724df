/**
 * Table A and Table B as a Word board paper: A4 landscape, a title and "As at"
 * date, each table's header rows repeated on every page, outcome headings across
 * the table, RAG and status cells shaded with the word written in them, the
 * legend under each table and page numbers in the footer.
 */
import {
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
  type IStylesOptions,
} from 'docx';
import type { TableAModel, TableBModel, TableBTask } from '../engine/report/types';
import { HEADER_SHADE, HEADING_SHADE, SHADES, STATUS_RAG, type Shade } from './colours';
import { longDate } from '../engine/model/dates';
import { keepExpectedFigure, tableACell, tableAFit, tableAHeaderRows } from './table-a-layout';
import { AREA_HEADER, TABLE_B_TASK_COLUMNS, areaLabel, runSpans, tableBWidths } from './table-b-layout';
import { documentTitle, ratedYearLine, reportDate } from './report-text';
import { tableAForWord, type WordTableA } from './word-table-a';
import { APPENDIX_KEY, sourceAppendix, type SourceAppendix } from './source-appendix';
import { linkedRun, linkStyle, wordAppendix } from './word-appendix';
import { sparklineRuns, wordSummary } from './charts/word-charts';

export interface DocxOptions {
  title?: string;
}

/** A4 in twips, portrait; docx swaps the two for a landscape section. */
const A4 = { width: 11906, height: 16838 };
/** 1.27 cm: Word's "narrow" margins, so wide tables keep readable columns. */
const MARGIN = 720;
const TABLE_WIDTH = A4.height - 2 * MARGIN;
const FONT = 'Arial';
/** half-points */
const TABLE_TEXT = 17;
/**
 * The characters of Table A's 8.5pt text a landscape A4 page holds across, cell padding
 * included: fewer than the page's 15,398 twips at Arial's average width, because headers
 * are bold and figures wide. Measured on the Oxfordshire NIS table rendered by LibreOffice.
 */
const WORD_CHARS = 150;
/** 6.5pt: the smallest a board can read; a table needing less gives way in its description. */
const MIN_TABLE_TEXT = 13;

/** The text size Table A needs to fit across without breaking a word. */
function tableTextSize(scale: number): number {
  return Math.max(MIN_TABLE_TEXT, Math.floor(TABLE_TEXT * scale));
}
const BODY_TEXT = 20;
/** twips */
const CELL_PADDING = { top: 40, bottom: 40, left: 80, right: 80 };

interface CellOptions {
  width: number;
  shade?: Shade;
  bold?: boolean;
  columnSpan?: number;
  rowSpan?: number;
  centre?: boolean;
  /** the appendix row the text links to (an indicator code) */
  anchor?: string;
  /** pictures that end the cell's last line (the trend under a description) */
  trailing?: ParagraphChild[];
  /** half-points; the table's usual size when not given */
  size?: number;
}

/** Officers' text can hold line breaks: one paragraph per line keeps them. */
function cell(text: string, o: CellOptions): TableCell {
  const paragraphs = keepExpectedFigure(text)
    .split(/\r?\n/)
    .map(
      (line, i, lines) =>
        new Paragraph({
          alignment: o.centre ? 'center' : 'left',
          children: [
            linkedRun(
              new TextRun({
                text: line,
                // unset rather than false: Word then takes the style's weight
                bold: o.bold || undefined,
                italics: o.shade?.italic || undefined,
                size: o.size ?? TABLE_TEXT,
                ...linkStyle(o.anchor, o.shade?.text),
              }),
              o.anchor,
            ),
            ...(i === lines.length - 1 ? (o.trailing ?? []) : []),
          ],
        }),
    );
  return new TableCell({
    children: paragraphs,
    width: { size: o.width, type: WidthType.DXA },
    columnSpan: o.columnSpan,
    rowSpan: o.rowSpan,
    // top alignment and padding are the table's defaults (set once in the table, not per cell)
    verticalAlign: o.centre ? VerticalAlign.CENTER : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: o.shade.fill } : undefined,
  });
}

function twips(fractions: number[]): number[] {
  return fractions.map((f) => Math.floor(f * TABLE_WIDTH));
}

function spanWidth(widths: number[], from: number, span: number): number {
  let sum = 0;
  for (let i = from; i < from + span; i++) sum += widths[i];
  return sum;
}

/** Full width with fixed column widths: Word then lays out a long table without measuring it. */
function fixedTable(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_PADDING,
  });
}

const COUNT_HEADERS = ['Outcome', 'Green', 'Amber', 'Red', 'Not rated', 'Total'] as const;

/** RAG counts by outcome group: the whole of a Table A too long to list, in a few rows. */
function countsTable(counts: NonNullable<WordTableA['counts']>): Table {
  const widths = twips([0.4, 0.12, 0.12, 0.12, 0.12, 0.12]);
  const header = new TableRow({
    children: COUNT_HEADERS.map((h, i) =>
      cell(h, { width: widths[i], shade: HEADER_SHADE, bold: true, centre: true }),
    ),
    tableHeader: true,
    cantSplit: true,
  });
  const rows = counts.map(({ group, count }) => {
    const figures = [count.Green, count.Amber, count.Red, count['Not rated'], count.total];
    return new TableRow({
      children: [
        cell(group, { width: widths[0], bold: group === 'All indicators' }),
        ...figures.map((n, i) => cell(n.toLocaleString('en-GB'), { width: widths[i + 1], centre: true })),
      ],
      cantSplit: true,
    });
  });
  return fixedTable([header, ...rows], widths);
}

/** What stands before Table A when the paper shows only its exceptions: the note and the counts. */
function shortened(w: WordTableA): (Paragraph | Table)[] {
  if (!w.note || !w.counts) return [];
  return [
    new Paragraph({ children: [new TextRun({ text: w.note, bold: true })], spacing: { after: 120 } }),
    countsTable(w.counts),
    new Paragraph({ text: '', spacing: { after: 120 } }),
  ];
}

function tableA(model: TableAModel, app: SourceAppendix | null): Table {
  // a wide table (comparators, movement) shrinks its description, then its text, to fit the page
  const fit = tableAFit(model, WORD_CHARS);
  const widths = twips(fit.fractions);
  const size = tableTextSize(fit.scale);
  const rows: TableRow[] = [];
  // a band header's column index: cells under a row-spanning cell are skipped on the second row
  const headerRows = tableAHeaderRows(model.columns);
  const covered = new Set<number>();
  headerRows.forEach((header, r) => {
    let col = 0;
    const cells = header.map((h) => {
      while (r > 0 && covered.has(col)) col++;
      if (h.rowSpan > 1) covered.add(col);
      const c = cell(h.text, {
        width: spanWidth(widths, col, h.colSpan),
        shade: HEADER_SHADE,
        bold: true,
        centre: true,
        columnSpan: h.colSpan,
        rowSpan: h.rowSpan,
        size,
      });
      col += h.colSpan;
      return c;
    });
    rows.push(new TableRow({ children: cells, tableHeader: true, cantSplit: true }));
  });
  for (const group of model.groups) {
    rows.push(
      new TableRow({
        children: [
          cell(group.title, {
            width: TABLE_WIDTH,
            shade: HEADING_SHADE,
            bold: true,
            columnSpan: model.columns.length,
          }),
        ],
        cantSplit: true,
        // an outcome heading stranded at the foot of a page reads as a missing section
        keepNext: true,
      }),
    );
    for (const row of group.rows) {
      const cells = model.columns.map((column, i) => {
        const body = tableACell(row, column);
        return cell(body.text, {
          width: widths[i],
          shade: body.shade ? SHADES[body.shade] : undefined,
          bold: body.shade !== null && body.shade !== 'Not rated',
          centre: column.kind !== 'description',
          anchor: column.kind === 'code' ? app?.anchorOf.get(row) : undefined,
          size,
          trailing: column.kind === 'description' ? sparklineRuns(model, row) : undefined,
        });
      });
      rows.push(new TableRow({ children: cells, cantSplit: true }));
    }
  }
  return fixedTable(rows, widths);
}

function tableBHeader(widths: number[]): TableRow {
  const headers = [AREA_HEADER, ...TABLE_B_TASK_COLUMNS.map((c) => c.header)];
  return new TableRow({
    children: headers.map((h, i) =>
      cell(h, { width: widths[i], shade: HEADER_SHADE, bold: true, centre: true }),
    ),
    tableHeader: true,
    cantSplit: true,
  });
}

/** A task's cells, but for those under a merged-down cell; spans[i] are column i's row spans or null. */
function taskCells(
  task: TableBTask,
  t: number,
  spans: (number[] | null)[],
  taskWidths: number[],
): TableCell[] {
  const cells: TableCell[] = [];
  TABLE_B_TASK_COLUMNS.forEach((column, i) => {
    const span = spans[i]?.[t] ?? 1;
    // docx writes the merged-down continuation cells itself
    if (span === 0) return;
    const isStatus = i === TABLE_B_TASK_COLUMNS.length - 1;
    const rag = isStatus ? STATUS_RAG[task.status] : null;
    cells.push(
      cell(column.text(task), {
        width: taskWidths[i],
        shade: rag ? SHADES[rag] : undefined,
        bold: rag !== null,
        centre: isStatus,
        rowSpan: span,
      }),
    );
  });
  return cells;
}

/** An area's rows, its cell spanning its tasks; an area without tasks gets one row of blanks. */
function areaRows(area: TableBModel['areas'][number], widths: number[]): TableRow[] {
  const taskWidths = widths.slice(1);
  const areaCell = cell(areaLabel(area), {
    width: widths[0],
    bold: true,
    rowSpan: Math.max(1, area.tasks.length),
  });
  if (area.tasks.length === 0) {
    const blanks = taskWidths.map((w) => cell('', { width: w }));
    return [new TableRow({ children: [areaCell, ...blanks], cantSplit: true })];
  }
  const spans = TABLE_B_TASK_COLUMNS.map((column) =>
    column.mergeRuns ? runSpans(area.tasks, column.text) : null,
  );
  return area.tasks.map((task, t) => {
    const cells = taskCells(task, t, spans, taskWidths);
    return new TableRow({
      children: t === 0 ? [areaCell, ...cells] : cells,
      cantSplit: true,
      // merged area, lead and group cells print only on an area's first page: keep areas whole
      keepNext: t < area.tasks.length - 1,
    });
  });
}

function tableB(model: TableBModel): Table {
  const widths = twips(tableBWidths());
  const rows: TableRow[] = [tableBHeader(widths)];
  for (const area of model.areas) rows.push(...areaRows(area, widths));
  return fixedTable(rows, widths);
}

function legend(lines: string[]): Paragraph[] {
  if (lines.length === 0) return [];
  return [
    new Paragraph({ text: 'Key', heading: HeadingLevel.HEADING_2 }),
    ...lines.map(
      (line) => new Paragraph({ children: [new TextRun({ text: line })], spacing: { after: 60 } }),
    ),
  ];
}

function footer(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: 'right',
        children: [
          new TextRun({ text: `${title} \u2014 page `, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: ' of ', size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
}

/** The title, and the "As at" date when there is one. */
function opening(title: string, date: string): Paragraph[] {
  const heading = new Paragraph({ text: title, heading: HeadingLevel.TITLE });
  if (!date) return [heading];
  return [
    heading,
    new Paragraph({
      children: [new TextRun({ text: `As at ${longDate(date)}`, bold: true })],
      spacing: { after: 200 },
    }),
  ];
}

/** A paper about one table is titled by it: don't print the same words twice. */
function tableHeading(text: string, title: string): Paragraph[] {
  return text === title ? [] : [new Paragraph({ text, heading: HeadingLevel.HEADING_1 })];
}

/** A4 landscape with narrow margins, a footer with the title and page numbers. */
function section(title: string, children: (Paragraph | Table)[]): ISectionOptions {
  const page = {
    size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
    margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 360, footer: 360 },
  };
  return { properties: { page }, footers: { default: footer(title) }, children };
}

/** A section per table, Table B's opening only when there is no Table A; the opening alone when neither. */
function sections(
  a: TableAModel | null,
  b: TableBModel | null,
  title: string,
  date: string,
): ISectionOptions[] {
  const open = opening(title, date);
  const out: ISectionOptions[] = [];
  if (a) {
    const word = tableAForWord(a);
    // each code shown links to its row in the appendix
    const app = sourceAppendix(word.model);
    out.push(
      section(title, [
        ...open,
        ...wordSummary(a),
        ...tableHeading(a.title, title),
        new Paragraph({ text: ratedYearLine(a), spacing: { after: 120 } }),
        ...shortened(word),
        tableA(word.model, app),
        ...legend(app ? [...a.legend, APPENDIX_KEY] : a.legend),
        ...(app ? wordAppendix(app, { width: TABLE_WIDTH, text: TABLE_TEXT, header: HEADER_SHADE }) : []),
      ]),
    );
  }
  if (b)
    out.push(
      section(title, [...(a ? [] : open), ...tableHeading(b.title, title), tableB(b), ...legend(b.legend)]),
    );
  if (out.length === 0) out.push(section(title, open));
  return out;
}

/** Arial throughout; black headings that keep with what follows them. */
function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: BODY_TEXT } },
      title: {
        run: { font: FONT, size: 36, bold: true, color: '000000' },
        paragraph: { spacing: { after: 60 } },
      },
      heading1: {
        run: { font: FONT, size: 28, bold: true, color: '000000' },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
      heading2: {
        run: { font: FONT, size: 22, bold: true, color: '000000' },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
      },
    },
  };
}

export async function toDocx(
  a: TableAModel | null,
  b: TableBModel | null,
  opts: DocxOptions = {},
): Promise<Uint8Array> {
  const title = documentTitle(a, b, opts.title);
  const doc = new Document({
    title,
    creator: 'NI Targets',
    styles: documentStyles(),
    sections: sections(a, b, title, reportDate(a, b)),
  });
  // an ArrayBuffer, not a Node Buffer: the add-in builds the paper in the browser too
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
