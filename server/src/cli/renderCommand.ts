import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Design } from '../core/design';
import { createLanguageService } from '../core/service';
import { exportedPage, printOptions } from '../node/export';
import { ProjectConfigs } from '../node/projectConfig';
import { loadPdfModule } from '../node/pdfModule';
import { renderPage } from '../node/renderPage';
import type { CommandOutput } from './lintCommand';
import { besideResume } from './renderFormat';
import { readResumeFile } from './files';

export interface RenderRequest {
  readonly file: string;
  /** Where to write; HTML goes to stdout when absent, a PDF next to the resume (resume.pdf). */
  readonly output?: string;
  readonly theme?: string;
  readonly pdf: boolean;
  /** The design from the command line's flags; wins over `.vitaerc.yaml`'s `design:`. */
  readonly design?: Partial<Design>;
  readonly browserPath?: string;
  readonly allowRemoteImages: boolean;
}

/** What a command prints, plus bytes for stdout when the page itself goes there. */
export type RenderOutput = CommandOutput & { readonly page?: string };

/**
 * `vitae render`: the resume as a standalone HTML page (CSP, CSS inlined, no scripts) or a PDF printed by a local
 * Chromium-family browser. 0 written, 1 the YAML does not parse, 2 usage, I/O, theme or browser problem.
 */
export async function runRender(request: RenderRequest): Promise<RenderOutput> {
  const read = readResumeFile(request.file);
  if ('problem' in read) return fail(2, read.problem);
  const text = read.text;
  const uri = pathToFileURL(resolve(request.file)).href;
  const params = { uri, themesAllowed: true, allowRemoteImages: request.allowRemoteImages, ...(request.theme ? { theme: request.theme } : {}) };
  const config = new ProjectConfigs().forFile(resolve(request.file));
  const warnings: string[] = config.problems.map((problem) => `vitae: ${config.path ?? '.vitaerc'}: ${problem}`);
  const result = await renderPage(createLanguageService(), { uri, version: 1, getText: () => text }, params, config.design, request.design);
  if (result.problem || result.html === undefined) {
    const problem = result.problem ?? { message: 'nothing to render', line: 0 };
    return fail(1, `${request.file}:${problem.line + 1}: ${problem.message}\nvitae: not rendered: fix the YAML first (vitae lint ${request.file}).`);
  }
  if (result.themeMessage) {
    // Asked for on the command line: a missing or broken theme is an error. From meta.theme: a warning.
    if (request.theme) return fail(2, `vitae: ${result.themeMessage.replace(/ Showing the built-in theme\.$/, '')}`);
    warnings.push(`vitae: ${result.themeMessage}`);
  }
  const page = exportedPage({ ...result, html: result.html }, { title: result.title ?? 'Resume', allowRemoteImages: request.allowRemoteImages });
  if (!request.pdf) {
    if (request.output === undefined) return { stdout: '', stderr: warnings.join('\n'), exitCode: 0, page };
    return write(request.output, page, warnings);
  }
  const output = request.output ?? besideResume(request.file, 'pdf');
  try {
    const pdf = loadPdfModule();
    const printed = await pdf.printPdfWithLayout(page, {
      ...printOptions(result),
      allowRemoteImages: request.allowRemoteImages,
      ...(request.browserPath ? { browserPath: request.browserPath } : {}),
    });
    const layout = printed.layout;
    if (layout?.note) warnings.push(`vitae: ${layout.note}`);
    const written = write(output, printed.pdf, warnings);
    return layout && written.exitCode === 0 ? { ...written, stdout: `${written.stdout} (${layout.count === 1 ? '1 page' : `${layout.count} pages`})` } : written;
  } catch (error) {
    return fail(2, `vitae: ${error instanceof Error ? error.message : String(error)}`, warnings);
  }
}

export function write(path: string, content: string | Uint8Array, warnings: readonly string[]): RenderOutput {
  try {
    writeFileSync(path, content);
  } catch (error) {
    return fail(2, `vitae: cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, warnings);
  }
  return { stdout: `Wrote ${path}`, stderr: warnings.join('\n'), exitCode: 0 };
}

export function fail(exitCode: number, message: string, warnings: readonly string[] = []): RenderOutput {
  return { stdout: '', stderr: [...warnings, message].join('\n'), exitCode };
}
