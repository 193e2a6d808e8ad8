import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { strictResumeSchema } from './resumeSchema';

let compiled: ValidateFunction | undefined;

/** Validates a resume (as plain data) against the closed JSON Resume schema; compiled once, on first use. */
export function validateAgainstSchema(value: unknown): readonly ErrorObject[] {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv, ['email', 'uri']);
    compiled = ajv.compile(strictResumeSchema());
  }
  return compiled(value) ? [] : (compiled.errors ?? []);
}
