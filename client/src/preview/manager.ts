import * as vscode from 'vscode';
import type { PreviewApi, PreviewPaint } from '../api';
import { isResume } from '../resumeLanguage';
import type { PersistedState } from './messages';
import { openActionFor, openExported } from './openExported';
import { Preview, PREVIEW_VIEW_TYPE, type PreviewHost } from './panel';
import { affectsPreview } from './settings';

const FOCUS_CONTEXT = 'vitaePreviewFocus';
/** Whether the last focused preview is locked: its title shows the lock ($(lock)) or the open lock ($(unlock)). */
const LOCKED_CONTEXT = 'vitaePreviewLocked';

/**
 * Every open preview. One preview per resume; the unlocked one follows the active resume editor, as VS Code's
 * Markdown preview does. Editor events are listened to here once and handed to the preview of that resume.
 */
export class PreviewManager implements vscode.Disposable {
  readonly #host: Omit<PreviewHost, 'painted' | 'focusChanged'>;
  readonly #previews = new Set<Preview>();
  readonly #painted = new vscode.EventEmitter<PreviewPaint>();
  readonly #subscriptions: vscode.Disposable[] = [this.#painted];
  /** The preview whose panel was active last (the target of "Toggle Preview Lock" and the exports). */
  #active: Preview | undefined;

  constructor(host: Omit<PreviewHost, 'painted' | 'focusChanged'>) {
    this.#host = host;
    this.#subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: PersistedState | undefined) => this.#restore(panel, state),
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.#follow(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.#previewsOf(event.document.uri).forEach((preview) => preview.edited(event.document.version, event.contentChanges));
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        const previews = this.#previewsOf(event.textEditor.document.uri);
        if (previews.length === 0) return;
        const offset = event.textEditor.document.offsetAt(event.selections[0]!.active);
        previews.forEach((preview) => preview.sync.cursorMoved(offset));
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        this.#previewsOf(event.textEditor.document.uri).forEach((preview) => preview.sync.editorScrolled(event.textEditor));
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        for (const uri of event.uris) this.#previewsOf(uri).forEach((preview) => preview.problemsChanged());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsPreview(event)) this.#previews.forEach((preview) => {
          preview.refresh(true);
          preview.problemsChanged();
        });
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.refreshAll()),
    );
  }

  /** Opens (or reveals) the preview of `resource` in `column`. */
  show(resource: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): Preview {
    const existing = this.#previewsOf(resource)[0] ?? [...this.#previews].find((preview) => !preview.locked);
    if (existing) {
      existing.show(resource);
      existing.panel.reveal(existing.panel.viewColumn ?? column, preserveFocus);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus }, { enableFindWidget: true });
    return this.#track(new Preview(panel, this.#hostFor(), resource, false));
  }

  /** The preview the user last focused, if it is still open. */
  get active(): Preview | undefined {
    return this.#active && this.#previews.has(this.#active) ? this.#active : undefined;
  }

  /** Locks or unlocks `preview`, and shows it in its title bar. */
  setLocked(preview: Preview, locked: boolean): void {
    preview.setLocked(locked);
    this.#updateFocusContext();
  }

  /** Re-renders every preview (the language server restarted, the workspace became trusted). */
  refreshAll(): void {
    this.#previews.forEach((preview) => preview.refresh(true));
  }

  /** What end-to-end tests see of the previews. */
  api(): PreviewApi {
    const find = (uri: vscode.Uri): Preview => {
      const preview = this.#previewsOf(uri)[0];
      if (!preview) throw new Error(`no preview shows ${uri.toString(true)}`);
      return preview;
    };
    return {
      onDidPaint: this.#painted.event,
      lastPaint: (uri) => this.#previewsOf(uri)[0]?.lastPaint && { uri: uri.toString(), ...this.#previewsOf(uri)[0]!.lastPaint! },
      click: (uri, offset, double = false) => find(uri).sync.click(offset, double),
      scroll: (uri, offset) => find(uri).scrollAsReader(offset),
      exportOpenAction: openActionFor,
      openExported: (target) => openExported(target),
      shown: () => [...this.#previews].map((preview) => ({ uri: preview.resource.toString(), locked: preview.locked })),
    };
  }

  dispose(): void {
    this.#previews.forEach((preview) => preview.dispose());
    this.#subscriptions.forEach((subscription) => subscription.dispose());
  }

  #restore(panel: vscode.WebviewPanel, state: PersistedState | undefined): void {
    if (!state?.uri) {
      panel.dispose();
      return;
    }
    this.#track(new Preview(panel, this.#hostFor(), vscode.Uri.parse(state.uri), state.locked === true));
  }

  #track(preview: Preview): Preview {
    this.#previews.add(preview);
    this.#active = preview;
    preview.onDidDispose(() => {
      this.#previews.delete(preview);
      if (this.#active === preview) this.#active = undefined;
      this.#updateFocusContext();
    });
    return preview;
  }

  #hostFor(): PreviewHost {
    return {
      ...this.#host,
      painted: (preview, message) => this.#painted.fire({ uri: preview.resource.toString(), ...message }),
      focusChanged: (preview) => {
        if (preview.panel.active) this.#active = preview;
        this.#updateFocusContext();
      },
    };
  }

  #updateFocusContext(): void {
    const focused = [...this.#previews].some((preview) => preview.panel.active);
    void vscode.commands.executeCommand('setContext', FOCUS_CONTEXT, focused);
    void vscode.commands.executeCommand('setContext', LOCKED_CONTEXT, this.active?.locked === true);
  }

  /** The unlocked preview follows the active editor to another resume, unless a preview of that one is open. */
  #follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isResume(editor.document) || this.#previewsOf(editor.document.uri).length > 0) return;
    const unlocked = [...this.#previews].find((preview) => !preview.locked);
    unlocked?.show(editor.document.uri);
  }

  #previewsOf(uri: vscode.Uri): Preview[] {
    const key = uri.toString();
    return [...this.#previews].filter((preview) => preview.resource.toString() === key);
  }
}
