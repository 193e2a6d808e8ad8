import type { SeveritySetting } from './codes';
import type { LintOptions } from './lint';
import type { TechnologyOptions } from './technologies/extras';
import type { WritingOptions } from './writing/options';

/**
 * One place settings come from: the editor's `vitae.*` settings or the project's `.vitaerc.yaml`. Both are read into
 * this shape, one field per section of the file; a section either side leaves out is simply missing.
 */
export interface SettingsSource {
  /** `rules:` / `vitae.rules.<code>`: severity per diagnostic code. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** `writing:` / `vitae.bullets.*`, `vitae.entries.*`, `vitae.resume.*`: thresholds of the writing rules. */
  readonly writing?: WritingOptions;
  /** `technologies: { extra }` / `vitae.technologies.extra`: the user's own technologies. */
  readonly technologies?: TechnologyOptions;
}

/** What lint, quick fixes, completion and hover follow for one resume. */
export type EffectiveSettings = Omit<LintOptions, 'today'>;

/**
 * The editor's settings with the project's `.vitaerc.yaml` over them, so that the editor and `vitae lint` (which
 * has only the file) report the same problems. Section by section: a rule code or a writing threshold the project
 * sets wins over the editor's; technologies from both add up. A new section of the file is merged here.
 */
export function effectiveSettings(editor: SettingsSource = {}, project: SettingsSource = {}): EffectiveSettings {
  const extra = [...(editor.technologies?.extra ?? []), ...(project.technologies?.extra ?? [])];
  return {
    severities: { ...editor.rules, ...project.rules },
    writing: { ...editor.writing, ...project.writing },
    ...(extra.length ? { technologies: { extra } } : {}),
  };
}
