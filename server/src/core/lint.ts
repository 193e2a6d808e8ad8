import type { ErrorObject } from 'ajv';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver-types';
import { Caches } from './caches';
import { DiagnosticCodes, type SeverityName, type SeveritySetting } from './codes';
import type { ResumeDocument } from './document';
import type { Finding } from './finding';
import { RULES, STRUCTURE_CODES } from './rules';
import type { Rule, RuleContext } from './rules/rule';
import { resumeSchema } from './schema/resumeSchema';
import { validateAgainstSchema } from './schema/validate';
import { applySuppressions } from './suppressions';
import type { TechnologyOptions } from './technologies/extras';
import type { WritingOptions } from './writing/options';
import { inSpans, unreadableSpans } from './yaml/unreadable';
import { collectSchemaPairs, type SchemaPair } from './yaml/walk';

export interface LintOptions {
  /** "Today" for date checks; defaults to the clock. */
  readonly today?: Date;
  /** Per-code severity overrides; `off` silences a code. */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Thresholds of the writing rules. */
  readonly writing?: WritingOptions;
  /** The user's own technologies (recognised and completed, never reported as misspelt). */
  readonly technologies?: TechnologyOptions;
}

/** What `Diagnostic.data` carries for Vitae diagnostics: everything a quick fix needs, so fixes are pure. */
export interface DiagnosticData {
  readonly suggestion?: string;
  readonly fixes?: Finding['fixes'];
  readonly canonical?: string;
}

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Runs every rule over a parsed resume; one rule failing never hides the others' findings. `caches`: what the
 * service remembers from one lint to the next; without it, nothing is kept beyond this lint.
 */
export function lintFindings(doc: ResumeDocument, options: LintOptions = {}, rules: readonly Rule[] = RULES, caches = new Caches()): Finding[] {
  const context = createContext(doc, options.today ?? new Date(), caches, options.writing, options.technologies);
  const findings: Finding[] = [];
  for (const rule of rules) {
    // A rule turned off is not run at all (each reports only its own code; yaml-syntax also reports
    // file-too-large, so it always runs): switching off a costly check makes typing cheaper too.
    if (options.severities?.[rule.id] === 'off' && rule.id !== DiagnosticCodes.yamlSyntax) continue;
    try {
      for (const finding of rule.check(context)) findings.push(finding);
    } catch (error) {
      findings.push(...context.takeFailures(error));
    }
  }
  findings.push(...context.takeFailures());
  const kept = applySuppressions(doc, withoutGuesses(doc, findings));
  return applySeverities(kept, options.severities ?? {}).sort((a, b) => a.start - b.start);
}

export function lint(doc: ResumeDocument, options: LintOptions = {}, caches = new Caches()): Diagnostic[] {
  return lintFindings(doc, options, RULES, caches).map((finding) => toDiagnostic(doc, finding));
}

function toDiagnostic(doc: ResumeDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = {
    ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
    ...(finding.fixes ? { fixes: finding.fixes } : {}),
    ...(finding.canonical ? { canonical: finding.canonical } : {}),
  };
  return {
    range: doc.lines.range(finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'vitae',
    message: finding.message,
    ...(finding.unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    ...(Object.keys(data).length ? { data } : {}),
  };
}

/** Drops structure findings where the parser could not read the text: they would be about its guess. */
function withoutGuesses(doc: ResumeDocument, findings: Finding[]): Finding[] {
  if (doc.refused || doc.yaml.errors.length === 0) return findings;
  const spans = unreadableSpans(doc.yaml, doc.lines);
  return spans.length === 0 ? findings : findings.filter((finding) => !STRUCTURE_CODES.has(finding.code) || !inSpans(spans, finding.start));
}

function applySeverities(findings: Finding[], severities: Readonly<Record<string, SeveritySetting>>): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = severities[finding.code];
    if (setting === 'off') continue;
    out.push(setting ? { ...finding, severity: setting } : finding);
  }
  return out;
}

type Context = RuleContext & { takeFailures(error?: unknown): Finding[] };

/** The views of a document the rules read, for features that read it the same way (job match). */
export function ruleContext(doc: ResumeDocument, caches: Caches, technologies?: TechnologyOptions): RuleContext {
  return createContext(doc, new Date(), caches, undefined, technologies);
}

/** Validator errors by schema token (see ResumeDocument.schemaToken); only kept when the data could be built. */
const schemaErrorsByToken = new WeakMap<object, readonly ErrorObject[]>();

function createContext(doc: ResumeDocument, today: Date, caches: Caches, writing: WritingOptions | undefined, technologies: TechnologyOptions | undefined): Context {
  let data: { value: unknown } | undefined;
  let errors: readonly ErrorObject[] | undefined;
  let pairs: SchemaPair[] | undefined;
  const failures: Finding[] = [];
  const context: Context = {
    doc,
    today,
    caches,
    ...(writing ? { writing } : {}),
    ...(technologies ? { technologies } : {}),
    data() {
      if (!data) {
        try {
          data = { value: doc.refused ? undefined : doc.yaml.toJS({ maxAliasCount: 1000 }) };
        } catch (error) {
          data = { value: undefined };
          failures.push(aliasFailure(doc, error));
        }
      }
      return data.value;
    },
    schemaErrors() {
      errors ??= schemaErrorsByToken.get(doc.schemaToken);
      if (!errors) {
        const value = context.data();
        errors = value === undefined ? [] : validateAgainstSchema(value);
        if (value !== undefined) schemaErrorsByToken.set(doc.schemaToken, errors);
      }
      return errors;
    },
    schemaPairs() {
      pairs ??= doc.refused ? [] : collectSchemaPairs(doc.yaml.contents, resumeSchema);
      return pairs;
    },
    takeFailures(error?: unknown) {
      if (error !== undefined) failures.push(aliasFailure(doc, error));
      return failures.splice(0);
    },
  };
  return context;
}

/** The parser refuses alias bombs ("billion laughs"); anything else thrown by a rule is reported, not raised. */
function aliasFailure(doc: ResumeDocument, error: unknown): Finding {
  const message = error instanceof Error ? error.message : String(error);
  const alias = doc.text.search(/\*[^\s,\]}]+/);
  const start = Math.max(0, alias);
  if (/alias/i.test(message)) {
    return {
      code: DiagnosticCodes.aliasBomb,
      severity: 'error',
      message: 'These aliases (*name) expand to an enormous document, so Vitae cannot check it. Write the values out instead of repeating aliases.',
      start,
      end: start + 1,
    };
  }
  return {
    code: DiagnosticCodes.yamlSyntax,
    severity: 'error',
    message: `Vitae could not check this file: ${message}`,
    start: 0,
    end: Math.min(1, doc.text.length),
  };
}
