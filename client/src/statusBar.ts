import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { languageName } from '../../server/src/core/writing/languageName';
import { SUMMARY_REQUEST } from '../../server/src/protocol';
import { resumeStatusItem, type ResumeStatus } from './resumeStatusItem';

/** The share of quantified bullets in the active resume ("70% quantified"); a click opens the Problems panel. */
export type WritingStatus = ResumeStatus;

export function registerWritingStatus(client: LanguageClient): WritingStatus {
  return resumeStatusItem(client, 'vitae.writing', { name: 'Vitae: Quantified Bullets', priority: 100, command: 'workbench.actions.view.problems' }, async (uri) => {
    const summary = await client.sendRequest(SUMMARY_REQUEST, { uri });
    if (!summary || summary.bullets === 0) return undefined;
    const share = Math.round((100 * summary.quantified) / summary.bullets);
    // A resume in another language gets no advice on English wording: the tooltip says so instead of counting openers.
    const openers = summary.language
      ? `Written in ${languageName(summary.language)}: no advice on English wording (openers, fillers, passives)`
      : `${summary.weakOpeners} weak opener${summary.weakOpeners === 1 ? '' : 's'}`;
    const tooltip = new vscode.MarkdownString(
      `**Vitae** · ${summary.quantified} of ${summary.bullets} bullets state a number\n\n` + `${openers} · ${summary.words} words\n\nClick to open the Problems panel.`,
    );
    return { text: `$(graph) ${share}% quantified`, tooltip };
  });
}
