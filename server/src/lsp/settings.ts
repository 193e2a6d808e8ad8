import type { SeveritySetting } from '../core/codes';

/** The `vitae.*` settings as the server uses them; every field is optional in what editors send. */
export interface ServerSettings {
  readonly validate: { readonly enable: boolean };
  readonly completion: { readonly enable: boolean };
  readonly hover: { readonly enable: boolean };
  readonly rules: Readonly<Record<string, SeveritySetting>>;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  validate: { enable: true },
  completion: { enable: true },
  hover: { enable: true },
  rules: {},
};

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

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
      if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[code] = severity as SeveritySetting;
    }
  }
  return {
    validate: { enable: flag('validate', true) },
    completion: { enable: flag('completion', true) },
    hover: { enable: flag('hover', true) },
    rules,
  };
}
