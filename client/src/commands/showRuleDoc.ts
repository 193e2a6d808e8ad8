import * as vscode from 'vscode';
import { CODE_CATALOG } from '../../../server/src/core/catalog';

export const SHOW_RULE_DOC = 'vitae.showRuleDoc';

/**
 * "Vitae: Show Rule Documentation" — the rule's page from docs/rules, which ships in the extension, in the Markdown
 * preview: it opens offline, in the editor. Settings' "Documentation" links and the "Learn about <code>" quick fix
 * run it with the code; from the command palette it asks which rule.
 */
export function registerShowRuleDoc(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_RULE_DOC, async (code?: unknown) => {
    const chosen = typeof code === 'string' ? code : await pickRule();
    if (chosen === undefined) return;
    if (!Object.hasOwn(CODE_CATALOG, chosen)) {
      void vscode.window.showWarningMessage(`Vitae has no rule "${chosen}".`);
      return;
    }
    const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${chosen}.md`);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', page);
    } catch {
      // The built-in Markdown extension is disabled: the page as text is still the page.
      await vscode.window.showTextDocument(page, { preview: true });
    }
  });
}

async function pickRule(): Promise<string | undefined> {
  const items = Object.entries(CODE_CATALOG).map(([label, detail]) => ({ label, detail }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Which rule?', matchOnDetail: true });
  return picked?.label;
}
