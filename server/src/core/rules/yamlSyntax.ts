import type { YAMLError } from 'yaml';
import { DiagnosticCodes } from '../codes';
import type { ResumeDocument } from '../document';
import type { Finding } from '../finding';
import { keySpans } from '../yaml/nodes';
import type { Rule } from './rule';

/** Plain-English messages for the parser's error codes; the parser's own text is written for YAML experts. */
const MESSAGES: Record<string, string> = {
  BAD_INDENT: 'This line is not indented like its neighbours. Line it up with the other keys of the same entry.',
  TAB_AS_INDENT: 'Tabs cannot indent YAML. Replace the tab with spaces.',
  MISSING_CHAR: 'Something is missing here, such as a closing quote or bracket, or a ":" after a key.',
  BAD_DQ_ESCAPE: 'This backslash sequence is not valid inside double quotes. Use single quotes or write \\\\ for a backslash.',
  BLOCK_AS_IMPLICIT_KEY: 'A key cannot span several lines. Put the key and its ":" on one line.',
  MULTILINE_IMPLICIT_KEY: 'A key cannot run onto the next line. Is a ":" missing on this line, or is the next line indented too far?',
  BLOCK_IN_FLOW: 'Inside [ ] or { } everything must stay on one level. Close the brackets or write the list with "- " lines.',
  MULTIPLE_DOCS: 'A resume is one YAML document; remove this "---" and what follows, or move it to another file.',
  BAD_ALIAS: 'This alias (*name) refers to no anchor (&name) above it.',
  KEY_OVER_1024_CHARS: 'This key is longer than 1024 characters. Is a ":" in the wrong place?',
  BAD_SCALAR_START: 'A plain value cannot start with this character. Put the value in quotes.',
  UNEXPECTED_TOKEN: 'YAML cannot make sense of this text. Check the indentation, or put the value in quotes.',
  TAG_RESOLVE_FAILED: 'This value does not match its tag (a "!!" type). Remove the tag or fix the value.',
  BAD_COLLECTION_TYPE: 'This value does not match its tag (a "!!" type). Remove the tag or fix the value.',
  MULTIPLE_ANCHORS: 'A value can have only one anchor (&name).',
  MULTIPLE_TAGS: 'A value can have only one tag (!tag).',
  BAD_PROP_ORDER: 'Write the anchor (&name) and tag (!tag) before the value.',
  ALIAS_PROPS: 'An alias (*name) cannot have an anchor or a tag.',
  BAD_DIRECTIVE: 'This "%" directive is not valid YAML.',
  NON_STRING_KEY: 'A key must be text, such as "name:"; a list or a map cannot be a key. Remove the brackets or put the key in quotes.',
};

const FALLBACK = 'YAML cannot make sense of this text. Check the indentation and quotes on this line.';

/**
 * When the parser reports several errors at one start (a mis-indented line gives both BLOCK_AS_IMPLICIT_KEY and
 * MULTILINE_IMPLICIT_KEY), the one whose words say most about the usual cause is kept.
 */
const PREFERRED = ['BAD_INDENT', 'TAB_AS_INDENT', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR'];
const rank = (error: YAMLError): number => {
  const at = PREFERRED.indexOf(error.code);
  return at < 0 ? PREFERRED.length : at;
};

function toFinding(error: YAMLError, severity: 'error' | 'warning', textLength: number, keys: () => ReturnType<typeof keySpans>): Finding {
  // The parser points at a collection key's first bracket; underline the whole key.
  const [start, rawEnd] = (error.code === 'NON_STRING_KEY' && keys().at(error.pos[0])) || error.pos;
  const end = Math.min(Math.max(rawEnd, start + 1), textLength);
  return { code: DiagnosticCodes.yamlSyntax, severity, message: MESSAGES[error.code] ?? FALLBACK, start, end };
}

/**
 * One parser problem per line: the first on the line (the best-worded at the same start). One mistake often makes
 * the parser report two or three errors on its line, in different words; the first is the one to fix.
 */
function onePerLine(doc: ResumeDocument, errors: readonly YAMLError[]): YAMLError[] {
  const kept = new Map<number, YAMLError>();
  for (const error of errors) {
    if (error.code === 'DUPLICATE_KEY') continue; // the duplicate-key rule reports it, with its own code
    const line = doc.lines.positionAt(error.pos[0]).line;
    const held = kept.get(line);
    if (!held || error.pos[0] < held.pos[0] || (error.pos[0] === held.pos[0] && rank(error) < rank(held))) kept.set(line, error);
  }
  return [...kept.values()].sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * The YAML problems of a document as Vitae states them: what the yaml-syntax rule reports and, for the first error,
 * what the preview's banner says (refused input first, then parser errors, then warnings).
 */
export function syntaxProblems(doc: ResumeDocument): Finding[] {
  if (doc.refused) {
    const { code, message, offset } = doc.refused;
    return [{ code, severity: code === DiagnosticCodes.fileTooLarge ? 'warning' : 'error', message, start: offset, end: offset + 1 }];
  }
  const length = doc.text.length;
  let spans: ReturnType<typeof keySpans> | undefined;
  const keys = (): ReturnType<typeof keySpans> => (spans ??= keySpans(doc.yaml));
  return [
    ...onePerLine(doc, doc.yaml.errors).map((error) => toFinding(error, 'error', length, keys)),
    ...onePerLine(doc, doc.yaml.warnings).map((warning) => toFinding(warning, 'warning', length, keys)),
  ];
}

/** YAML that does not parse, at the exact span the parser points at, in words a resume author understands. */
export const yamlSyntax: Rule = {
  id: DiagnosticCodes.yamlSyntax,
  check: ({ doc }) => syntaxProblems(doc),
};
