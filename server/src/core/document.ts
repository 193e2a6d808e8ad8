import { parseDocument, type Document } from 'yaml';
import { LineIndex } from './lineIndex';
import { DiagnosticCodes } from './codes';

/** One parsed resume: the text, its YAML syntax tree with source ranges, and its line index. */
export interface ResumeDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly yaml: Document.Parsed;
  readonly lines: LineIndex;
  /** Set when the text was not parsed because parsing it could exhaust time or memory. */
  readonly refused?: Refusal;
  /**
   * Documents sharing this token validate the same against the schema: an edit that only changed a plain text value
   * keeps the token, so the validator's errors (which name paths, not offsets) are reused instead of recomputed.
   */
  readonly schemaToken: object;
}

export interface Refusal {
  readonly code: string;
  readonly message: string;
  readonly offset: number;
}

/** A resume is a few kilobytes; a megabyte takes the parser about half a second, so beyond that we do not try. */
export const MAX_PARSED_CHARS = 1024 * 1024;
/** Real resumes nest flow collections two or three deep; thousands of `[` crash the parser's regex engine. */
export const MAX_FLOW_DEPTH = 256;

/**
 * A resume is JSON data, whose keys are text: `stringKeys` makes the parser report a list or map used as a key
 * (NON_STRING_KEY, shown as `yaml-syntax`) instead of `toJS` stringifying it with a process warning — and
 * `logLevel: 'error'` keeps the library from printing warnings of its own into the editor's log.
 */
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, stringKeys: true, logLevel: 'error' } as const;

export function parseResume(uri: string, version: number, text: string): ResumeDocument {
  const refused = refuse(text);
  const yaml = parseDocument(refused ? '' : text, PARSE_OPTIONS);
  const lines = new LineIndex(text);
  const schemaToken = {};
  return refused ? { uri, version, text, yaml, lines, refused, schemaToken } : { uri, version, text, yaml, lines, schemaToken };
}

function refuse(text: string): Refusal | undefined {
  if (text.length > MAX_PARSED_CHARS) {
    const size = (text.length / (1024 * 1024)).toFixed(1);
    return {
      code: DiagnosticCodes.fileTooLarge,
      message: `This file is ${size} MB; Vitae checks resumes up to 1 MB. Split it or remove the pasted data.`,
      offset: 0,
    };
  }
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 91 /* [ */ || ch === 123 /* { */) {
      if (++depth > MAX_FLOW_DEPTH) {
        return {
          code: DiagnosticCodes.yamlSyntax,
          message: `Brackets are nested more than ${MAX_FLOW_DEPTH} levels deep here; Vitae stops checking this file until they are removed.`,
          offset: i,
        };
      }
    } else if ((ch === 93 /* ] */ || ch === 125 /* } */) && depth > 0) depth--;
  }
  return undefined;
}
