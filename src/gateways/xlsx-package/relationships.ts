/**
 * Relationship parts (_rels/*.rels): how one part reaches another. Read to find the
 * workbook, its sheets, shared strings and styles, and each sheet's tables, pivot
 * tables and drawings; patched by inserting or cutting single <Relationship>
 * elements when the plan adds or deletes a sheet.
 */
import { appendToRoot, attrIn, escapeXml } from './xml-text';
import { parseSmallXml } from './xml-parts';
import { relsPartOf, resolveTarget } from './part-names';
import { scanXml } from './xml-scan';

export interface Relationship {
  id: string;
  /** the type's last segment: "worksheet", "sharedStrings", "table", "drawing"... */
  kind: string;
  type: string;
  /** the resolved part name for internal targets, the raw target for external ones */
  target: string;
  external: boolean;
}

export const RELS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const RELS_CONTENT_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

/** The relationships of `source` ("" for the package) from its rels part's text. */
export function readRelationships(xml: string, file: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  parseSmallXml(xml, file, relsPartOf(source), {
    open(name, a) {
      if (name !== 'Relationship' || !a.Id || a.Target === undefined) return;
      const external = a.TargetMode === 'External';
      const type = a.Type ?? '';
      out.push({
        id: a.Id,
        type,
        kind: type.slice(type.lastIndexOf('/') + 1),
        target: external ? a.Target : resolveTarget(source, a.Target),
        external,
      });
    },
  });
  return out;
}

/** An id no relationship of the part uses yet: rId1, rId2... as Excel numbers them. */
export function freeRelId(rels: Relationship[]): string {
  const used = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

export function addRelationship(xml: string, id: string, type: string, target: string): string {
  return appendToRoot(
    xml,
    `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`,
  );
}

export function removeRelationship(xml: string, id: string, part: string): string {
  const cut: number[] = [];
  scanXml(
    xml,
    {
      open(x, name, start, end) {
        if (cut.length === 0 && name.endsWith('Relationship') && attrIn(x, start, end, 'Id') === id)
          cut.push(start, end);
      },
      close() {},
    },
    part,
  );
  if (cut.length === 0) return xml;
  const [s, e] = cut;
  return xml.slice(0, s) + xml.slice(e);
}
