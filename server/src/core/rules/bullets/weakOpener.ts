import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { WritingCodes } from '../../writing/codes';
import { derived } from '../../writing/facts';
import { findingsOf, NO_FINDINGS, orList, quote, type TextFinding } from '../../writing/findings';
import { fitsBefore } from '../../writing/fittingVerbs';
import { isHeading } from '../../writing/numberless';
import type { WeakOpener } from '../../writing/opener';

const HEADING_MESSAGE = (text: string): string =>
  `${quote(text)} is a heading, not a bullet: every highlight is already one. Remove it, and let each bullet open with the verb for what you did.`;

const FINDINGS = derived((facts): readonly TextFinding[] => {
  // "Key achievements:" — the fitting advice is about the structure, not about the words that open it.
  if (isHeading(facts)) return [{ code: WritingCodes.weakOpener, severity: 'warning', message: HEADING_MESSAGE(facts.text.trim()) }];
  const weak = facts.opener.weak;
  if (!weak) return NO_FINDINGS;
  const replacement = weak.replacement;
  const rest = replacement ? facts.text.slice(replacement.end) : '';
  const options = (replacement?.options ?? []).filter((option) => fitsBefore(option, rest));
  const fixes = options.map((option) => ({
    title: `Replace ${quote(facts.text.slice(replacement!.start, replacement!.end))} with ${quote(option)}`,
    from: replacement!.start,
    to: replacement!.end,
    newText: option,
  }));
  return [{ code: WritingCodes.weakOpener, severity: 'warning', message: message(weak, options), range: [weak.start, weak.end], fixes }];
});

/** A bullet that opens with a duty, a noun or a gerund instead of the verb for what the author did. */
export const weakOpener: Rule = {
  id: WritingCodes.weakOpener,
  *check(context) {
    yield* findingsOf(collectWriting(context).bullets, FINDINGS);
  },
};

function message(weak: WeakOpener, options: readonly string[]): string {
  const instead = options.length ? `: ${orList(options.map(quote))}` : ', such as Built, Led or Cut';
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
    case 'joining':
      return `Weak opener: ${quote(weak.text)} says how you came to the work (joining, becoming, taking it on), not what you did with it. Start with what you achieved${instead}.`;
    case 'position':
      return `Weak opener: ${quote(weak.text)} names a position you held, not what you did in it. Start with what you achieved in that role${options.length ? instead : ', such as Led, Built or Cut'}.`;
    case 'nominal':
      return `Weak opener: ${quote(weak.text)} names the work as a noun, like a list of duties. Use its verb${instead}.`;
    case 'qualification':
      return `Weak opener: ${quote(weak.text)} states a qualification, not what you did with it. List it under education or certificates, or start with what you achieved using it${options.length ? instead : ''}.`;
    case 'feature':
      return `Weak opener: after ${quote(weak.label ?? '')}, ${quote(weak.text)} describes the feature, not what you did. Start the part after the dash with the verb for your part, such as Built, Designed or Shipped.`;
  }
}
