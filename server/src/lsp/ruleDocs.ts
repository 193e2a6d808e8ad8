import { CodeActionKind, ShowDocumentRequest, type CodeAction, type Command, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { CODE_CATALOG } from '../core/catalog';
import { ruleDocUri } from '../node/ruleDocs';

/** The server-side command that opens a rule's page through `window/showDocument`, for clients without their own. */
export const OPEN_RULE_DOC_COMMAND = 'vitae.openRuleDoc';

/** How this client is shown a rule's page, decided once at `initialize`. */
export interface RuleDocLinks {
  /** Each diagnostic with a `codeDescription` linking to its page on this machine, when the client shows one. */
  describe(diagnostics: Diagnostic[]): Diagnostic[];
  /** "Learn about <code>" for each of Vitae's codes among the diagnostics, when the client can open a page. */
  learnActions(diagnostics: readonly Diagnostic[]): CodeAction[];
  /** The commands the server itself executes (an empty list when the client opens pages). */
  readonly serverCommands: readonly string[];
}

export interface RuleDocClient {
  readonly codeDescriptionSupport: boolean;
  readonly showDocumentSupport: boolean;
  /** The client's own command for a page (`InitializationOptions.ruleDocCommand`). */
  readonly command?: string;
}

export function ruleDocLinks(connection: Connection, client: RuleDocClient): RuleDocLinks {
  const command = client.command ?? (client.showDocumentSupport ? OPEN_RULE_DOC_COMMAND : undefined);
  if (command === OPEN_RULE_DOC_COMMAND) {
    connection.onExecuteCommand(async (params) => {
      const uri = params.command === OPEN_RULE_DOC_COMMAND ? ruleDocUri(String(params.arguments?.[0])) : undefined;
      if (uri) await connection.sendRequest(ShowDocumentRequest.type, { uri, takeFocus: true });
    });
  }
  return {
    describe: (diagnostics) => {
      if (!client.codeDescriptionSupport) return diagnostics;
      return diagnostics.map((diagnostic) => {
        const href = ruleDocUri(String(diagnostic.code));
        return href ? { ...diagnostic, codeDescription: { href } } : diagnostic;
      });
    },
    learnActions: (diagnostics) => {
      if (!command) return [];
      const codes = new Map<string, Diagnostic[]>();
      for (const diagnostic of diagnostics) {
        const code = String(diagnostic.code);
        if (diagnostic.source !== 'vitae' || !Object.hasOwn(CODE_CATALOG, code) || !ruleDocUri(code)) continue;
        codes.set(code, [...(codes.get(code) ?? []), diagnostic]);
      }
      return [...codes].map(([code, about]): CodeAction => {
        const learn: Command = { title: `Learn about ${code}`, command, arguments: [code] };
        return { title: learn.title, kind: CodeActionKind.QuickFix, diagnostics: about, command: learn };
      });
    },
    serverCommands: command === OPEN_RULE_DOC_COMMAND ? [OPEN_RULE_DOC_COMMAND] : [],
  };
}
