import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';

/** The file names of a resume, as the extension gives them the resume language. */
export const RESUME_FILE = /^(?:(?:resume|cv)|.+\.resume)\.ya?ml$/i;

/** A `resume:` line at the start of a line in the job file's first lines: `resume: ../cv.yaml`. */
const RESUME_LINE = /^resume:[ \t]*["']?([^"'\r\n#]+?\.(?:ya?ml|json))["']?[ \t]*(?:#.*)?$/m;
/** The same in a JSON job file: `"resume": "../cv.yaml"`. */
const RESUME_JSON = /"resume"\s*:\s*"([^"\r\n]+)"/;
const HEAD = 2000;

export type ResumeLookup =
  | { readonly path: string; readonly how: 'named' | 'setting' | 'folder' | 'parent' }
  | { readonly problem: string; readonly span?: readonly [number, number] };

export interface LookupOptions {
  /** `vitae.job.resume`: absolute, or relative to the job file's folder, or to a workspace folder. */
  readonly setting?: string | undefined;
  readonly workspaceFolders?: readonly string[];
  /** Open documents the editor treats as resumes ("Treat This File as a Resume"): candidates too. */
  readonly openResumes?: readonly string[];
}

/**
 * Which resume a job file is matched against: the one its `resume:` line names, else the `vitae.job.resume` setting,
 * else the resume in its folder, else the nearest one in a folder above, stopping at the repository or workspace root.
 * Two resumes in the folder where the search stops is a problem to name, not a guess.
 */
export function findResumeFor(jobPath: string, jobText: string, options: LookupOptions = {}, listing: FolderListing = new FolderListing()): ResumeLookup {
  const folder = dirname(jobPath);
  const head = jobText.slice(0, HEAD);
  const line = RESUME_LINE.exec(head) ?? RESUME_JSON.exec(head);
  if (line) {
    const named = line[1]!.trim();
    const start = line.index + line[0].indexOf(named);
    const path = resolve(folder, named);
    if (isFile(path)) return { path, how: 'named' };
    return { problem: `The resume this file names, ${named}, is not there (looked for ${path}).`, span: [start, start + named.length] };
  }
  const setting = options.setting?.trim();
  if (setting) {
    const tried = isAbsolute(setting) ? [setting] : [resolve(folder, setting), ...(options.workspaceFolders ?? []).map((root) => resolve(root, setting))];
    const path = tried.find(isFile);
    if (path) return { path, how: 'setting' };
    return { problem: `The resume the setting vitae.job.resume names, ${setting}, is not there (looked for ${tried.join(', ')}).` };
  }
  const roots = new Set(options.workspaceFolders ?? []);
  const open = options.openResumes ?? [];
  for (let directory = folder, depth = 0; depth < 32; depth++) {
    const candidates = [...new Set([...listing.resumes(directory), ...open.filter((path) => dirname(path) === directory)])].sort();
    if (candidates.length === 1) return { path: candidates[0]!, how: directory === folder ? 'folder' : 'parent' };
    if (candidates.length > 1) {
      const names = candidates.map((path) => basename(path));
      const where = directory === folder ? 'this folder' : `${directory}`;
      return {
        problem: `${names.length} resumes in ${where} (${names.join(', ')}): name the one to match with a line "resume: ${names[0]}" at the top of this file, or the setting vitae.job.resume.`,
      };
    }
    const parent = dirname(directory);
    if (parent === directory || roots.has(directory) || existsSync(join(directory, '.git'))) break;
    directory = parent;
  }
  return {
    problem: `No resume to match this posting against: none in this folder or above it. Put it beside a resume.yaml (or cv.yaml, *.resume.yaml), add a line "resume: path/to/resume.yaml" at the top, or set vitae.job.resume.`,
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const LISTING_TTL_MS = 2000;

/**
 * The resumes in each folder, remembered for a moment: a job file is matched on every keystroke, and its folder (and
 * the folders above) rarely change meanwhile. File events from the editor clear it at once.
 */
export class FolderListing {
  readonly #byDirectory = new Map<string, { at: number; resumes: readonly string[] }>();

  resumes(directory: string): readonly string[] {
    const known = this.#byDirectory.get(directory);
    if (known && Date.now() - known.at < LISTING_TTL_MS) return known.resumes;
    let resumes: string[] = [];
    try {
      resumes = readdirSync(directory, { withFileTypes: true })
        .filter((entry) => entry.isFile() && RESUME_FILE.test(entry.name))
        .map((entry) => join(directory, entry.name));
    } catch {
      resumes = [];
    }
    this.#byDirectory.set(directory, { at: Date.now(), resumes });
    return resumes;
  }

  clear(): void {
    this.#byDirectory.clear();
  }
}
