import { BULLET_RULES } from './bullets';
import { dateFuture } from './dateFuture';
import { dateOrder } from './dateOrder';
import { duplicateKey } from './duplicateKey';
import { invalidDate } from './invalidDate';
import { invalidEmail } from './invalidEmail';
import { invalidUrl } from './invalidUrl';
import { networkSpelling } from './networkSpelling';
import type { Rule } from './rule';
import { TECHNOLOGY_RULES } from './technologies';
import { typeMismatch } from './typeMismatch';
import { unknownKey } from './unknownKey';
import { yamlSyntax } from './yamlSyntax';

/** Every rule, in the order their findings are listed when they share a line. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  duplicateKey,
  typeMismatch,
  unknownKey,
  invalidEmail,
  invalidUrl,
  invalidDate,
  dateOrder,
  dateFuture,
  networkSpelling,
  ...BULLET_RULES,
  ...TECHNOLOGY_RULES,
];

/**
 * The codes of rules that judge the structure the parser built (types, keys, field values). Where the parser could
 * not read the text (see yaml/unreadable.ts) their findings would describe its guess, so they are left out there.
 */
export const STRUCTURE_CODES: ReadonlySet<string> = new Set(
  [typeMismatch, unknownKey, invalidEmail, invalidUrl, invalidDate, dateOrder, dateFuture, networkSpelling].map((rule) => rule.id),
);
