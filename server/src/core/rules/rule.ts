import type { ErrorObject } from 'ajv';
import type { Caches } from '../caches';
import type { ResumeDocument } from '../document';
import type { Finding } from '../finding';
import type { WritingOptions } from '../writing/options';
import type { SchemaPair } from '../yaml/walk';

/** What every rule gets: the parsed document and views of it computed at most once per lint. */
export interface RuleContext {
  readonly doc: ResumeDocument;
  /** Today, injected so that tests and the CLI agree on what "in the future" means. */
  readonly today: Date;
  /** Thresholds of the writing rules (from settings or the project config); absent means the defaults. */
  readonly writing?: WritingOptions;
  /** What the service remembers from one lint to the next (each string's facts, technology readings). */
  readonly caches: Caches;
  /** Plain data (`undefined` when the YAML could not be turned into data, e.g. an alias bomb). */
  data(): unknown;
  /** The validator's errors against the closed JSON Resume schema. */
  schemaErrors(): readonly ErrorObject[];
  /** Every key/value pair the schema knows about, in document order. */
  schemaPairs(): readonly SchemaPair[];
}

/** One check. Rules never throw on odd input: anything they cannot understand is left to another rule. */
export interface Rule {
  readonly id: string;
  check(context: RuleContext): Iterable<Finding>;
}
