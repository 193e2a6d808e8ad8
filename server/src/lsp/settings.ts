import { isSeveritySetting, type SeveritySetting } from '../core/codes';
import { readExtraTechnologies, type TechnologyOptions } from '../core/technologies/extras';
import type { WritingOptions } from '../core/writing/options';

/** The `vitae.*` settings as the server uses them; every field is optional in what editors send. */
export interface ServerSettings {
  readonly validate: { readonly enable: boolean };
  readonly completion: { readonly enable: boolean };
  readonly hover: { readonly enable: boolean };
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly writing: WritingOptions;
  /** `vitae.technologies.extra`: the user's own technologies. */
  readonly technologies: TechnologyOptions;
  /** `vitae.job.resume`: the resume job files are matched against, when the file does not name one. */
  readonly job: { readonly resume?: string };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  validate: { enable: true },
  completion: { enable: true },
  hover: { enable: true },
  rules: {},
  writing: {},
  technologies: {},
  job: {},
};

/** Reads whatever the client sent (possibly nothing, possibly junk) into complete settings. */
export function readSettings(raw: unknown): ServerSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const flag = (section: string, fallback: boolean): boolean => {
    const inner = value[section] as Record<string, unknown> | undefined;
    return typeof inner?.['enable'] === 'boolean' ? inner['enable'] : fallback;
  };
  const rules: Record<string, SeveritySetting> = {};
  const rawRules = value['rules'];
  if (rawRules && typeof rawRules === 'object') {
    for (const [code, severity] of Object.entries(rawRules)) {
      if (isSeveritySetting(severity)) rules[code] = severity;
    }
  }
  const number = (section: string, key: string): number | undefined => {
    const inner = value[section] as Record<string, unknown> | undefined;
    const candidate = inner?.[key];
    return typeof candidate === 'number' && Number.isFinite(candidate) && candidate >= 0 ? candidate : undefined;
  };
  const range = (section: string, minKey: string, maxKey: string): { min?: number; max?: number } | undefined => {
    const min = number(section, minKey);
    const max = number(section, maxKey);
    if (min === undefined && max === undefined) return undefined;
    return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  };
  const writing: Record<string, unknown> = {};
  const bulletWords = range('bullets', 'minWords', 'maxWords');
  const bulletsPerEntry = range('entries', 'minBullets', 'maxBullets');
  const resumeWords = range('resume', 'minWords', 'maxWords');
  if (bulletWords) writing['bulletWords'] = bulletWords;
  if (bulletsPerEntry) writing['bulletsPerEntry'] = bulletsPerEntry;
  if (resumeWords) writing['resumeWords'] = resumeWords;
  const technologies = value['technologies'] as Record<string, unknown> | undefined;
  const extra = readExtraTechnologies(technologies && typeof technologies === 'object' ? technologies['extra'] : undefined).extra;
  const job = value['job'] as Record<string, unknown> | undefined;
  const resume = job && typeof job === 'object' && typeof job['resume'] === 'string' && job['resume'].trim() ? job['resume'].trim() : undefined;
  return {
    job: resume ? { resume } : {},
    technologies: extra.length ? { extra } : {},
    writing: writing as WritingOptions,
    validate: { enable: flag('validate', true) },
    completion: { enable: flag('completion', true) },
    hover: { enable: flag('hover', true) },
    rules,
  };
}
