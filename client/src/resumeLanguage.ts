import type * as vscode from 'vscode';

/**
 * The language id of a resume: package.json gives it to resume.yaml, cv.yaml and *.resume.yaml, and "Vitae: Treat
 * This File as a Resume" to any YAML file. The language server is started for documents of this language.
 */
export const RESUME_LANGUAGE = 'resume-yaml';

export function isResume(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === RESUME_LANGUAGE;
}
