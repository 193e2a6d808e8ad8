import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES, parseProjectConfig, type ProjectConfig } from '../core/config';

interface Cached {
  readonly path: string;
  readonly mtimeMs: number;
  readonly config: ProjectConfig;
}

const LOOKUP_TTL_MS = 3000;
const EMPTY: ProjectConfig = { rules: {}, writing: {}, problems: [] };

/**
 * Finds `.vitaerc.yaml` (or .yml/.json) in the resume's folder or the nearest parent, stopping at the repository
 * root. The located file is re-read only when it changes, so calling this on every keystroke is cheap.
 */
export class ProjectConfigs {
  /**
   * Where each folder's config is, and when that was looked up. Editors only report file events inside the
   * workspace, so a config created in a parent folder outside it is found by looking again after a few seconds.
   */
  readonly #byDirectory = new Map<string, { path: string | null; at: number }>();
  readonly #files = new Map<string, Cached>();

  forFile(file: string): ProjectConfig & { path?: string } {
    const path = this.#locate(dirname(file));
    if (!path) return EMPTY;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(path).mtimeMs;
    } catch {
      this.clear();
      return EMPTY;
    }
    const cached = this.#files.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return { ...cached.config, path };
    let config: ProjectConfig;
    try {
      config = parseProjectConfig(readFileSync(path, 'utf8'));
    } catch (error) {
      config = { ...EMPTY, problems: [`cannot read it: ${(error as Error).message}`] };
    }
    this.#files.set(path, { path, mtimeMs, config });
    return { ...config, path };
  }

  /** Forget where config files are (after one is created or deleted). */
  clear(): void {
    this.#byDirectory.clear();
    this.#files.clear();
  }

  #locate(directory: string): string | null {
    const known = this.#byDirectory.get(directory);
    if (known !== undefined && Date.now() - known.at < LOOKUP_TTL_MS) return known.path;
    let found: string | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      if (existsSync(join(directory, name))) {
        found = join(directory, name);
        break;
      }
    }
    const parent = dirname(directory);
    if (!found && parent !== directory && !existsSync(join(directory, '.git'))) found = this.#locate(parent);
    this.#byDirectory.set(directory, { path: found, at: Date.now() });
    return found;
  }
}
