/**
 * Reads a .docx the way Word would for the tests: unzips it (jszip, which
 * exceljs already brings) and parses its XML parts with jsdom's DOMParser, so
 * assertions walk elements instead of matching strings.
 */
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';

const { DOMParser } = new JSDOM('').window;

export async function docxPart(buffer: Uint8Array, path: string): Promise<Document> {
  const zip = await JSZip.loadAsync(buffer);
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing from the .docx`);
  return new DOMParser().parseFromString(await file.async('string'), 'text/xml');
}

export async function docxPartNames(buffer: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  return Object.keys(zip.files);
}

/** Direct children with a tag name (getElementsByTagName would also find nested ones). */
export function kids(el: Element, tag: string): Element[] {
  return Array.from(el.children).filter((c) => c.tagName === tag);
}

export function first(el: Element | Document, tag: string): Element | null {
  return el.getElementsByTagName(tag)[0] ?? null;
}

export function attr(el: Element | null, name: string): string | null {
  return el ? el.getAttribute(name) : null;
}

/** A cell's or paragraph's text: its w:t runs, paragraphs joined by line breaks. */
export function textOf(el: Element): string {
  const paragraphs = Array.from(el.getElementsByTagName('w:p'));
  const parts = paragraphs.length > 0 ? paragraphs : [el];
  return parts
    .map((p) =>
      Array.from(p.getElementsByTagName('w:t'))
        .map((t) => t.textContent ?? '')
        .join(''),
    )
    .join('\n');
}

export interface GridCell {
  el: Element;
  /** first grid column the cell covers */
  col: number;
  span: number;
  text: string;
  /** "restart", "continue" or null */
  vMerge: string | null;
  fill: string | null;
  /** the colour of the cell's first run, if set */
  colour: string | null;
}

export function gridCells(row: Element): GridCell[] {
  let col = 0;
  return kids(row, 'w:tc').map((tc) => {
    const props = first(tc, 'w:tcPr');
    const span = Number(attr(props && first(props, 'w:gridSpan'), 'w:val') ?? 1);
    const vMergeEl = props && first(props, 'w:vMerge');
    const cell: GridCell = {
      el: tc,
      col,
      span,
      text: textOf(tc),
      vMerge: vMergeEl ? (vMergeEl.getAttribute('w:val') ?? 'continue') : null,
      fill: attr(props && first(props, 'w:shd'), 'w:fill'),
      colour: attr(first(tc, 'w:color'), 'w:val'),
    };
    col += span;
    return cell;
  });
}

export function isHeaderRow(row: Element): boolean {
  const trPr = first(row, 'w:trPr');
  const header = trPr && first(trPr, 'w:tblHeader');
  return header !== null && header.getAttribute('w:val') !== 'false' && header.getAttribute('w:val') !== '0';
}
