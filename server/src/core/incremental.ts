import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, Scalar, type Range } from 'yaml';
import type { ResumeDocument } from './document';
import { LineIndex } from './lineIndex';
import { resolve, schemaAt } from './schema/resumeSchema';
import { keyText, type PathSegment } from './yaml/nodes';

/**
 * The common keystroke — typing inside one text value, such as a bullet — without re-parsing the file.
 *
 * Parsing is linear in the file's size (about 15 µs a line), which alone would exceed the latency budget of a
 * 10,000-line resume. When an edit stays inside one single-line string value of a block collection, the new text
 * parses to the same tree with that one value changed and every later offset moved, so we patch the previous tree
 * instead. Anything else — keys, structure, numbers, comments, multi-line edits — returns undefined and the caller
 * parses in full.
 */
export function reparse(previous: ResumeDocument, uri: string, version: number, text: string): ResumeDocument | undefined {
  const before = previous.text;
  if (previous.refused || previous.yaml.errors.length > 0 || before === text) return undefined;
  const found = diff(before, text);
  if (/[\r\n]/.test(before.slice(found.start, found.oldEnd)) || /[\r\n]/.test(text.slice(found.start, found.newEnd))) return undefined;
  // "Acme" → "Acme Corp" may diff as "Corp " inserted after "Acme "; the same edit slid left touches the value.
  let edit = found;
  let located = findValueScalar(previous.yaml.contents, edit.start, edit.oldEnd, before);
  if (!located) {
    edit = slideLeft(found, before, text);
    located = findValueScalar(previous.yaml.contents, edit.start, edit.oldEnd, before);
  }
  if (!located) return undefined;
  const target = located.scalar;
  const replacement = rescan(target, edit, before, text);
  if (!replacement) return undefined;

  const r0 = (target.range as Range)[0];
  const delta = edit.newEnd - edit.oldEnd;
  const newEnd = r0 + replacement.source.length;
  // A collection's range runs to the end of its last line, spaces included (at the end of the file, to the end of
  // the text), so an end at or after the edit moves with the text; only the scalar's own end is where its text ends.
  const shift = (x: number): number => (x < edit.start ? x : x >= edit.oldEnd ? x + delta : newEnd);

  shiftFrom(previous.yaml.contents, edit.start, target, shift);
  const targetRange = target.range as Range;
  target.range = [r0, newEnd, Math.max(newEnd, shift(targetRange[2]))];
  target.value = replacement.value;
  target.source = replacement.value;
  if (previous.yaml.range) previous.yaml.range = previous.yaml.range.map(shift) as Range;
  for (const problem of previous.yaml.warnings) problem.pos = [shift(problem.pos[0]), shift(problem.pos[1])];

  // Text for text: only a value with a format (email, URL) can change what the schema validator says.
  const format = resolve(schemaAt(located.path))?.format;
  const schemaToken = format === undefined ? previous.schemaToken : {};
  return { uri, version, text, yaml: previous.yaml, lines: new LineIndex(text), schemaToken };
}

interface Edit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Moves the ranges of every node that ends at or after `from`; nodes wholly before the edit keep theirs. */
function shiftFrom(node: unknown, from: number, skip: Scalar, shift: (x: number) => number): void {
  if (!isNode(node) || !node.range || node.range[2] < from) return;
  if (node !== skip) node.range = [shift(node.range[0]), shift(node.range[1]), shift(node.range[2])];
  if (isMap(node)) {
    for (const pair of node.items) {
      shiftFrom(pair.key, from, skip, shift);
      shiftFrom(pair.value, from, skip, shift);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) shiftFrom(item, from, skip, shift);
  }
}

/** The changed region: longest common prefix, then longest common suffix of what remains. */
function diff(before: string, after: string): Edit {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < limit - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** The same insertion or deletion, moved left as far as the text allows (pure insertions and deletions only). */
function slideLeft(edit: Edit, before: string, after: string): Edit {
  let { start, oldEnd, newEnd } = edit;
  const inserting = oldEnd === start;
  const deleting = newEnd === start;
  if (inserting === deleting) return edit;
  for (let steps = 0; steps < 256 && start > 0; steps++) {
    const last = inserting ? after.charCodeAt(newEnd - 1) : before.charCodeAt(oldEnd - 1);
    if (before.charCodeAt(start - 1) !== last) break;
    start--;
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/**
 * The string scalar, in value position of a block collection, whose line holds the whole edit. A document that is one
 * scalar is not patched: every line below it is outside the scalar, and typing there changes what the document is.
 */
function findValueScalar(root: unknown, start: number, end: number, text: string): { scalar: Scalar; path: PathSegment[] } | undefined {
  if (!(isMap(root) || isSeq(root))) return undefined;
  let node: unknown = root;
  const path: PathSegment[] = [];
  for (let depth = 0; depth < 64; depth++) {
    if (isMap(node) && !node.flow) {
      const pair = node.items.find((item) => isPair(item) && covers(item.value, start, end, text));
      if (!pair || covers(pair.key, start, end, text)) return undefined;
      path.push(keyText(pair) ?? '');
      node = pair.value;
    } else if (isSeq(node) && !node.flow) {
      const index = node.items.findIndex((item) => covers(item, start, end, text));
      path.push(index);
      node = node.items[index];
    } else if (isScalar(node)) {
      return typeof node.value === 'string' && !node.anchor && !node.tag ? { scalar: node, path } : undefined;
    } else return undefined;
  }
  return undefined;
}

/** Whether a node's extent (to the end of its line, when nothing but spaces follows it) contains [start, end]. */
function covers(node: unknown, start: number, end: number, text: string): boolean {
  if (!isNode(node) || !node.range) return false;
  const [from, to] = node.range;
  return from <= start && end <= extent(to, text);
}

function extent(to: number, text: string): number {
  let at = to;
  while (text.charCodeAt(at) === 32) at++;
  return at === text.length || text[at] === '\n' || text[at] === '\r' ? at : to;
}

/** The scalar's new source and value, if the edited text still reads as one string scalar of the same kind. */
function rescan(target: Scalar, edit: Edit, before: string, after: string): { source: string; value: string } | undefined {
  const [r0, r1] = target.range as Range;
  if (/[\r\n]/.test(before.slice(r0, r1)) || edit.start < r0) return undefined;
  const quoted = target.type === Scalar.QUOTE_DOUBLE || target.type === Scalar.QUOTE_SINGLE;
  if (target.type !== Scalar.PLAIN && !quoted) return undefined;
  if (quoted && (edit.start <= r0 || edit.oldEnd >= r1)) return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  const end = quoted || edit.oldEnd <= r1 ? r1 + delta : lineEnd(after, r0);
  // Only spaces and tabs separate YAML tokens: a trailing no-break space (U+00A0) belongs to the value.
  const source = trimYamlSpace(after.slice(r0, end));
  if (source !== source.trimStart()) return undefined;
  if (!quoted && end !== r1 + delta && trimYamlSpace(after.slice(r0 + source.length, end)) !== '') return undefined;
  if (source === '' || source.length > 10_000) return undefined;
  // A line break follows, as in the document: at the very end of its input the parser accepts `"a \"` as closed.
  const alone = parseDocument(`${source}\n`, { prettyErrors: false });
  const scalar = alone.contents;
  if (alone.errors.length > 0 || alone.warnings.length > 0 || !isScalar(scalar) || scalar.type !== target.type || typeof scalar.value !== 'string') return undefined;
  if (scalar.tag || scalar.anchor) return undefined;
  if (scalar.comment || scalar.commentBefore || scalar.range?.[0] !== 0 || scalar.range[1] !== source.length) return undefined;
  return { source, value: scalar.value };
}

function trimYamlSpace(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return text.slice(0, end);
}

/** Where the line holding `from` ends: at "\n", "\r\n" or a lone "\r", all three line breaks to YAML and LSP. */
function lineEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
  return at;
}
