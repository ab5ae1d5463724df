/** "AB12" to 0-based row and column without a regex or a substring: the sheet reader calls this per cell. */

/** Column index of the letters in xml[from, to) ("AB" -> 27), stopping at the first digit; -1 when none. */
export function refCol(xml: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i) | 0x20; // lower-case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === from ? -1 : col - 1;
}

/** Row index of the digits after the letters in xml[from, to) ("AB12" -> 11); -1 when none. */
export function refRow(xml: string, from: number, to: number): number {
  let i = from;
  while (i < to && (xml.charCodeAt(i) | 0x20) >= 97 && (xml.charCodeAt(i) | 0x20) <= 122) i++;
  let row = 0;
  const first = i;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + (c - 48);
  }
  return i === first ? -1 : row - 1;
}

/** The start of attribute `name`'s value (just past its quote) inside the tag xml[from, to), or -1. */
export function attrSpan(xml: string, from: number, to: number, name: string): number {
  let at = xml.indexOf(name, from);
  while (at !== -1 && at < to) {
    const before = xml.charCodeAt(at - 1);
    const eq = at + name.length;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && xml.charCodeAt(eq) === 61) {
      return eq + 2;
    }
    at = xml.indexOf(name, eq);
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export function skipSpace(xml: string, i: number): number {
  while (isSpace(xml.charCodeAt(i))) i++;
  return i;
}

/** End of xml[from, to) without trailing spaces. */
export function trimEnd(xml: string, from: number, to: number): number {
  while (to > from && isSpace(xml.charCodeAt(to - 1))) to--;
  return to;
}

/** The unsigned integer in xml[from, to); 0 when there is none. */
export function digits(xml: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return n;
}
