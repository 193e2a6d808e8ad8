import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ResumeDocument } from './document';
import { keyText, spanOf } from './yaml/nodes';

/** How an entry of each section is named in the outline: the fields joined with " — ". */
const ENTRY_NAME: Readonly<Record<string, readonly string[]>> = {
  work: ['name', 'position'],
  volunteer: ['organization', 'position'],
  education: ['institution', 'studyType', 'area'],
  awards: ['title', 'awarder'],
  certificates: ['name', 'issuer'],
  publications: ['name', 'publisher'],
  skills: ['name'],
  languages: ['language', 'fluency'],
  interests: ['name'],
  references: ['name'],
  projects: ['name'],
  profiles: ['network', 'username'],
};

const title = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);

/** Editors reject a symbol with an empty name (LSP forbids whitespace-only ones too); line breaks read badly. */
const UNTITLED = '(untitled)';
const label = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** The outline: each section, and in lists each entry by its name (Work › Parcelwise — Staff Engineer). */
export function documentSymbols(doc: ResumeDocument): DocumentSymbol[] {
  const root = doc.yaml.contents;
  if (!isMap(root)) return [];
  return root.items.flatMap((pair) => {
    const symbol = sectionSymbol(doc, pair);
    return symbol ? [symbol] : [];
  });
}

function sectionSymbol(doc: ResumeDocument, pair: Pair): DocumentSymbol | undefined {
  const key = keyText(pair);
  const keySpan = spanOf(pair.key);
  if (key === null || !keySpan) return undefined;
  const value = pair.value as Node | null;
  const end = spanOf(value)?.[1] ?? keySpan[1];
  const children: DocumentSymbol[] = [];
  if (isSeq(value)) {
    value.items.forEach((item, index) => {
      const child = entrySymbol(doc, key, item as Node, index);
      if (child) children.push(child);
    });
  } else if (isMap(value)) {
    for (const inner of value.items) {
      const innerKey = keyText(inner);
      if (innerKey === 'profiles' && isSeq(inner.value)) {
        const section = sectionSymbol(doc, inner);
        if (section) children.push(section);
      }
    }
  }
  return {
    name: label(title(key)) || UNTITLED,
    kind: isSeq(value) ? SymbolKind.Array : isMap(value) ? SymbolKind.Module : SymbolKind.Property,
    range: doc.lines.range(keySpan[0], end),
    selectionRange: doc.lines.range(keySpan[0], keySpan[1]),
    children,
  };
}

function entrySymbol(doc: ResumeDocument, section: string, item: Node, index: number): DocumentSymbol | undefined {
  const span = spanOf(item);
  if (!span) return undefined;
  const fields = ENTRY_NAME[section] ?? ['name'];
  const parts = isMap(item) ? fields.map((field) => text(item, field)).filter((part) => part !== '') : [];
  const own = parts.length > 0 ? parts.join(' — ') : isScalar(item) && item.value !== null ? String(item.value) : '';
  return {
    name: label(own) || `${label(title(section)) || UNTITLED} ${index + 1}`,
    kind: SymbolKind.Object,
    range: doc.lines.range(span[0], span[1]),
    selectionRange: doc.lines.range(span[0], span[1]),
  };
}

function text(map: YAMLMap, key: string): string {
  const value = map.get(key, true);
  return isScalar(value) && value.value !== null ? label(String(value.value)) : '';
}
