/**
 * Part names and relationship targets. Excel writes targets relative to the part
 * that holds the relationship ("worksheets/sheet1.xml"); openpyxl and others write
 * them absolute ("/xl/worksheets/sheet1.xml"); both name the same part. Part names
 * compare without regard to case (OPC), so lookups go through partKey.
 */

/** "xl/worksheets/../sharedStrings.xml" -> "xl/sharedStrings.xml" */
export function normalisePart(name: string): string {
  const out: string[] = [];
  for (const seg of name.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

export function partKey(name: string): string {
  return normalisePart(name).toLowerCase();
}

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash === -1 ? '' : part.slice(0, slash);
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The part a relationship of `source` ("" for the package itself) points at. */
export function resolveTarget(source: string, target: string): string {
  const t = decodeTarget(target.split('#')[0]);
  if (t.startsWith('/')) return normalisePart(t);
  return normalisePart(`${folderOf(source)}/${t}`);
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels" */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  const file = part.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === '' ? '' : `${folder}/`}_rels/${file}.rels`;
}

/** A target for `to` written relative to `from`'s folder, the way Excel writes them. */
export function relativeTarget(from: string, to: string): string {
  const a = folderOf(from).split('/').filter(Boolean);
  const b = to.split('/');
  let same = 0;
  while (same < a.length && same < b.length - 1 && a[same] === b[same]) same++;
  return [...a.slice(same).map(() => '..'), ...b.slice(same)].join('/');
}
