import type * as vscode from 'vscode';
import type { EditHistory } from './editHistory';
import type { JobTermMark, ToWebview } from './messages';
import type { RenderHost } from './renderer';
import { documentOf } from './sourceEditor';

/**
 * `vitae.preview.jobTerms`: the page marks what the job posting matched with the resume asks for, where the resume
 * shows or lists it — what a recruiter skims for. Asked of the server (`vitae/jobMatch`) after each page, the marks
 * moved through the edits into the text of the page on screen.
 */
export class JobTerms {
  readonly #host: RenderHost;
  readonly #edits: EditHistory;
  readonly #post: (message: ToWebview) => void;
  #shown = false;

  constructor(host: RenderHost, edits: EditHistory, post: (message: ToWebview) => void) {
    this.#host = host;
    this.#edits = edits;
    this.#post = post;
  }

  async refresh(resource: vscode.Uri, pageVersion: number | undefined, enabled: boolean): Promise<void> {
    if (pageVersion === undefined) return;
    if (!enabled) {
      if (this.#shown) this.#post({ type: 'jobTerms', version: pageVersion, marks: [] });
      this.#shown = false;
      return;
    }
    const result = await this.#host.jobMatch({ uri: this.#host.protocolUri(resource) }).catch(() => null);
    const document = documentOf(resource);
    const from = result?.resumeVersion;
    const marks: JobTermMark[] = [];
    for (const mark of result?.marks ?? []) {
      // The resume's own words at the mark, from the version the server matched.
      const text = document && document.version === from ? document.getText().slice(mark.start, mark.end) : mark.canonical;
      const moved = from === undefined ? undefined : this.#edits.map(mark.start, mark.end, from, pageVersion);
      if (moved) marks.push({ ...mark, ...moved, text });
    }
    this.#post({ type: 'jobTerms', version: pageVersion, marks });
    this.#shown = true;
  }
}
