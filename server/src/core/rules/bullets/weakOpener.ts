import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { findingIn, fixIn, orList, quote } from '../../writing/findings';
import { analyzeOpener, type WeakOpener } from '../../writing/opener';

/** A bullet that opens with a duty, a noun or a gerund instead of the verb for what the author did. */
export const weakOpener: Rule = {
  id: WritingCodes.weakOpener,
  *check(context) {
    for (const bullet of collectWriting(context).bullets) {
      const weak = analyzeOpener(bullet.text).weak;
      if (!weak) continue;
      const replacement = weak.replacement;
      const fixes = (replacement?.options ?? []).map((option) =>
        fixIn(bullet, `Replace ${quote(bullet.text.slice(replacement!.start, replacement!.end))} with ${quote(option)}`, replacement!.start, replacement!.end, option),
      );
      yield findingIn(bullet, WritingCodes.weakOpener, 'warning', message(weak), [weak.start, weak.end], fixes);
    }
  },
};

function message(weak: WeakOpener): string {
  const options = weak.replacement?.options ?? [];
  const instead = options.length ? `: ${orList(options.map(quote))}` : ' such as Built, Led or Cut';
  switch (weak.kind) {
    case 'phrase':
      return `Weak opener: ${quote(weak.text)} says what you were around, not what you did. Start with a strong verb${instead}.`;
    case 'role':
      return `Weak opener: ${quote(weak.text)} describes a job, not an achievement. Start with the verb${instead}.`;
    case 'copula':
      return `Weak opener: ${quote(weak.text)} is not an action. Start with the verb for what you did${instead}.`;
    case 'gerund':
      return `Weak opener: ${quote(weak.text)} reads like a job description. Start with what you did, in the past tense${instead}.`;
    case 'noun':
      return `Weak opener: the bullet starts with ${quote(weak.text)}, not an action. Start with the verb for what you did${instead}.`;
  }
}
