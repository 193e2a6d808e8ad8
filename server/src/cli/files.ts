import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RESUME_FILE = /^(resume|cv)\.ya?ml$|\.resume\.ya?ml$/i;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out']);

/** Expands directories into the resume files inside them (resume.yaml, cv.yml, *.resume.yaml); files pass as given. */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      // Unreadable inputs are reported by the caller when it tries to read them.
    }
    if (isDirectory) out.push(...findResumes(input, 0));
    else out.push(input);
  }
  return out;
}

function findResumes(dir: string, depth: number): string[] {
  if (depth > 8) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !SKIP.has(entry.name) && !entry.name.startsWith('.')) found.push(...findResumes(join(dir, entry.name), depth + 1));
    else if (entry.isFile() && RESUME_FILE.test(entry.name)) found.push(join(dir, entry.name));
  }
  return found.sort();
}

/** A resume file's text, or why it cannot be read, in words: `vitae: cannot read cv.yaml: no such file`. */
export function readResumeFile(file: string): { readonly text: string } | { readonly problem: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    return { problem: `vitae: cannot read ${file}: ${reason}` };
  }
}
