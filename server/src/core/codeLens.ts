import type { CodeLens } from 'vscode-languageserver-types';
import { Caches } from './caches';
import type { ResumeDocument } from './document';
import { summarizeWriting } from './writing/summary';

/** Above each entry's highlights: how many of its bullets state a number ("3 of 5 bullets quantified"). */
export function codeLenses(doc: ResumeDocument, caches = new Caches()): CodeLens[] {
  return summarizeWriting(doc, caches)
    .entries.filter((entry) => entry.bullets > 0)
    .map((entry) => ({
      range: doc.lines.range(entry.highlightsKeyStart, entry.highlightsKeyEnd),
      // An empty command id makes VS Code show the title as plain text rather than a link.
      command: { title: `${entry.quantified} of ${entry.bullets} bullet${entry.bullets === 1 ? '' : 's'} quantified`, command: '' },
    }));
}
