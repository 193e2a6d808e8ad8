/**
 * Every diagnostic Vitae reports has one of these stable codes. They are documented in docs/rules/, used in
 * suppression comments and settings, and never renamed once released.
 */
export const DiagnosticCodes = {
  yamlSyntax: 'yaml-syntax',
  duplicateKey: 'duplicate-key',
  aliasBomb: 'alias-limit',
  fileTooLarge: 'file-too-large',
  typeMismatch: 'type-mismatch',
  unknownKey: 'unknown-key',
  invalidEmail: 'invalid-email',
  invalidUrl: 'invalid-url',
  invalidDate: 'invalid-date',
  dateOrder: 'date-order',
  dateFuture: 'date-future',
  networkSpelling: 'network-spelling',
} as const;


export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';

const SEVERITY_SETTINGS = new Set<unknown>(['off', 'hint', 'information', 'warning', 'error']);

/** Whether a value from settings or a config file is a severity a user may set for a code. */
export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return SEVERITY_SETTINGS.has(value);
}
