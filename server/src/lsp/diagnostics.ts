import { CodeLensRefreshRequest, DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import type { ServerState } from './state';

/**
 * Documents, settings and the diagnostics published for them. Every change is linted as soon as the event loop is
 * free, and a newer version supersedes an older one still waiting, so fast typing never queues up stale work.
 * Returns what to do once the client is initialized: pull its settings.
 */
export function registerDiagnostics(state: ServerState): { initialized(): void } {
  const { connection, documents, service } = state;
  const pending = new Map<string, NodeJS.Immediate>();
  // Until the client's settings arrive, diagnostics wait, so a rule the user turned off never flashes up.
  let settingsReady: Promise<void> | undefined;

  async function refreshSettings(): Promise<void> {
    try {
      state.settings = readSettings(await connection.workspace.getConfiguration('vitae'));
    } catch {
      state.settings = DEFAULT_SETTINGS;
    }
    relintAll();
  }

  /** After settings or the config file change, every open document is linted again and its lenses redrawn. */
  function relintAll(): void {
    documents.all().forEach(schedule);
    if (state.client.refreshesCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  function schedule(document: TextDocument): void {
    if (settingsReady) {
      void settingsReady.then(() => {
        settingsReady = undefined;
        schedule(document);
      });
      return;
    }
    clearImmediate(pending.get(document.uri));
    pending.set(document.uri, setImmediate(() => publish(document.uri)));
  }

  function publish(uri: string): void {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const diagnostics = !state.settings.validate.enable
      ? []
      : state.jobs.isJob(uri)
        ? state.guard(() => state.jobs.diagnostics(document), [])
        : [...state.guard(() => service.lint(document, state.settingsFor(uri)), []), ...state.guard(() => state.jobs.resumeDiagnostics(document), [])];
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: state.ruleDocs?.describe(diagnostics) ?? diagnostics });
  }

  /**
   * A job file's answers follow its resume and the resume's hints follow its job: after a change to one, both are
   * published again, and the job file's code lens is redrawn.
   */
  function changed(document: TextDocument): void {
    if (state.jobs.isJob(document.uri)) state.jobs.touch(document.uri);
    schedule(document);
    const partners = state.guard(() => state.jobs.partnersOf(document), []);
    partners.forEach(schedule);
    if (partners.some((partner) => state.jobs.isJob(partner.uri))) refreshLenses();
  }

  let lensRefresh: NodeJS.Immediate | undefined;
  function refreshLenses(): void {
    if (!state.client.refreshesCodeLenses || lensRefresh) return;
    lensRefresh = setImmediate(() => {
      lensRefresh = undefined;
      void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  }

  connection.onDidChangeConfiguration((change) => {
    if (state.client.pullsConfiguration) void refreshSettings();
    else {
      state.settings = readSettings((change.settings as Record<string, unknown> | null)?.['vitae']);
      relintAll();
    }
  });
  connection.onDidChangeWatchedFiles(() => {
    state.forgetProjectConfigs();
    state.jobs.forgetDisk();
    relintAll();
  });

  // `onDidChangeContent` also fires on open, so it alone schedules the first lint.
  documents.onDidChangeContent((event) => changed(event.document));
  documents.onDidClose((event) => {
    // A closed job's resume loses its hints; a closed resume's jobs are matched with the file on disk.
    const partners = state.guard(() => state.jobs.partnersOf(event.document), []);
    state.jobs.closed(event.document.uri);
    setImmediate(() => partners.filter((partner) => documents.get(partner.uri)).forEach(schedule));
    clearImmediate(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    service.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  return {
    initialized() {
      if (!state.client.pullsConfiguration) return;
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vitae' });
      settingsReady = refreshSettings();
    },
  };
}
