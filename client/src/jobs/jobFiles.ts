import type * as vscode from 'vscode';
import { jobFormatOf } from '../../../server/src/core/job/types';

/**
 * Job files keep their own language (plain text, Markdown, YAML, JSON, HTML) and its highlighting: the language
 * server is handed them by name. The patterns are those of `jobFormatOf`, which the server applies.
 */
export const JOB_SELECTOR = [
  { scheme: 'file', pattern: '**/*.job.{txt,md,markdown,yaml,yml,json,html,htm}' },
  { scheme: 'file', pattern: '**/job.{txt,md,markdown,yaml,yml,json,html,htm}' },
] satisfies vscode.DocumentFilter[];

/** A posting beside a resume: `*.job.md`, `job.txt`, `*.job.yaml`… (on disk: its resume is found beside it). */
export function isJobFile(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.uri.scheme === 'file' && jobFormatOf(document.uri.path) !== undefined;
}
