import type { RuleContext } from '../rules/rule';
import type { Text } from '../writing/text';
import { inField } from './fields';
import type { Mention } from './prose';
import type { ResumeTechnologies } from './resume';

/**
 * Names a resume mentions without saying the author worked with them: the employer, what it sells, another
 * organisation's team, work handed over, services integrated, the systems a program runs on. tech-not-in-skills
 * suggests none of them.
 */

/** What the resume says around its names: of the organisations the author worked for, and of its own acronyms. */
export interface Surroundings {
  /** Where each work entry's `description` is: what the employer is or sells, not what the author used. */
  readonly descriptions: ReadonlyArray<readonly [number, number]>;
  /**
   * Each work entry's employer without its legal form ("shopify", "fedora" for Fedora Project), in lower case, with
   * each organisation a name of several lists ("avalara" for "Avalara, Indix R&D"), and where the entry is.
   */
  readonly names: ReadonlyArray<{ readonly name: string; readonly parts: readonly string[]; readonly from: number; readonly to: number }>;
  /** Every employer's name and parts, to look a mention up in once. */
  readonly keys: ReadonlySet<string>;
  /** Acronyms the resume spells out as something else ("Master Patient Index (MPI)"): not the technology "MPI". */
  readonly acronyms: ReadonlySet<string>;
}

// "Fedora Project", "Acme, Inc.", "Docker Labs": the words after an organisation's own name.
const LEGAL_FORM = /(?:,?\s+(?:inc\.?|llc|ltd\.?|limited|corp\.?|corporation|company|co\.|gmbh|ag|plc|nv|n\.v\.|bv|b\.v\.|s\.?a\.?|project|foundation|labs?|technologies|software|systems|networks|group|holdings))+$/i;

export function surroundingsOf(context: RuleContext, found: ResumeTechnologies): Surroundings {
  const descriptions: Array<[number, number]> = [];
  const entries = new Map<unknown, { name: string; parts: string[]; from: number; to: number }>();
  for (const pair of context.schemaPairs()) {
    if (pair.path[0] !== 'work' || pair.path.length !== 3) continue;
    const key = pair.pair.key as { range?: [number, number, number] } | null;
    const value = pair.pair.value as { range?: [number, number, number]; value?: unknown } | null;
    if (pair.key === 'description' && value?.range) descriptions.push([value.range[0], value.range[1]]);
    const entry = entries.get(pair.path[1]) ?? { name: '', parts: [], from: key?.range?.[0] ?? Infinity, to: 0 };
    entries.set(pair.path[1], entry);
    entry.from = Math.min(entry.from, key?.range?.[0] ?? Infinity);
    entry.to = Math.max(entry.to, value?.range?.[1] ?? 0);
    if ((pair.key === 'name' || pair.key === 'company') && typeof value?.value === 'string') {
      entry.name = withoutLegalForm(value.value);
      entry.parts = value.value.split(ORGANISATIONS).map(withoutLegalForm).filter((part) => part !== '' && part !== entry.name);
    }
  }
  const names = [...entries.values()].filter((entry) => entry.name !== '');
  return { descriptions, names, keys: new Set(names.flatMap((entry) => [entry.name, ...entry.parts])), acronyms: ownAcronyms(found) };
}

// "Avalara, Indix R&D", "Klarna / Sofort", "Atlassian (via Trello)": an employer named with another organisation.
const ORGANISATIONS = /\s*[,/|·()]\s*|\s+[-–—]\s+|\s+(?:via|acquired by)\s+/i;

function withoutLegalForm(name: string): string {
  return name.trim().replace(LEGAL_FORM, '').toLowerCase();
}

// "Master Patient Index (MPI)", "Site Reliability Engineering (SREs)", "Monitoring, Evaluation and Learning (MEL)":
// capitalised words, then their initials.
const SPELT_OUT = /((?:\p{Lu}[\p{L}-]*,?\s+(?:(?:of|and|for|the|&)\s+)?){2,6})\(([A-Z]{2,6})s?\)/gu;

/** The acronyms the resume spells out, where the words are not a name of the technology the acronym reads as. */
function ownAcronyms(found: ResumeTechnologies): Set<string> {
  const out = new Set<string>();
  for (const text of [...found.bullets, ...found.prose]) {
    if (!text.text.includes('(')) continue;
    for (const [, words, acronym] of text.text.matchAll(SPELT_OUT)) {
      const phrase = words!.trim().replace(/,/g, '');
      const initials = phrase.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
      if (initials !== acronym) continue;
      const tech = found.index.resolve(acronym!)?.tech;
      const spelt = found.index.resolve(phrase)?.tech;
      if (tech && spelt !== tech) out.add(acronym!);
    }
  }
  return out;
}

/** Whether a mention only names a product, an organisation or a system the text is about, not one the author used. */
export function onlyMentioned(found: ResumeTechnologies, written: Text, mention: Mention, mentions: readonly Mention[], around: Surroundings): boolean {
  const text = written.text;
  return (
    around.acronyms.has(mention.written) ||
    employer(written, mention, around) ||
    owner(text, mention, mentions) ||
    conference(text, mention) ||
    handedOver(text, mention) ||
    forOthers(text, mention) ||
    integrated(text, mention) ||
    runsOn(text, mention, mentions) ||
    otherAcronyms(found, text, mention) ||
    companyProduct(found, text, mention) ||
    compared(text, mention) ||
    usedBy(text, mention)
  );
}

// What a change moved away from: "migrated 100+ build jobs from Bamboo to GitLab", "switching from Mocha to Vitest".
const CHANGED_FROM = /\b(?:migrat\w*|mov(?:e|ed|es|ing)|switch\w*|transition\w*|upgrad\w*|convert\w*|conversion|port(?:ed|ing)?|moderni[sz]\w*|shift\w*)\b[^.;:]*?\bfrom\s+([^.;:]*)$/i;
// What was replaced or retired: "Replaced New Relic", "a legacy Java/Scala platform", "retiring the prior Jenkins".
const REPLACED = /\b(?:replac(?:e|ed|es|ing)|retir(?:e|ed|ing)|decommission\w*|sunset\w*|phas(?:ed|ing) out)\s+(?:(?:an?|the|our|their|its|old|aging|existing|prior|previous|[\d,]+-\w+)\s+)*(?:legacy\s+)?$/i;
// "an AngularJS to React migration": the name before "to" in a change named after it.
const CHANGED_TO = /^\s*(?:to|→|->)\s+[^.;:,]{1,40}?\s(?:migrations?|transitions?|rewrites?|moves?|upgrades?|ports?)\b/i;
const LEGACY = /\blegacy\s+(?:[\p{L}\d.#+-]+\s*(?:\/|\+|,|\band\b)\s*)?$/iu;

/**
 * "Migrated the website from an Angular monolith to React", "Replaced a legacy Java/Scala platform": the technology
 * a change left behind. Judged blind, readers listed 8 of 38 such (TeamCity and Jenkins migrated from, an Eclipse
 * left for Android Studio), and the work says the author moved on.
 */
export function leftBehind(text: string, mention: Mention, mentions: readonly Mention[]): boolean {
  const before = text.slice(Math.max(0, mention.start - 100), mention.start);
  const from = CHANGED_FROM.exec(before)?.[1];
  const left = (from !== undefined && !/\b(?:to|into|with|using)\b/i.test(from)) || REPLACED.test(before) || LEGACY.test(before) || CHANGED_TO.test(text.slice(mention.end, mention.end + 60));
  // "from iOS 6 to iOS 7/8": what the change went to as well.
  return left && !mentions.some((other) => other.start > mention.end && other.resolution.tech === mention.resolution.tech);
}

// "Used by Amazon and several other companies", "trusted by Google, Stripe": who uses what one built.
const USED_BY = /\b(?:[Uu]sed|[Aa]dopted|[Tt]rusted|[Rr]elied\s+on)\s+by\s+(?:\p{Lu}[\p{L}.&-]*(?:,\s+|\s+and\s+))*$/u;

/** "Used by Amazon": an organisation that uses the author's work, named as one; not a product the author used. */
function usedBy(text: string, mention: Mention): boolean {
  return USED_BY.test(text.slice(Math.max(0, mention.start - 60), mention.start));
}

/** "an n8n-style workflow builder", "a VS Code-like UI", "a Trello clone": what one built is like it, not it. */
function compared(text: string, mention: Mention): boolean {
  return /^(?:-(?:style|like|esque|inspired)\b|\s+(?:clones?|alternatives?|look-?alikes?)\b)/i.test(text.slice(mention.end, mention.end + 14));
}

/**
 * "Shopify" in the Shopify role, "contributor to Fedora" in the summary of one who worked for the Fedora Project,
 * "Arista" at Arista Networks: the employer, not its product. In another role the name is the product again
 * ("deploying F5" after leaving F5), unless the sentence places the author there ("after a stint at Heroku").
 */
function employer(written: Text, mention: Mention, employers: Surroundings): boolean {
  if (employers.keys.size === 0) return false;
  const tech = mention.resolution.tech;
  // By any of its names ("Arista" at Arista Networks, "SAS" at SAS NV: the employer without its legal form).
  const names = [mention.written, tech.name, ...tech.aliases].map((name) => name.toLowerCase());
  if (!names.some((name) => employers.keys.has(name))) return false;
  const at = written.span(0, 0)[0];
  const own = employers.names.find(({ from, to }) => at >= from && at <= to);
  if (!own) return true;
  return names.some((name) => own.name === name || own.parts.includes(name)) || AT_PLACE.test(written.text.slice(Math.max(0, mention.start - 12), mention.start));
}

// "after a stint at Heroku", "work with Plotly in Canada", "joined Shopify": an organisation as where one worked.
const AT_PLACE = /\b(?:at|with|for|joined|left|leaving)\s+$/i;

// "OpenAI's Red Team", "Microsoft's partners": a possessive before people or a unit names the organisation.
// "Shopify's cloud platform", "Stripe's customers": also what the organisation runs or sells.
const ORGANISATION = /^['’]s\s+(?:[\p{L}\d-]+\s+){0,3}(?:team|department|division|group|staff|engineers|employees|customers|clients|partners|leadership|offices?|headquarters|researchers|platform|products?|users|merchants|marketplace)\b/iu;

/** "OpenAI's Red Team"; "Google's App Engine": the vendor before its own product, which is the name ("Anthropic's LLMs" are models one used). */
function owner(text: string, mention: Mention, mentions: readonly Mention[]): boolean {
  const after = text.slice(mention.end, mention.end + 80);
  if (ORGANISATION.test(after)) return true;
  const possessive = /^['’]s\s+/.exec(after)?.[0].length;
  const vendor = mention.written.split(' ')[0]!;
  return possessive !== undefined && mentions.some((next) => next.start === mention.end + possessive && next.resolution.tech.name.startsWith(`${vendor} `));
}

// "SciPy India 2018", "KubeCon EU 2023" in a sentence about talks: the conference, not the technology.
const TALKS = /\b(?:conferences?|summits?|meetups?|talks?|speaker|spoke|presenting|presented|keynote)\b/i;

function conference(text: string, mention: Mention): boolean {
  return /^(?:\s\p{Lu}[\p{L}]+)?\s(?:19|20)\d\d\b/u.test(text.slice(mention.end, mention.end + 20)) && TALKS.test(text);
}

// "based on Photoshop comps", "from Figma mockups": work another person made in the product, handed over.
const HANDED_OVER_BEFORE = /\b(?:based on|from|per|matching|following)\s+(?:the\s+|their\s+|provided\s+|supplied\s+)?$/i;
const HANDED_OVER_AFTER = /^\s+(?:comps|mock-?ups|designs|wireframes|layouts|files|documents|spreadsheets|exports|specs)\b/i;

function handedOver(text: string, mention: Mention): boolean {
  return HANDED_OVER_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) && HANDED_OVER_AFTER.test(text.slice(mention.end, mention.end + 20));
}

// "APIs like Facebook API, Google Maps, YouTube API", "web API’s including Google Analytics", "integration work
// against the Anthropic API": services a product was connected to, not skills of the author.
const INTEGRATED_BEFORE = /\b(?:third[- ]party\s+\w+|API(?:s|['’]s)?)\s+(?:like|such as|including)\s+(?:[^.;:]*(?:,\s*(?:and\s+)?|\s(?:and|or)\s+))?$/i;
const INTEGRATED_AFTER = /^\s+APIs?\b/;

function integrated(text: string, mention: Mention): boolean {
  return INTEGRATED_BEFORE.test(text.slice(Math.max(0, mention.start - 120), mention.start)) || (INTEGRATED_AFTER.test(text.slice(mention.end, mention.end + 8)) && /\bintegrat/i.test(text));
}

// "APIs for a Flutter activity-tracking application": the product the work served, built by others.
const SERVED_BEFORE = /\bfor\s+(?:an?|the|their|its)\s+$/i;
const SERVED_AFTER = /^(?:\s+[\p{L}\d-]+){0,2}?\s+(?:app|apps|application|applications|client|clients|front[- ]?end|team|teams|customers?)\b/iu;

function forOthers(text: string, mention: Mention): boolean {
  return SERVED_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)) && SERVED_AFTER.test(text.slice(mention.end, mention.end + 60));
}

// Words joining the names of a list: "Windows, macOS and Linux", "Linux/Windows".
const JOINER = /^\s*(?:,|\/|&|and|or|,\s*(?:and|or))\s*$/i;
// "AIX and Linux servers", "Linux and BSD systems administration": systems one runs, a skill.
const ADMINISTERED = /^\s+(?:servers?|systems?|hosts?|machines?|boxes|administration|admin|kernels?)\b/i;

/**
 * "a tray app for Windows, macOS and Linux", "Linux/Windows compatible", "works with both Linux and Mac": desktop
 * systems listed together are those a program runs on, not skills; judged by hand, readers listed none of them.
 * So are phones' systems listed together ("apps for iOS and Android"), unless the work is the platforms' own ("the
 * iOS and Android teams").
 */
function runsOn(text: string, mention: Mention, mentions: readonly Mention[]): boolean {
  const kind = desktop(mention) ? desktop : phone(mention) ? platform : undefined;
  if (!kind) return false;
  const at = mentions.indexOf(mention);
  let first = at;
  let last = at;
  while (first > 0 && kind(mentions[first - 1]!) && JOINER.test(text.slice(mentions[first - 1]!.end, mentions[first]!.start))) first--;
  while (last < mentions.length - 1 && kind(mentions[last + 1]!) && JOINER.test(text.slice(mentions[last]!.end, mentions[last + 1]!.start))) last++;
  const after = text.slice(mentions[last]!.end, mentions[last]!.end + 30);
  return first !== last && !ADMINISTERED.test(after) && !(kind === platform && BUILT_IN.test(after));
}

// "the iOS and Android teams", "Android and iOS SDKs": the platforms' own work, a mobile developer's skill.
const BUILT_IN = /^\s+(?:native\s+)?(?:teams?|developers?|engineers?|engineering|developments?|SDKs?|programming)\b/i;

/** A phone's system: "apps for iOS and Android" name where the apps run (readers of ~40 resumes listed 9 in 32). */
function phone(mention: Mention): boolean {
  return mention.resolution.tech.category === 'os' && inField(mention.resolution.tech.name, 'mobile');
}

/** A system a program runs on, or a store or console it ships to ("Steam/iOS/Android", "iOS, Android, and Windows"). */
function platform(mention: Mention): boolean {
  return ['os', 'platform', 'network'].includes(mention.resolution.tech.category) || /^(?:Steam|Web)$/.test(mention.written);
}

function desktop(mention: Mention): boolean {
  const tech = mention.resolution.tech;
  return tech.category === 'os' && !inField(tech.name, 'mobile');
}

/**
 * An abbreviation in a list of abbreviations the vocabulary does not know ("ASM, GTM, LTM, and APM", a vendor's
 * modules): the list is another vocabulary, and "ASM" there is not Assembly.
 */
function otherAcronyms(found: ResumeTechnologies, text: string, mention: Mention): boolean {
  const written = mention.written;
  // "PERL" among them is Perl's name in capitals, no abbreviation: tech-name says it is Perl.
  if (!/^[A-Z][A-Z0-9]{1,4}$/.test(written) || written.toLowerCase() === mention.resolution.tech.name.toLowerCase()) return false;
  const clauseStart = Math.max(...['.', ';', ':', '(', ')', '\n'].map((stop) => text.lastIndexOf(stop, mention.start - 1))) + 1;
  const ends = ['.', ';', ':', '(', ')', '\n'].map((stop) => text.indexOf(stop, mention.end)).filter((at) => at >= 0);
  const clause = text.slice(clauseStart, ends.length ? Math.min(...ends) : text.length);
  const items = clause.split(/\s*(?:,|&|\/|\band\b|\bor\b)\s*/).map((item) => item.trim().split(/\s+/).pop() ?? '');
  const acronyms = items.filter((item) => /^[A-Z][A-Z0-9]{1,4}$/.test(item));
  return acronyms.length >= 3 && acronyms.some((item) => !found.index.resolve(item));
}

/**
 * A company's name read as one of its products ("Oracle" beside PostgreSQL is Oracle Database) but followed by
 * another product's name ("Cisco VPN", "Cisco Routers"): the product is that other one, which the vocabulary
 * does not know.
 */
function companyProduct(found: ResumeTechnologies, text: string, mention: Mention): boolean {
  if (found.index.resolve(mention.written)?.tech.category !== 'company' || mention.resolution.tech.name === mention.written) return false;
  const next = /^ ([\p{Lu}\d][\p{L}\d-]*)/u.exec(text.slice(mention.end))?.[1];
  return next !== undefined && !mention.resolution.tech.name.split(' ').includes(next);
}
