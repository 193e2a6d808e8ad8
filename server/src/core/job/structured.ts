import { isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import { TextMap } from '../writing/textMap';
import type { Passage } from './passage';

/** The job schema's fields whose strings the extractor reads, in the order a reader meets them. */
const TEXT_FIELDS = new Set(['title', 'description', 'responsibilities', 'qualifications', 'skills', 'experience', 'name', 'keywords']);

export interface StructuredJob {
  readonly title?: string;
  readonly company?: string;
  readonly passages: readonly Passage[];
  readonly problems: readonly string[];
}

/** A JSON Resume job file (YAML or JSON): a passage per string of the fields that describe the work. */
export function structuredJob(text: string): StructuredJob {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
  const problems = doc.errors.slice(0, 1).map((error) => `The job file is not valid ${text.trimStart().startsWith('{') ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`);
  const root = doc.contents;
  if (!isMap(root)) return { passages: [], problems: problems.length ? problems : ['The job file holds no fields: expected title, description, qualifications, skills… (JSON Resume job schema).'] };
  const passages: Passage[] = [];
  const stringOf = (node: unknown): string | undefined => (isScalar(node) && typeof node.value === 'string' ? node.value : undefined);
  const add = (node: unknown, field: string): void => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
    const map = new TextMap(text, node.value, node.range[0], node.range[1], node.type as Scalar['type']);
    passages.push({ text: node.value, span: (from, to) => map.span(from, to), field });
  };
  const walk = (node: Node | null | undefined, field: string, depth: number): void => {
    if (!node || depth > 4) return;
    if (isScalar(node)) add(node, field);
    else if (isSeq(node)) for (const item of node.items) walk(item as Node, field, depth + 1);
    else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (TEXT_FIELDS.has(key)) walk(pair.value as Node, field === 'skills' ? (key === 'keywords' ? 'keywords' : 'skills') : key, depth + 1);
      }
    }
  };
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (TEXT_FIELDS.has(key) && key !== 'name' && key !== 'keywords') walk(pair.value as Node, key, 0);
  }
  const title = stringOf(root.get('title', true));
  const company = stringOf(root.get('company', true));
  return { ...(title ? { title } : {}), ...(company ? { company } : {}), passages, problems };
}
