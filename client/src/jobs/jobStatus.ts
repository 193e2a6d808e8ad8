import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { JOB_MATCH_REQUEST, type JobMatchResult } from '../../../server/src/protocol';
import { resumeStatusItem, type ResumeStatus } from '../resumeStatusItem';

/**
 * A status-bar item in a resume with the score of the job file matched with it (the one opened or edited last);
 * a click opens the job file. The server re-publishes the resume's diagnostics after every change to the resume or
 * to its job file, which refreshes it.
 */
export type JobStatus = ResumeStatus;

export function registerJobStatus(client: LanguageClient): JobStatus {
  return resumeStatusItem(client, 'vitae.job', { name: 'Vitae: Job Match', priority: 99 }, async (uri) => {
    const result = await client.sendRequest(JOB_MATCH_REQUEST, { uri });
    if (!result || result.score === undefined) return undefined;
    const job = client.protocol2CodeConverter.asUri(result.job);
    return {
      text: `$(briefcase) ${result.score} ${result.jobName}`,
      tooltip: tooltip(result),
      command: { title: 'Open the job posting', command: 'vscode.open', arguments: [job] },
    };
  });
}

function tooltip(result: JobMatchResult): vscode.MarkdownString {
  const heading = [result.title, result.company].filter(Boolean).join(' · ') || result.jobName;
  const lines = [`**Vitae** · ${escape(heading)}: score ${result.score} of 100`, ''];
  if (result.required?.total) lines.push(`Required: ${result.required.covered} of ${result.required.total} covered  `);
  if (result.preferred?.total) lines.push(`Preferred: ${result.preferred.covered} of ${result.preferred.total} covered  `);
  for (const line of result.explanation?.slice(0, 6) ?? []) lines.push(`- ${escape(line)}`);
  lines.push('', `Click to open ${escape(result.jobName)}.`);
  return new vscode.MarkdownString(lines.join('\n'));
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!<>|]/g, (ch) => `\\${ch}`);
}
