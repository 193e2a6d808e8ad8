import type { YAMLError } from 'yaml';
import { DiagnosticCodes } from '../codes';
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
  MULTILINE_IMPLICIT_KEY: 'A key cannot span several lines. Is a ":" missing after the previous key, or is this line indented too far?',
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

function toFinding(error: YAMLError, severity: 'error' | 'warning', textLength: number, keys: () => ReturnType<typeof keySpans>): Finding {
  // The parser points at a collection key's first bracket; underline the whole key.
  const [start, rawEnd] = (error.code === 'NON_STRING_KEY' && keys().at(error.pos[0])) || error.pos;
  const end = Math.min(Math.max(rawEnd, start + 1), textLength);
  return { code: DiagnosticCodes.yamlSyntax, severity, message: MESSAGES[error.code] ?? FALLBACK, start, end };
}

/** YAML that does not parse, at the exact span the parser points at, in words a resume author understands. */
export const yamlSyntax: Rule = {
  id: DiagnosticCodes.yamlSyntax,
  *check({ doc }) {
    if (doc.refused) {
      const { code, message, offset } = doc.refused;
      yield { code, severity: code === DiagnosticCodes.fileTooLarge ? 'warning' : 'error', message, start: offset, end: offset + 1 };
      return;
    }
    const length = doc.text.length;
    let spans: ReturnType<typeof keySpans> | undefined;
    const keys = (): ReturnType<typeof keySpans> => (spans ??= keySpans(doc.yaml));
    for (const error of doc.yaml.errors) {
      if (error.code !== 'DUPLICATE_KEY') yield toFinding(error, 'error', length, keys);
    }
    for (const warning of doc.yaml.warnings) yield toFinding(warning, 'warning', length, keys);
  },
};
