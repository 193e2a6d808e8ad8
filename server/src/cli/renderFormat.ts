import { basename, dirname, extname, join } from 'node:path';

export type RenderFormat = 'html' | 'pdf' | 'txt' | 'md' | 'docx';

const FORMATS: readonly RenderFormat[] = ['pdf', 'html', 'txt', 'md', 'docx'];

/** What an output file's extension says it is. */
const BY_EXTENSION: Readonly<Record<string, RenderFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
};

export interface FormatOptions {
  readonly format?: string;
  /** `--pdf`, the older spelling of `--format pdf`. */
  readonly pdf: boolean;
  readonly output?: string;
}

/** What `vitae render` writes: `--format`, else `--pdf`, else what the `-o` file's extension says, else HTML. */
export function chooseFormat(options: FormatOptions): { readonly format: RenderFormat } | { readonly error: string } {
  if (options.format !== undefined) {
    const format = options.format.trim().toLowerCase() as RenderFormat;
    if (!FORMATS.includes(format)) return { error: `--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]}, not "${options.format}"` };
    if (options.pdf && format !== 'pdf') return { error: `--pdf and --format ${format} ask for different formats; give one of them` };
    return { format };
  }
  if (options.pdf) return { format: 'pdf' };
  const inferred = options.output === undefined ? undefined : BY_EXTENSION[extname(options.output).toLowerCase()];
  return { format: inferred ?? 'html' };
}

/** `resume.yaml` → `resume.<extension>` beside it (`ada.resume.yaml` → `ada.<extension>`). */
export function besideResume(file: string, extension: string): string {
  return join(dirname(file), `${basename(file, extname(file)).replace(/\.resume$/, '')}.${extension}`);
}
