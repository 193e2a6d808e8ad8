import { parse } from 'yaml';
import type { SeveritySetting } from './codes';
import type { WritingOptions } from './writing/options';

/** The project config file, `.vitaerc.yaml`, read by the CLI and the language server alike. */
export const CONFIG_FILE_NAMES = ['.vitaerc.yaml', '.vitaerc.yml', '.vitaerc.json'] as const;

export interface ProjectConfig {
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly writing: WritingOptions;
  /** What was wrong with the file, in words, for the log or stderr. */
  readonly problems: readonly string[];
}

const SEVERITIES = new Set<string>(['off', 'hint', 'information', 'warning', 'error']);

/**
 * Reads a config file's text. Bad entries are skipped and described, never fatal:
 *
 *     rules:
 *       bullet-no-metric: error
 *       bullet-pronoun: off
 *     writing:
 *       bulletWords: { min: 5, max: 30 }
 */
export function parseProjectConfig(text: string): ProjectConfig {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: 50 });
  } catch (error) {
    return { rules: {}, writing: {}, problems: [`not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const root = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  for (const [code, severity] of Object.entries((root['rules'] as Record<string, unknown> | undefined) ?? {})) {
    if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[code] = severity as SeveritySetting;
    else problems.push(`rules.${code}: use off, hint, information, warning or error`);
  }
  const writing: Record<string, unknown> = {};
  const rawWriting = (root['writing'] as Record<string, unknown> | undefined) ?? {};
  for (const key of ['bulletWords', 'bulletsPerEntry', 'resumeWords']) {
    const value = rawWriting[key];
    if (value && typeof value === 'object') writing[key] = value;
  }
  return { rules, writing: writing as WritingOptions, problems };
}
