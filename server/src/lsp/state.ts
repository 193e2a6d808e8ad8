import { TextDocuments, type Connection, type InitializeParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import type { Design } from '../core/design';
import { createLanguageService } from '../core/service';
import { effectiveSettings, type EffectiveSettings } from '../core/settings';
import { ProjectConfigs } from '../node/projectConfig';
import type { InitializationOptions } from '../protocol';
import { JobMatches } from './jobs';
import { ruleDocLinks, type RuleDocLinks } from './ruleDocs';
import { DEFAULT_SETTINGS, type ServerSettings } from './settings';
import { textDocuments } from './textDocuments';


/** What the client said at `initialize` that it does or wants. */
export interface ClientFeatures {
  readonly entrySnippets: boolean;
  /** It answers `workspace/configuration`, so settings are pulled rather than pushed. */
  readonly pullsConfiguration: boolean;
  /** It redraws code lenses when asked (`workspace/codeLens/refresh`). */
  readonly refreshesCodeLenses: boolean;
  /** Its command that opens a file by URI (`InitializationOptions.openLocationCommand`). */
  readonly openLocationCommand?: string;
}

/**
 * What every handler family shares: the connection, the open documents, the pure core, and the settings in force.
 * Each handler looks the document up, answers with nothing when it is missing, and delegates to `service`.
 */
export class ServerState {
  readonly connection: Connection;
  readonly documents = new TextDocuments(textDocuments);
  readonly service = createLanguageService();
  /** The client's `vitae.*` settings; the defaults until they arrive. */
  settings: ServerSettings = DEFAULT_SETTINGS;
  client: ClientFeatures = { entrySnippets: true, pullsConfiguration: false, refreshesCodeLenses: false };
  /** The workspace folders' paths at `initialize`: where the search for a job file's resume stops. */
  workspaceFolders: readonly string[] = [];
  /** Job files, the resume each is matched with, and what the editor shows of the match. */
  readonly jobs = new JobMatches(this, () => this.service);
  readonly #configs = new ProjectConfigs();
  readonly #reportedConfigProblems = new Set<string>();

  constructor(connection: Connection) {
    this.connection = connection;
  }

  /** How this client is shown a rule's page (a diagnostic's link, "Learn about <code>"); set at `initialize`. */
  ruleDocs: RuleDocLinks | undefined;

  initialize(params: InitializeParams): void {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    this.ruleDocs = ruleDocLinks(this.connection, {
      codeDescriptionSupport: params.capabilities.textDocument?.publishDiagnostics?.codeDescriptionSupport === true,
      showDocumentSupport: params.capabilities.window?.showDocument?.support === true,
      ...(typeof init.ruleDocCommand === 'string' ? { command: init.ruleDocCommand } : {}),
    });
    this.client = {
      entrySnippets: init.entrySnippets !== false,
      pullsConfiguration: params.capabilities.workspace?.configuration === true,
      refreshesCodeLenses: params.capabilities.workspace?.codeLens?.refreshSupport === true,
      ...(typeof init.openLocationCommand === 'string' ? { openLocationCommand: init.openLocationCommand } : {}),
    };
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.workspaceFolders = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  }

  /** An open resume (a job file is not one: see `jobDocument`). */
  document(uri: string): TextDocument | undefined {
    return this.jobs.isJob(uri) ? undefined : this.documents.get(uri);
  }

  /** An open job file (`*.job.md`, `job.txt`, `*.job.yaml`…). */
  jobDocument(uri: string): TextDocument | undefined {
    return this.jobs.isJob(uri) ? this.documents.get(uri) : undefined;
  }

  /** The `design:` of the project's `.vitaerc.yaml`, which wins over the editor's `vitae.design.*` (sent with each render). */
  projectDesign(uri: string): Partial<Design> | undefined {
    if (!uri.startsWith('file:')) return undefined;
    return this.guard(() => this.#configs.forFile(fileURLToPath(uri)).design, undefined);
  }

  /** Editor settings, overridden by the project's `.vitaerc.yaml` so that the editor and the CLI agree. */
  settingsFor(uri: string): EffectiveSettings {
    if (!uri.startsWith('file:')) return effectiveSettings(this.settings);
    const config = this.guard(() => this.#configs.forFile(fileURLToPath(uri)), { rules: {}, writing: {}, problems: [] } as ReturnType<ProjectConfigs['forFile']>);
    for (const problem of config.problems) {
      const line = `Vitae: ${config.path ?? '.vitaerc'}: ${problem}`;
      if (!this.#reportedConfigProblems.has(line)) this.connection.console.warn(line);
      this.#reportedConfigProblems.add(line);
    }
    return effectiveSettings(this.settings, config);
  }

  /** A config file was created, changed or deleted: look them up again. */
  forgetProjectConfigs(): void {
    this.#configs.clear();
  }

  /** The figures count bullets that state a number; someone who turned bullet-no-metric off does not want them. */
  countsMetrics(uri: string): boolean {
    return this.settingsFor(uri).severities?.['bullet-no-metric'] !== 'off';
  }

  /** A bug in one feature must not take the server down: log it and answer with nothing. */
  guard<T>(work: () => T, fallback: T): T {
    try {
      return work();
    } catch (error) {
      this.logError(error);
      return fallback;
    }
  }

  logError(error: unknown): void {
    this.connection.console.error(`Vitae: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
