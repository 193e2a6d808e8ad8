import type { ResumeDocument } from '../document';
import { syntaxProblems } from '../rules/yamlSyntax';

/**
 * Why a document cannot be shown or exported: refused before parsing (too large, hostile nesting), or its first YAML
 * error in the words of the editor's yaml-syntax diagnostic — the preview's banner, `vitae render` and every export
 * say the same thing. A duplicated key is a lint finding, not a reason to stop (the first value is used).
 */
export function unreadable(doc: ResumeDocument): { readonly message: string; readonly line: number } | undefined {
  if (doc.refused) return { message: doc.refused.message, line: doc.lines.positionAt(doc.refused.offset).line };
  const error = doc.yaml.errors.length > 0 ? syntaxProblems(doc).find((problem) => problem.severity === 'error') : undefined;
  return error ? { message: error.message, line: doc.lines.positionAt(error.start).line } : undefined;
}
