import type { Rule } from '../rule';
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

/** The writing-quality rules, in the order their findings are listed when they share a line. */
export const BULLET_RULES: readonly Rule[] = [
  weakOpener,
  noMetric,
  filler,
  pronoun,
  passive,
  tense,
  repeatedVerb,
  length,
  entryNoBullets,
  entryBulletCount,
  resumeLength,
];
