import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODE_CATALOG } from '../core/catalog';
import { parseRuleDoc, type RuleDoc } from '../core/ruleDoc';

let found: string | null | undefined;

/**
 * The rule pages that ship with Vitae: docs/rules beside the bundle's folder (dist/../docs/rules, in the .vsix, the
 * npm package and a clone alike) or, run from sources, the repository's. Undefined when neither is there.
 */
export function ruleDocsDir(): string | undefined {
  if (found === undefined) {
    const candidates = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')];
    found = candidates.find((dir) => existsSync(join(dir, 'yaml-syntax.md'))) ?? null;
  }
  return found ?? undefined;
}

/** The page of one of Vitae's codes on this machine; undefined for any other code or a missing page. */
export function ruleDocPath(code: string): string | undefined {
  const dir = ruleDocsDir();
  if (!dir || !Object.hasOwn(CODE_CATALOG, code)) return undefined;
  const path = join(dir, `${code}.md`);
  return existsSync(path) ? path : undefined;
}

/** A `file:` URI of the page, which any editor can open without a network. */
export function ruleDocUri(code: string): string | undefined {
  const path = ruleDocPath(code);
  return path ? pathToFileURL(path).href : undefined;
}

const read = new Map<string, RuleDoc | undefined>();

export function readRuleDoc(code: string): RuleDoc | undefined {
  if (!read.has(code)) {
    const path = ruleDocPath(code);
    read.set(code, path ? parseRuleDoc(code, readFileSync(path, 'utf8')) : undefined);
  }
  return read.get(code);
}
