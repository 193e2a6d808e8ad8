// A verb offered in place of a weak opening must take what follows it: "Helped new hires with their first shifts"
// may become "Supported new hires with …", never "Enabled new hires with …" — "enable" wants "someone to do".

const WANTS_TO_INFINITIVE = /^(?:enabled|enable|enables|empowered|empower|empowers|allowed|allow|allows)\b/i;
// The object, then "to" and a verb: " new hires to run their first on-call shift".
const TO_INFINITIVE = /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?to\s+\p{L}/u;

/** Whether `option`, put before `rest` (the words after the replaced ones), reads as a sentence. */
export function fitsBefore(option: string, rest: string): boolean {
  if (WANTS_TO_INFINITIVE.test(option)) return TO_INFINITIVE.test(rest);
  return true;
}
