/**
 * How written names are compared: "NodeJS", "node.js" and "Node JS" are one name; "C", "C#" and "C++" are three.
 * Case, spaces, hyphens, underscores and dots between letters do not count; "#" and "+" do, and so does a leading
 * dot (".NET" is not "NET").
 */

// Letters from other scripts that look exactly like Latin ones ("Jаva" with a Cyrillic а). They are read as Latin
// only inside a word that also has Latin letters, so Russian or Greek words stay what they are.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', α: 'a', ν: 'v', ι: 'i', κ: 'k', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X', Υ: 'Y',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');
const LATIN = /[A-Za-z]/;
const NON_ASCII = /[^\x00-\x7f]/;

/** The look-alike letters of a word with Latin letters, as written ("а" in "Jаva"); empty for an honest word. */
export function lookAlikesIn(text: string): string[] {
  if (!NON_ASCII.test(text) || !LATIN.test(text)) return [];
  return text.match(LOOK_ALIKE) ?? [];
}

/** The text with compatibility forms (full-width letters) and look-alike letters read as plain Latin. */
export function plain(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const normal = text.normalize('NFKC');
  return LATIN.test(normal) ? normal.replace(LOOK_ALIKE, (ch) => LOOK_ALIKES[ch] ?? ch) : normal;
}

/** The comparison key of a whole name: "Node.js" → "nodejs", ".NET" → ".net", "Objective-C" → "objectivec". */
export function foldKey(text: string): string {
  const lower = plain(text).trim().toLowerCase().replace(/['’]s$/, '');
  const lead = lower.startsWith('.') ? '.' : '';
  return lead + lower.replace(/[\s\-_.\u00a0'’]+/g, '');
}

/** The key of a name of several words, word by word: "Amazon  Web services" → "amazon web services". */
export function spacedKey(text: string): string {
  return plain(text)
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => foldKey(word))
    .join(' ');
}
