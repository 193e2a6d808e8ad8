import type { Scalar } from 'yaml';
import type { Entry } from './bullets';
import type { TextFacts } from './facts';
import { TextMap } from './textMap';

/** A string scalar with its document range, as the parser gives it. */
export type StringScalar = Scalar<string> & { range: [number, number, number] };

/**
 * A string the writing rules judge — a highlight (a bullet) or a summary/description paragraph (prose) — and the
 * map from offsets in it to offsets in the document.
 */
export class Text extends TextMap {
  readonly kind: 'bullet' | 'prose';
  /** What is known about the string itself, shared with every other lint that meets it. */
  readonly facts: TextFacts;
  readonly entry: Entry | undefined;
  // Copied, not read from the node: an incremental re-parse moves the node's range for the next document.
  readonly #start: number;
  readonly #end: number;
  #trimmedSpan: [number, number] | undefined;

  constructor(docText: string, kind: Text['kind'], node: StringScalar, facts: TextFacts, entry?: Entry) {
    super(docText, facts.text, node.range[0], node.range[1], node.type);
    this.kind = kind;
    this.facts = facts;
    this.entry = entry;
    this.#start = node.range[0];
    this.#end = node.range[1];
  }

  get text(): string {
    return this.facts.text;
  }

  /** Value offsets of the text without quotes and surrounding blanks. */
  get trimmed(): readonly [number, number] {
    return this.facts.trimmed;
  }

  /** Document offsets of the trimmed text (of the whole scalar when it is blank). */
  get trimmedSpan(): [number, number] {
    if (!this.#trimmedSpan) {
      const [from, to] = this.trimmed;
      this.#trimmedSpan = this.facts.blank ? [this.#start, this.#end] : this.span(from, to);
    }
    return this.#trimmedSpan;
  }
}
