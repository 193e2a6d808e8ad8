import type { Rule } from '../rule';
import { collectWriting } from '../../writing/bullets';
import { ENGLISH } from '../../writing/language';
import { entryBulletCount } from './entryBulletCount';
import { entryNoBullets } from './entryNoBullets';
import { filler } from './filler';
import { length } from './length';
import { noMetric } from './noMetric';
import { passive } from './passive';
import { pronoun } from './pronoun';
import { repeatedVerb } from './repeatedVerb';
import { resumeLength } from './resumeLength';
import { tense } from './tense';
import { weakOpener } from './weakOpener';

/**
 * A rule that reads English words (an opening verb, a passive, a pronoun, a filler, a tense) speaks only about a
 * resume written in English: "Mise en place d'une API" opens with no weak verb, and "fue desplegado" is no English
 * passive. The rules that count (numbers, words, bullets) speak in every language.
 */
function inEnglish(rule: Rule): Rule {
  return {
    id: rule.id,
    *check(context) {
      if (collectWriting(context).language === ENGLISH) yield* rule.check(context);
    },
  };
}

/** The writing-quality rules, in the order their findings are listed when they share a line. */
export const BULLET_RULES: readonly Rule[] = [
  inEnglish(weakOpener),
  noMetric,
  inEnglish(filler),
  inEnglish(pronoun),
  inEnglish(passive),
  inEnglish(tense),
  inEnglish(repeatedVerb),
  length,
  entryNoBullets,
  entryBulletCount,
  resumeLength,
];
