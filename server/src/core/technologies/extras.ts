import type { TechCategory } from './data';

/** A technology the user adds (setting `vitae.technologies.extra`, or `technologies.extra` in .vitaerc.yaml). */
export interface ExtraTechnology {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly category?: string;
}

/** What the technology features need from settings or the config file. */
export interface TechnologyOptions {
  readonly extra?: readonly ExtraTechnology[];
}

export const DEFAULT_EXTRA_CATEGORY: TechCategory = 'tool';
const MAX_EXTRAS = 5000;
const MAX_NAME = 100;

/**
 * Reads user-written extras (strings or `{ name, aliases, category }`) and says what was skipped, in words:
 * a bad entry never hides the good ones.
 */
export function readExtraTechnologies(raw: unknown, where = 'technologies.extra'): { extra: ExtraTechnology[]; problems: string[] } {
  const extra: ExtraTechnology[] = [];
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { extra, problems };
  if (!Array.isArray(raw)) return { extra, problems: [`${where}: write a list of names or { name, aliases, category }`] };
  raw.slice(0, MAX_EXTRAS).forEach((item: unknown, index) => {
    const name = typeof item === 'string' ? item : item && typeof item === 'object' ? (item as Record<string, unknown>)['name'] : undefined;
    if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME) {
      problems.push(`${where}[${index}]: needs a name (text of at most ${MAX_NAME} characters)`);
      return;
    }
    if (typeof item === 'string') {
      extra.push({ name: name.trim() });
      return;
    }
    const record = item as Record<string, unknown>;
    const aliases = Array.isArray(record['aliases'])
      ? record['aliases'].filter((alias): alias is string => typeof alias === 'string' && !!alias.trim() && alias.length <= MAX_NAME).map((alias) => alias.trim())
      : [];
    if (record['aliases'] !== undefined && !Array.isArray(record['aliases'])) problems.push(`${where}[${index}].aliases: write a list of names`);
    const category = typeof record['category'] === 'string' && record['category'].trim() ? record['category'].trim() : undefined;
    extra.push({ name: name.trim(), aliases, ...(category ? { category } : {}) });
  });
  if (raw.length > MAX_EXTRAS) problems.push(`${where}: only the first ${MAX_EXTRAS} entries are used`);
  return { extra, problems };
}

/** The options a rule context carries (once the context has a `technologies` field). */
export function technologyOptions(source: object): TechnologyOptions {
  return (source as { technologies?: TechnologyOptions }).technologies ?? {};
}
