/**
 * Adds the cell formats a plan needs to xl/styles.xml, the way Excel does: new
 * fonts, fills, borders, number formats and cellXfs entries are appended; every
 * existing entry keeps its index and its exact XML, so cells the plan does not
 * touch look exactly as before. A plan style is laid over the cell's own format
 * (bold on a red cell keeps it red), as the exceljs gateway does.
 */
import type { CellStyle } from '../../engine/model/plan';
import { builtInFormatId, FIRST_CUSTOM_FORMAT_ID } from './number-formats';
import { parseXf, type Xf, xfXml } from './style-xf';
import { escapeXml } from './xml-text';
import { scanXml } from './xml-scan';
import { fontWith } from './style-font';
import { afterRootTag, withDefaultNamespace } from './root-namespace';

const LISTS = ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const;
type List = (typeof LISTS)[number];

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

const THIN = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;
const BORDER_THIN = `<border>${['left', 'right', 'top', 'bottom'].map(THIN).join('')}<diagonal/></border>`;
const BORDER_NONE = '<border><left/><right/><top/><bottom/><diagonal/></border>';

function fillXml(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
}

interface Section {
  /** each existing child element's XML, by index */
  items: string[];
  added: string[];
  /** index by XML, to reuse an identical entry rather than add a twin */
  index: Map<string, number>;
}

export class StyleBook {
  private readonly sections = new Map<List, Section>();
  private readonly formats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT_ID;
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly xml: string,
    part: string,
  ) {
    for (const list of LISTS) this.sections.set(list, { items: [], added: [], index: new Map() });
    readSections(xml, part, this.sections);
    for (const item of this.section('numFmts').items) {
      const id = Number(/numFmtId="(\d+)"/.exec(item)?.[1]);
      const code = /formatCode="([^"]*)"/.exec(item)?.[1];
      if (code !== undefined) this.formats.set(unescape(code), id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  get changed(): boolean {
    return LISTS.some((l) => this.section(l).added.length > 0);
  }

  /** The cellXfs index for `base` with these plan styles laid over it, added once and then reused. */
  xfFor(base: number, styles: readonly CellStyle[]): number {
    if (styles.length === 0) return base;
    // cells share their list of styles (sheet-edits.ts addStyle): known by the list itself first
    let forList = this.byList.get(styles);
    if (!forList) {
      forList = new Map();
      this.byList.set(styles, forList);
    }
    let id = forList.get(base);
    if (id === undefined) {
      id = this.xfForStyles(base, styles);
      forList.set(base, id);
    }
    return id;
  }

  private readonly byList = new WeakMap<readonly CellStyle[], Map<number, number>>();

  private xfForStyles(base: number, styles: readonly CellStyle[]): number {
    // the same style objects recur on every cell of an op's range: known by identity first, by content after
    const quick = this.identityKey(base, styles);
    const known = this.byIdentity.get(quick);
    if (known !== undefined) return known;
    const key = `${base}|${JSON.stringify(styles)}`;
    let id = this.cache.get(key);
    if (id === undefined) {
      const xfs = this.section('cellXfs');
      const xf = parseXf(
        xfs.items[base] ?? xfs.items[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      );
      for (const s of styles) this.lay(xf, s);
      id = this.add('cellXfs', xfXml(xf));
      this.cache.set(key, id);
    }
    this.byIdentity.set(quick, id);
    return id;
  }

  /** a number per style object seen, for keys that need no JSON of the style */
  private readonly styleIds = new WeakMap<CellStyle, number>();
  private nextStyleId = 0;
  private readonly byIdentity = new Map<string, number>();

  private identityKey(base: number, styles: readonly CellStyle[]): string {
    let key = String(base);
    for (const s of styles) {
      let id = this.styleIds.get(s);
      if (id === undefined) {
        id = this.nextStyleId++;
        this.styleIds.set(s, id);
      }
      key += `|${id}`;
    }
    return key;
  }

  /** styles.xml with the added entries appended to their lists and the counts brought up to date. */
  toXml(): string {
    // new <xf>, <font>... are written unprefixed: a prefixed part's root must declare their namespace
    let out = withDefaultNamespace(this.xml);
    // from the last list in the file to the first, so earlier offsets stay valid
    const order = LISTS.map((l) => ({ l, at: out.indexOf(`<${l}`) })).sort((a, b) => b.at - a.at);
    for (const { l } of order) out = appendTo(out, l, this.section(l));
    return out;
  }

  private section(list: List): Section {
    return this.sections.get(list) as Section;
  }

  private add(list: List, xml: string): number {
    const s = this.section(list);
    const known = s.index.get(xml);
    if (known !== undefined) return known;
    const id = s.items.length + s.added.length;
    s.added.push(xml);
    s.index.set(xml, id);
    return id;
  }

  private lay(xf: Xf, style: CellStyle): void {
    if (style.fill !== undefined) xf.fillId = this.add('fills', fillXml(style.fill));
    const fonts = this.section('fonts');
    const font = fontWith(
      fonts.items[xf.fontId] ?? fonts.added[xf.fontId - fonts.items.length] ?? '<font/>',
      style,
    );
    if (font !== null) xf.fontId = this.add('fonts', font);
    if (style.border !== undefined)
      xf.borderId = this.add('borders', style.border === 'thin' ? BORDER_THIN : BORDER_NONE);
    if (style.numberFormat !== undefined) xf.numFmtId = this.formatId(style.numberFormat);
    if (style.wrap !== undefined) xf.alignment.wrapText = style.wrap ? '1' : undefined;
    if (style.hAlign !== undefined) xf.alignment.horizontal = style.hAlign;
    // Excel calls the middle "center" vertically too
    if (style.vAlign !== undefined)
      xf.alignment.vertical = style.vAlign === 'middle' ? 'center' : style.vAlign;
  }

  private formatId(code: string): number {
    const known = this.formats.get(code) ?? builtInFormatId(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.section('numFmts').added.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }
}

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function readSections(xml: string, part: string, sections: Map<List, Section>): void {
  let current: Section | null = null;
  let level = 0;
  let itemStart = -1;
  scanXml(
    xml,
    {
      open(_x, name, start, _end, selfClosing) {
        if (level === 1) current = sections.get(name.slice(name.indexOf(':') + 1) as List) ?? null;
        if (level === 2 && current) itemStart = start;
        if (level === 2 && current && selfClosing) (current as Section).items.push(xml.slice(start, _end));
        if (!selfClosing) level++;
      },
      close(_x, _name, _start, end) {
        level--;
        if (level === 2 && current) (current as Section).items.push(xml.slice(itemStart, end));
        if (level === 1) current = null;
      },
    },
    part,
  );
  for (const s of sections.values()) s.items.forEach((x, i) => s.index.has(x) || s.index.set(x, i));
}

/** The styles text with a section's added children appended and its count attribute updated (the section made if missing). */
function appendTo(xml: string, list: List, s: Section): string {
  if (s.added.length === 0) return xml;
  const count = `count="${s.items.length + s.added.length}"`;
  const open = new RegExp(`<((?:\\w+:)?)${list}(\\s[^>]*)?(/?)>`).exec(xml);
  if (!open) {
    // only numFmts can be missing from a real styles part; it goes first
    const at = afterRootTag(xml);
    return `${xml.slice(0, at)}<${list} ${count}>${s.added.join('')}</${list}>${xml.slice(at)}`;
  }
  const [tag, prefix, attrs = '', selfClosing] = open;
  const newAttrs = /\scount="\d*"/.test(attrs)
    ? attrs.replace(/\scount="\d*"/, ` ${count}`)
    : `${attrs} ${count}`;
  const head = `<${prefix}${list}${newAttrs}>`;
  if (selfClosing)
    return (
      xml.slice(0, open.index) +
      head +
      s.added.join('') +
      `</${prefix}${list}>` +
      xml.slice(open.index + tag.length)
    );
  const close = xml.indexOf(`</${prefix}${list}>`, open.index);
  return (
    xml.slice(0, open.index) +
    head +
    xml.slice(open.index + tag.length, close) +
    s.added.join('') +
    xml.slice(close)
  );
}
