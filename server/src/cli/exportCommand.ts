import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLanguageService } from '../core/service';
import { exportDocument } from '../node/exportDocument';
import type { ExportFormat } from '../protocol';
import { fail, write, type RenderOutput } from './renderCommand';
import { besideResume } from './renderFormat';
import { readResumeFile } from './files';

export interface ExportRequest {
  readonly file: string;
  readonly format: ExportFormat;
  /** Where to write; plain text and Markdown go to stdout when absent, a .docx next to the resume. */
  readonly output?: string;
}

/**
 * `vitae render --format txt|md|docx`: the resume as plain text (what applicant-tracking systems read), Markdown or
 * a Word document. 0 written, 1 the YAML does not parse, 2 usage or I/O problem.
 */
export async function runExport(request: ExportRequest): Promise<RenderOutput> {
  const read = readResumeFile(request.file);
  if ('problem' in read) return fail(2, read.problem);
  const text = read.text;
  const uri = pathToFileURL(resolve(request.file)).href;
  const exported = await exportDocument(createLanguageService(), { uri, version: 1, getText: () => text }, request.format);
  if ('problem' in exported) {
    const { line, message } = exported.problem;
    return fail(1, `${request.file}:${line + 1}: ${message}\nvitae: not rendered: fix the YAML first (vitae lint ${request.file}).`);
  }
  if ('text' in exported) return request.output === undefined ? { stdout: '', stderr: '', exitCode: 0, page: exported.text } : write(request.output, exported.text, []);
  // A .docx is binary: always a file, never the terminal.
  return write(request.output ?? besideResume(request.file, 'docx'), exported.bytes, []);
}
