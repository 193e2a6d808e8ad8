import type { Finding } from '../../finding';
import type { Rule } from '../rule';
import { collectWriting, type Text } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingIn, orList, quote, type TextFinding, type TextFix } from '../../writing/findings';
import type { OpeningVerb } from '../../writing/opener';
import { synonymsOf } from '../../writing/synonyms';
import { baseForm, isPastTense, pastTense } from '../../writing/verbs';
import { capitalize } from '../../writing/words';

/** Bullets a verb may open before the resume starts to read as a list of the same thing. */
const ALLOWED = 2;

/** What to say about a bullet if its opening verb turns out to be overused. */
class Repeat {
  readonly #verb: OpeningVerb;
  readonly #instead: string;
  readonly #fixes: readonly TextFix[];
  #last: { readonly count: number; readonly finding: TextFinding } | undefined;

  constructor(verb: OpeningVerb) {
    const options = synonymsOf(verb.text, verb.tense);
    this.#verb = verb;
    this.#instead = options.length ? ` Try ${orList(options.map(quote))}.` : '';
    this.#fixes = options.map((option) => ({ title: `Replace ${quote(verb.text)} with ${quote(option)}`, from: verb.start, to: verb.end, newText: option }));
  }

  /** The verb whatever its form: "Create", "Created" and "Creates" are one verb, as are "Lead" and "Led". */
  get key(): string {
    const lower = this.#verb.lower;
    return isPastTense(lower) ? lower : pastTense(baseForm(lower) ?? lower);
  }

  /** The finding when the verb opens `count` bullets; the count rarely changes between keystrokes, so it is kept. */
  finding(count: number): TextFinding {
    if (this.#last?.count !== count) {
      const verb = this.#verb;
      const message = `${quote(capitalize(verb.lower))} opens ${count} bullets; it stops registering after the second. Vary the verb.${this.#instead}`;
      this.#last = { count, finding: { code: WritingCodes.repeatedVerb, severity: 'hint', message, range: [verb.start, verb.end], fixes: this.#fixes } };
    }
    return this.#last.finding;
  }
}

const IF_REPEATED = derived((facts): Repeat | null => {
  const verb = facts.opener.verb;
  return verb ? new Repeat(verb) : null;
});

// A gerund opening a bullet ("Developing …"): a weak opener, and one of a role's three "Developing …" too many.
const GERUND = derived((facts): string | null => (facts.opener.weak?.kind === 'gerund' ? facts.opener.weak.text.toLowerCase() : null));

/**
 * The same opening verb, in any form, in more than two bullets: the reader stops noticing it. Later uses are
 * reported. The same gerund opening three bullets of one entry is reported too ("Developing …" ×3). A label before a
 * dash ("Prototype Storefront – …") is not a verb (opener.ts).
 */
export const repeatedVerb: Rule = {
  id: WritingCodes.repeatedVerb,
  *check(context) {
    const writing = collectWriting(context);
    const bullets = writing.bullets;
    const uses = new Map<string, Text[]>();
    for (let i = 0; i < bullets.length; i++) {
      const bullet = bullets[i]!;
      const key = bullet.facts.get(IF_REPEATED)?.key;
      if (key === undefined) continue;
      const list = uses.get(key);
      if (list) list.push(bullet);
      else uses.set(key, [bullet]);
    }
    for (const list of uses.values()) {
      for (let i = ALLOWED; i < list.length; i++) yield findingIn(list[i]!, list[i]!.facts.get(IF_REPEATED)!.finding(list.length));
    }
    for (const entry of writing.entries) yield* repeatedGerunds(entry.bullets);
  },
};

function* repeatedGerunds(bullets: readonly Text[]): Generator<Finding, void, undefined> {
  const uses = new Map<string, Text[]>();
  for (const bullet of bullets) {
    const gerund = bullet.facts.get(GERUND);
    if (gerund === null) continue;
    const list = uses.get(gerund);
    if (list) list.push(bullet);
    else uses.set(gerund, [bullet]);
  }
  for (const list of uses.values()) {
    for (let i = ALLOWED; i < list.length; i++) {
      const weak = list[i]!.facts.opener.weak!;
      const message = `${quote(capitalize(weak.text.toLowerCase()))} opens ${list.length} bullets of this entry; it stops registering after the second. Open each with the verb for what you did, and vary them.`;
      yield findingIn(list[i]!, { code: WritingCodes.repeatedVerb, severity: 'hint', message, range: [weak.start, weak.end] });
    }
  }
}
