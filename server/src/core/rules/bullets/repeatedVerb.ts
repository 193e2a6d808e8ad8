import type { Rule } from '../rule';
import { collectWriting, type Text } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn, fixIn, orList, quote } from '../../writing/findings';
import { analyzeOpener, type OpeningVerb } from '../../writing/opener';
import { synonymsOf } from '../../writing/synonyms';
import { capitalize } from '../../writing/words';

/** Bullets a verb may open before the resume starts to read as a list of the same thing. */
const ALLOWED = 2;

/** The same opening verb in more than two bullets: the reader stops noticing it. Later uses are reported. */
export const repeatedVerb: Rule = {
  id: WritingCodes.repeatedVerb,
  *check(context) {
    const uses = new Map<string, Array<{ bullet: Text; verb: OpeningVerb }>>();
    for (const bullet of collectWriting(context).bullets) {
      const verb = analyzeOpener(bullet.text).verb;
      if (!verb) continue;
      const list = uses.get(verb.lower) ?? [];
      list.push({ bullet, verb });
      uses.set(verb.lower, list);
    }
    for (const list of uses.values()) {
      if (list.length <= ALLOWED) continue;
      for (const { bullet, verb } of list.slice(ALLOWED)) {
        const options = synonymsOf(verb.text, verb.tense);
        const instead = options.length ? ` Try ${orList(options.map(quote))}.` : '';
        const message = `${quote(capitalize(verb.lower))} opens ${list.length} bullets; it stops registering after the second. Vary the verb.${instead}`;
        const fixes = options.map((option) => fixIn(bullet, `Replace ${quote(verb.text)} with ${quote(option)}`, verb.start, verb.end, option));
        yield findingIn(bullet, WritingCodes.repeatedVerb, 'hint', message, [verb.start, verb.end], fixes);
      }
    }
  },
};
