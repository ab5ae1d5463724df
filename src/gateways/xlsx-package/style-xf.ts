/** One cellXfs <xf> entry, parsed enough to lay a plan style over it and written back. */
import { attr } from './xml-text';

export interface Xf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  xfId: number;
  /** the other attributes of <xf>, kept as written (quotePrefix, pivotButton...) */
  rest: string;
  alignment: Record<string, string | undefined>;
  /** <protection> and anything else inside the xf, kept as written */
  inner: string;
}

const OWN = new Set([
  'numFmtId',
  'fontId',
  'fillId',
  'borderId',
  'xfId',
  'applyNumberFormat',
  'applyFont',
  'applyFill',
  'applyBorder',
  'applyAlignment',
]);

export function parseXf(xml: string): Xf {
  const gt = xml.indexOf('>');
  const tag = xml.slice(0, gt + 1);
  const num = (name: string) => Number(attr(tag, name) ?? 0);
  const rest: string[] = [];
  for (const m of tag.matchAll(/\s([\w:]+)\s*=\s*("[^"]*"|'[^']*')/g))
    if (!OWN.has(m[1])) rest.push(` ${m[1]}=${m[2]}`);
  const alignment: Record<string, string> = {};
  const al = /<(?:\w+:)?alignment\b[^>]*>/.exec(xml);
  if (al) for (const m of al[0].matchAll(/\s([\w:]+)\s*=\s*"([^"]*)"/g)) alignment[m[1]] = m[2];
  const body = tag.endsWith('/>') ? '' : xml.slice(gt + 1, xml.lastIndexOf('</'));
  return {
    numFmtId: num('numFmtId'),
    fontId: num('fontId'),
    fillId: num('fillId'),
    borderId: num('borderId'),
    xfId: num('xfId'),
    rest: rest.join(''),
    alignment,
    inner: body.replace(/<(?:\w+:)?alignment\b[^>]*?(\/>|>.*?<\/(?:\w+:)?alignment>)/s, ''),
  };
}

export function xfXml(xf: Xf): string {
  const al = Object.entries(xf.alignment)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  const alignment = al ? `<alignment${al}/>` : '';
  const applied =
    ' applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"' + (al ? ' applyAlignment="1"' : '');
  const head = `<xf numFmtId="${xf.numFmtId}" fontId="${xf.fontId}" fillId="${xf.fillId}" borderId="${xf.borderId}" xfId="${xf.xfId}"${xf.rest}${applied}`;
  const body = alignment + xf.inner;
  return body ? `${head}>${body}</xf>` : `${head}/>`;
}
