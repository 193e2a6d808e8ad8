import { DOMAINS } from './vocabulary.generated';

/**
 * Fields of work (server/data/technologies/domains.yaml): the words a skills group is named with for a field
 * ("Blockchain", "Mobile") and the technologies of that field, which their category alone would not place.
 */
const FIELDS = new Map<string, Array<readonly string[]>>();
const ONLY_NAMED = new Set<string>();
const LISTED = new Set<string>();
for (const domain of DOMAINS) {
  for (const name of domain.technologies) {
    FIELDS.set(name, [...(FIELDS.get(name) ?? []), domain.words]);
    if (domain.onlyNamed) ONLY_NAMED.add(name);
    if (domain.listed) LISTED.add(name);
  }
}

/** Whether a standard is a skill in its own right (OpenAPI, HL7), offered under a new group when none fits. */
export function listedStandard(name: string): boolean {
  return LISTED.has(name);
}

/** Whether a technology is worth listing only in a group named for its field (Jira in "Collaboration"). */
export function onlyWhereNamed(name: string): boolean {
  return ONLY_NAMED.has(name);
}

/** Whether a technology belongs to the field a group is named with `word` for ("mobile", "backend"). */
export function inField(name: string, word: string): boolean {
  return fieldsOf(name).some((words) => words.includes(word));
}

/** The word lists of the fields a technology belongs to (none for most). */
export function fieldsOf(name: string): ReadonlyArray<readonly string[]> {
  return FIELDS.get(name) ?? [];
}

/** Whether two technologies work in the same field: React and React Native do not; Kafka and Kafka Streams do. */
export function sameFields(a: string, b: string): boolean {
  const one = fieldsOf(a);
  const other = fieldsOf(b);
  return one.length === 0 && other.length === 0 ? true : one.some((words) => other.includes(words));
}
