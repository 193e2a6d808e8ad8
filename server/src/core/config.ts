import { parse } from 'yaml';
import { CODE_CATALOG } from './catalog';
import { readDesign, type Design } from './design';
import { isSeveritySetting, type SeveritySetting } from './codes';
import { readExtraTechnologies, type TechnologyOptions } from './technologies/extras';
import type { WritingOptions } from './writing/options';

/** The project config file, `.vitaerc.yaml`, read by the CLI and the language server alike. */
export const CONFIG_FILE_NAMES = ['.vitaerc.yaml', '.vitaerc.yml', '.vitaerc.json'] as const;

export interface ProjectConfig {
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly writing: WritingOptions;
  /** `technologies: { extra: [...] }`: the project's own technologies. */
  readonly technologies?: TechnologyOptions;
  /** `design: { font, fontSize, margin, … }`: the page's design, for the preview and every export. */
  readonly design?: Partial<Design>;
  /** What was wrong with the file, in words, for the log or stderr. */
  readonly problems: readonly string[];
}

const THRESHOLDS = new Set(['bulletWords', 'bulletsPerEntry', 'resumeWords']);

function suggestCode(code: string): string {
  const near = Object.keys(CODE_CATALOG).find((known) => known.startsWith(code.replace(/s$/, '')) || code.startsWith(known));
  return near ? ` (did you mean ${near}?)` : '';
}

/**
 * Reads a config file's text. Bad entries are skipped and described, never fatal:
 *
 *     rules:
 *       bullet-no-metric: error
 *       bullet-pronoun: off
 *     writing:
 *       bulletWords: { min: 5, max: 30 }
 *     technologies:
 *       extra: [Borg, { name: Blaze, aliases: [blaze-build], category: tool }]
 *     design:
 *       font: serif
 *       fitPages: 1
 */
export function parseProjectConfig(text: string): ProjectConfig {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = parse(text, { maxAliasCount: 50, logLevel: 'error' });
  } catch (error) {
    return { rules: {}, writing: {}, problems: [`not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const root = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  for (const [code, severity] of Object.entries((root['rules'] as Record<string, unknown> | undefined) ?? {})) {
    if (!(code in CODE_CATALOG)) problems.push(`rules.${code}: unknown rule code${suggestCode(code)}`);
    else if (isSeveritySetting(severity)) rules[code] = severity;
    else problems.push(`rules.${code}: use off, hint, information, warning or error`);
  }
  const writing: Record<string, unknown> = {};
  const rawWriting = (root['writing'] as Record<string, unknown> | undefined) ?? {};
  for (const [key, value] of Object.entries(rawWriting)) {
    if (!THRESHOLDS.has(key)) {
      problems.push(`writing.${key}: unknown setting; use ${[...THRESHOLDS].join(', ')}`);
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`writing.${key}: write it as { min: <number>, max: <number> }`);
      continue;
    }
    const range: Record<string, number> = {};
    for (const [bound, number] of Object.entries(value as Record<string, unknown>)) {
      if ((bound === 'min' || bound === 'max') && typeof number === 'number' && Number.isFinite(number) && number >= 0) range[bound] = number;
      else problems.push(`writing.${key}.${bound}: use min and max with a number of 0 or more`);
    }
    writing[key] = range;
  }
  const technologies = readTechnologies(root['technologies'], problems);
  const design = readDesign(root['design']);
  problems.push(...design.problems);
  const designed = Object.keys(design.design).length > 0 ? { design: design.design } : {};
  return { rules, writing: writing as WritingOptions, ...(technologies ? { technologies } : {}), ...designed, problems };
}

function readTechnologies(raw: unknown, problems: string[]): TechnologyOptions | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('technologies: write it as { extra: [<name>, …] }');
    return undefined;
  }
  for (const key of Object.keys(raw)) if (key !== 'extra') problems.push(`technologies.${key}: unknown setting; use extra`);
  const { extra, problems: found } = readExtraTechnologies((raw as Record<string, unknown>)['extra']);
  problems.push(...found);
  return extra.length ? { extra } : undefined;
}
