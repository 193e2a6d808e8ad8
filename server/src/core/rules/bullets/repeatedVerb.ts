import type { Rule } from '../rule';
import { collectWriting, type Text } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingIn, orList, quote, type TextFinding, type TextFix } from '../../writing/findings';
import type { OpeningVerb } from '../../writing/opener';
import { synonymsOf } from '../../writing/synonyms';
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

  get lower(): string {
    return this.#verb.lower;
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

/** The same opening verb in more than two bullets: the reader stops noticing it. Later uses are reported. */
export const repeatedVerb: Rule = {
  id: WritingCodes.repeatedVerb,
  *check(context) {
    const bullets = collectWriting(context).bullets;
    const uses = new Map<string, Text[]>();
    for (let i = 0; i < bullets.length; i++) {
      const bullet = bullets[i]!;
      const lower = bullet.facts.get(IF_REPEATED)?.lower;
      if (lower === undefined) continue;
      const list = uses.get(lower);
      if (list) list.push(bullet);
      else uses.set(lower, [bullet]);
    }
    for (const list of uses.values()) {
      for (let i = ALLOWED; i < list.length; i++) yield findingIn(list[i]!, list[i]!.facts.get(IF_REPEATED)!.finding(list.length));
    }
  },
};
