import { ORDINARY_WORDS } from './data';
import { foldKey } from './fold';
import { slashSpaced, statusOf } from './policy';
import type { Mention } from './prose';
import type { Resolution, TechEntry, TechIndex } from './vocabulary';

/**
 * A name read in its sentence. The vocabulary says what a word can name; the words around it say whether it
 * does: "the Atlas team" and "the Mercury pipeline" are internal names, "Julia, our data lead" is a person,
 * "University of Phoenix" and "Safe Harbor" are other names, "Go-to-market" is a word. Neighbouring technologies
 * choose between senses ("Flux" beside Kustomize is Flux CD, "Oracle" beside PostgreSQL is Oracle Database).
 * Spellings the word-by-word reading cannot see are joined here ("Dev Ops", "Spring(Boot)"), and a name followed
 * by itself in parentheses ("K8s (Kubernetes)") is read as one pair.
 */
export function inContext(index: TechIndex, text: string, mentions: readonly Mention[]): Mention[] {
  const joined = compounds(index, text, mentions);
  const kept = joined.filter((mention) => !otherName(text, mention, joined)).filter((mention, _, all) => !mention.guarded || ofItsKind(mention, all));
  const neighbours = kept.filter((mention) => !mention.ordinary && mention.resolution.tech.category !== 'company');
  // "Engineer at Cisco", "services from Bing, Yahoo, and Google", "Google's materials": a company one works at, listed
  // among companies, or owning what follows, is the company, whatever technologies are near.
  const senses = kept.map((mention) => itsDatabase(index, text, mention) ?? (employer(text, mention) || amongCompanies(text, mention, kept) || itsHardware(text, mention) ? mention : inSense(index, mention, neighbours)));
  return pairs(text, senses);
}

// "a pair of Oracle databases", "the Oracle DBs": the company before the word for its database is that database.
const DATABASES = /^\s+(?:databases?|dbs?|rdbms)\b/i;
function itsDatabase(index: TechIndex, text: string, mention: Mention): Mention | undefined {
  if (mention.resolution.tech.category !== 'company' || !DATABASES.test(text.slice(mention.end, mention.end + 12))) return undefined;
  const tech = productAmong(index, mention.written, new Set(['database']));
  return tech && readAs(mention, tech);
}

/** The mention read as another technology, its words as a short form of that one's name. */
function readAs(mention: Mention, tech: TechEntry): Mention {
  const resolution: Resolution = { tech, form: { tech, kind: 'alias', text: mention.written }, status: 'short' };
  return { ...mention, resolution };
}

// "IBM storage devices", "Cisco networking equipment": the company before the hardware it makes.
const HARDWARE = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:devices|equipment|hardware|appliances|switches|routers|servers)\b/u;
function itsHardware(text: string, mention: Mention): boolean {
  return mention.resolution.tech.category === 'company' && HARDWARE.test(text.slice(mention.end, mention.end + 50));
}

// What a framework has by name: "Angular Signals", "React Hooks", "Vue Components".
const FEATURES = /^(?:Signals|Hooks|Components|Directives|Pipes|Forms|Modules|Services|Router|Routing|Templates|Animations|Elements|Universal|Testing)$/;

const INTERNAL_NOUNS = /^\s+(team|squad|group|guild|tribe|pod|project|programme|program|initiative|pipeline|service|platform|system|portal|dashboard|app|tool)s?\b/i;
const TEAM_NOUNS = /^\s+(team|squad|group|guild|tribe|pod|project|programme|program|initiative)s?\b/i;
// "Julia, our data lead", "Ruby, a new graduate", "Sam, who…", "I built Cesium, a single platform": a person or a thing
// of one's own named before what it is; not "with Docker, the deploys with Helm", a list going on.
const APPOSITION = /^,\s+(?:(?:our|my|his|her|their)\s|who\s|an?\s|the\s+(?:[\p{L}-]+\s+){0,2}(?:lead|engineer|manager|graduate|intern|developer|designer|scientist|analyst|director|colleague|mentor|founder|architect|student|teammate|hire|contractor|consultant|researcher|head|owner)s?\b)/iu;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const QUANTITY_OF = /\b(?:one|any|some|all|each|either|both|most|many|several|none|knowledge|experience|understanding|use|mastery|proficiency|familiarity|fluency|expertise)\s+of\s+(?:the\s+)?$/i;

/** Whether the mention is part of something else: a person, an internal name, a longer proper name, a compound. */
// A title, not a sentence: every word capitalised but the small words ("Head of Data & Platform").
const TITLE_TOKEN = String.raw`(?:\p{Lu}[\p{L}\d.'’-]*|of|and|for|the|&|-|–|\/)`;
const TITLE = new RegExp(String.raw`^${TITLE_TOKEN}(?:\s+${TITLE_TOKEN})*$`, 'u');

function otherName(text: string, mention: Mention, all: readonly Mention[]): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const after = text.slice(mention.end, mention.end + 40);
  const word = mention.written;
  const single = !/\s/.test(word);
  const dictionary = ORDINARY_WORDS.has(word.toLowerCase());
  // "Go-to-market", "Make-or-buy", "Go-Live": the name opens a hyphenated phrase of ordinary words.
  if (mention.partial && /^-(to|or|and|of|in|on|for|the|a|at|by|up|out|off|live)\b/i.test(after)) return true;
  // "hyper-parameter", "spring-loaded": a word in lower case before a hyphen is the word's prefix, unless what
  // follows says how the technology was used ("react-based", "docker-compatible").
  if (mention.partial && word === word.toLowerCase() && !/^-(based|powered|driven|native|enabled|compatible|first|ready|specific|related|like|style|friendly|backed|centric|heavy|only|free|flavou?red|aware|oriented|focused|built|hosted|managed|generated)\b/i.test(after)) return true;
  // "50K+ RPM", "40 TPS": capitals right after a number are its unit, not RPM the package manager.
  if (/^(?:RPM|RPS|QPS|TPS|FPS|IOPS)$/.test(word) && /\d[\d.,]*\s*[KMB]?\+?\s?$/.test(before)) return true;
  // "Swift MT564 messages", "SWIFT ISO 20022 payments": the banks' network, not the language.
  if (mention.resolution.tech.name === 'Swift' && /^\s+(?:MT\d{3}|ISO\s*20022|messag|network|payments?\b|gpi\b|BIC\b)/i.test(after)) return true;
  // "SQL and NoSQL databases", "SQL/NoSQL stores": the two kinds of database, not work in the language.
  if (mention.resolution.tech.name === 'SQL' && (/^\s*(?:and|or|&|\/|,)\s*no-?sql\b/i.test(after) || /\bno-?sql\s*(?:and|or|&|\/|,)\s*$/i.test(before))) return true;
  // "leur mise en œuvre", "mise en place", "una capa de caché": French and Spanish words, not the mise tool or CAPA.
  if (/^(?:[Mm]ise|capa)$/.test(word) && /^\s+(?:en|de)\b/i.test(after)) return true;
  // "ensuring ADA compliance": the Americans with Disabilities Act, not the Ada language.
  if (word === 'ADA' && /^\s+(?:complian(?:ce|t)|accessib|standards?\b|guidelines?\b|requirements?\b|regulations?\b|audits?\b)/i.test(after)) return true;
  // "a narrative FPS RPG", "RPG games": the game genre, not IBM's RPG language.
  if (word === 'RPG' && (/\b(?:FPS|MMO|action|tactical|narrative|indie|turn-based|open-world|party-based|fantasy|roguelike|mobile|co-op)\s+$/i.test(before) || /^\s+(?:games?|elements?|mechanics?|Maker|genre|systems?\s+for\s+games?)\b/i.test(after))) return true;
  // "game logic using ECS patterns", "a roguelike with ECS": a game's entity component system, not Amazon ECS.
  if (word === 'ECS' && (/\b(?:games?|gameplay|roguelike|Unity|Unreal|Godot|Bevy|entit(?:y|ies))\b/i.test(text) || /^\s+patterns?\b/i.test(after))) return true;
  // "core ML techniques", "standard ML metrics": an ordinary word in lower case before an acronym
  // qualifies it; it is not the product named with both (Core ML, Standard ML).
  if (/^(?:core|standard|basic|general|traditional|modern|applied|advanced|custom|document) \p{Lu}{2,}$/u.test(word)) return true;
  // "kp, Ti and Td": two letters in title case are a symbol or a word, not a two-letter acronym (TI).
  if (/^\p{Lu}\p{Ll}$/u.test(word) && /^\p{Lu}{2}$/u.test(mention.resolution.form.text) && mention.resolution.status === 'variant') return true;
  // "Control-M v8 to v9": a version in lower case, not the V8 engine.
  if (/^v\d+$/.test(word)) return true;
  // "Windows Server 2012 R2": a release after the year in a product's name, not Cloudflare R2.
  if (word === 'R2' && /\b(?:19|20)\d\d\s$/.test(before)) return true;
  // "a sass platform", "SasS provide post-purchase experience": software as a service misspelt, not the stylesheets.
  if (mention.resolution.tech.name === 'Sass' && (/^SasS$/.test(word) || /^\s+(?:platforms?|products?|compan(?:y|ies)|business(?:es)?|startups?|solutions?|providers?|offerings?|model|provide[sd]?)\b/i.test(after))) return true;
  // "Information Systems Manager": in a title, an alias of plain capitalised words after another capitalised word is
  // part of the longer title, not AWS Systems Manager.
  if (!single && mention.resolution.form.kind !== 'name' && text.length <= 200 && TITLE.test(text.trim()) && word.split(/\s+/).every((part) => TITLE_WORD.test(part)) && /\p{Lu}\p{Ll}+\s$/u.test(before)) return true;
  if (!single || !TITLE_WORD.test(word) && !/^\p{Lu}/u.test(word)) return false;
  // "Lead + Dev": a word, not a profile network styled in capitals (DEV).
  if (TITLE_WORD.test(word) && mention.resolution.tech.category === 'network' && /^\p{Lu}+$/u.test(mention.resolution.tech.name)) return true;
  // "SOPs", "KPIs": an acronym's plural, not the name in capitals (SOPS).
  if (/^\p{Lu}{2,}s$/u.test(word) && mention.resolution.status === 'variant') return true;
  // "the Atlas team", "the Mercury pipeline": an ordinary word naming a team or a system of one's own.
  // Not "the Android app", "the Windows service": an app or a service of an operating system runs on it.
  const runsOn = mention.resolution.tech.category === 'os' && !TEAM_NOUNS.test(after);
  if (/\bthe\s+$/i.test(before) && dictionary && !runsOn && (TEAM_NOUNS.test(after) || (INTERNAL_NOUNS.test(after) && mention.resolution.tech.rank > 150))) return true;
  // "Julia, our data lead", "Ruby, a new graduate".
  if (TITLE_WORD.test(word) && APPOSITION.test(after)) return true;
  // "University of Phoenix", "Bank of America".
  // Not "One of Python", "Knowledge of Go": a quantity or a skill before "of" opens a list, not a name; nor
  // "Implementation of SiteCore": a name styled as no word of a place's is (capitals inside it) is the product.
  if (/\p{Lu}\p{L}+\s+of\s+(the\s+)?$/u.test(before) && !QUANTITY_OF.test(before) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)) return true;
  // "San Francisco": a capitalised word for an acronym (SAN), before another capitalised word that is no
  // technology, opens a proper name.
  if (TITLE_WORD.test(word) && /^\p{Lu}{2,}$/u.test(mention.resolution.tech.name) && /^ \p{Lu}\p{Ll}+/u.test(after) && !all.some((other) => other.start === mention.end + 1)) return true;
  // "Safe" for SAFe: a capitalised dictionary word whose technology is styled otherwise is the word.
  if (dictionary && TITLE_WORD.test(word) && mention.resolution.status === 'variant') return true;
  // "Maya Render", "Linkerd Ambassador", "Quartz Composer": a capitalised word right after another name is a word of
  // that product's name (not "Java Spring", written for it).
  if (wordOfNameBefore(text, mention, all)) return true;
  // "Safe Harbor": next to a capitalised word set aside above, the name is part of the same proper name.
  if (all.some((other) => other !== mention && otherish(other) && (/^ $/.test(text.slice(other.end, mention.start)) || /^ $/.test(text.slice(mention.end, other.start))))) return true;
  // "Credible EMR": an acronym alias after a capitalised word (not a sentence's first) is that product's name too.
  if (mention.resolution.form.kind !== 'name' && /^\p{Lu}{2,5}$/u.test(word)) {
    const previous = /(\p{Lu}\p{Ll}+)\s$/u.exec(before)?.[1];
    if (previous && !sentenceStart(text, mention.start - 1 - previous.length) && !all.some((m) => m !== mention && m.end === mention.start - 1)) return true;
  }
  // "Google Zanzibar", "Certified F5 Trainer", "Hong Kong", "Xoserve Gemini": a word, a company or a short alias
  // inside a longer proper name.
  if (dictionary || mention.resolution.tech.category === 'company' || (mention.resolution.form.kind !== 'name' && TITLE_WORD.test(word))) {
    const previous = /(\S+)\s$/u.exec(before)?.[1];
    const next = /^\s(\S+)/u.exec(after)?.[1]?.replace(/[.,;:!?)]+$/, '');
    const isName = (other: string | undefined, at: number): boolean =>
      !!other && /^\p{Lu}/u.test(other) && !/^\p{Lu}+s?$/u.test(other) && !all.some((m) => m !== mention && m.start <= at && at < m.end && !otherish(m) && !wordOfNameBefore(text, m, all));
    // Not an acronym or its plural ("Airflow DAGs", "Kafka APIs"): what the name is used for, not more of the name.
    // "Angular Signals", "React Hooks": a feature of a well-used framework, not a longer proper name.
    const feature = mention.resolution.tech.rank < 100 && FEATURES.test(next ?? '');
    if ((isName(next, mention.end + 1) && !feature) || (isName(previous, mention.start - 2) && !/^[.!?:;•|–—]?$/.test(previous ?? '') && !/[,;:]$/.test(previous ?? '') && !sentenceStart(text, mention.start - 1 - (previous?.length ?? 0)))) return true;
  }
  return false;
}

/** "Android and IOS": short capitals are the differently styled name beside a technology of the same kind. */
function ofItsKind(mention: Mention, all: readonly Mention[]): boolean {
  const tech = mention.resolution.tech;
  const category = tech.category;
  // A library of one language beside another language's names is not it: "FX" beside Java is foreign exchange, not Go's Uber Fx.
  const ofItsLanguage = (other: TechEntry): boolean => !tech.language || (other.category === 'language' ? other.name === tech.language : !other.language || other.language === tech.language);
  return all.some((other) => other !== mention && !other.guarded && !other.ordinary && (other.resolution.tech.category === category || (NEAR[category] ?? []).includes(other.resolution.tech.category)) && ofItsLanguage(other.resolution.tech));
}

// A word the sentence-level reading already set aside counts as an ordinary word for its neighbours.
function otherish(mention: Mention): boolean {
  return mention.resolution.status === 'variant' && TITLE_WORD.test(mention.written) && ORDINARY_WORDS.has(mention.written.toLowerCase());
}

/** A capitalised dictionary word right after a technology it is not written for: a word of that one's name. */
function wordOfNameBefore(text: string, mention: Mention, all: readonly Mention[]): boolean {
  if (!TITLE_WORD.test(mention.written) || !ORDINARY_WORDS.has(mention.written.toLowerCase())) return false;
  const tech = mention.resolution.tech;
  return all.some((other) => other !== mention && !other.ordinary && text.slice(other.end, mention.start) === ' ' && !writtenFor(other.resolution.tech, tech));
}

/** Whether one technology is written in or for the other (Spring for Java, Express and Node.js for JavaScript). */
function writtenFor(a: TechEntry, b: TechEntry): boolean {
  return a === b || a.language === b.name || b.language === a.name || (a.language !== undefined && a.language === b.language);
}

function amongCompanies(text: string, mention: Mention, all: readonly Mention[]): boolean {
  if (mention.resolution.tech.category !== 'company') return false;
  const listed = (between: string): boolean => /^\s*(,|,?\s+(and|or|&))\s*$/.test(between);
  return all.some((other) => other !== mention && other.resolution.tech.category === 'company' && (listed(text.slice(other.end, mention.start)) || listed(text.slice(mention.end, other.start))));
}

function employer(text: string, mention: Mention): boolean {
  if (mention.resolution.tech.category !== 'company') return false;
  // "Google's unsafe Rust onboarding materials": a company in the possessive owns what follows; it is no product (but
  // "Anthropic's LLMs" are used through its API).
  return /\b(at|joined|for)\s+$/i.test(text.slice(Math.max(0, mention.start - 8), mention.start)) || /^['’]s\s+(?!(?:LLMs?|models?|APIs?|SDKs?)\b)/.test(text.slice(mention.end, mention.end + 12));
}

function sentenceStart(text: string, at: number): boolean {
  return at <= 0 || /(^|[.!?:;•|–—(])$/.test(text.slice(0, at).trimEnd());
}

// What one builds on a platform with, named after it: its SDK, IDE, studio, runtime or API.
const KIT = / (?:SDK|NDK|IDE|Studio|API|CLI|Runtime|Toolkit)$/;

// Categories that stand in for one another when choosing a sense.
const NEAR: Readonly<Record<string, readonly string[]>> = {
  database: ['data'],
  data: ['database'],
  devops: ['infrastructure', 'cloud', 'observability'],
  infrastructure: ['devops', 'cloud'],
  cloud: ['devops', 'infrastructure'],
  observability: ['devops'],
  framework: ['library', 'language'],
  library: ['framework', 'language'],
  language: ['framework', 'library'],
};

/**
 * The sense the neighbours point at: among the technology and those named "<written> …" ("Flux CD", "Oracle
 * Database"), the one whose category a neighbour shares; the reading stays when nothing decides.
 */
function inSense(index: TechIndex, mention: Mention, neighbours: readonly Mention[]): Mention {
  if (mention.ordinary || /\s/.test(mention.written) || mention.resolution.tech.extra) return mention;
  const current = mention.resolution.tech;
  const around = new Set(neighbours.filter((other) => other !== mention && other.resolution.tech !== current).map((other) => other.resolution.tech.category));
  if (around.size === 0) return mention;
  const fits = (tech: TechEntry): number => (around.has(tech.category) ? 2 : (NEAR[tech.category] ?? []).some((near) => around.has(near)) ? 1 : 0);
  // Only a company, or a name less used than another reading of the same word ("Flux"), changes sense.
  if (fits(current) > 0) return mention;
  // "the Atlassian marketplace for Confluence and Jira": a company beside its own products is their vendor.
  const vendorOf = (tech: TechEntry): boolean => tech.aliases.some((alias) => alias.startsWith(`${mention.written} `));
  if (current.category === 'company' && neighbours.some((other) => vendorOf(other.resolution.tech))) return mention;
  // A company's name may be read as any product named after it ("Oracle" as Oracle Database); a product's name as
  // another that goes by the same word ("Flux" as Flux CD), not as the kit for building on it (Android is not Android
  // Studio, Solana not the Solana SDK).
  // A JavaScript library by its stem ("Alpine" beside Django and HTMX) whatever it is ranked.
  const stem = (tech: TechEntry): boolean => tech.name.toLowerCase() === `${mention.written.toLowerCase()}.js`;
  const options = sensesOf(index, mention.written).filter((tech) => tech !== current && (current.category === 'company' || ((tech.rank < current.rank || stem(tech)) && !KIT.test(tech.name))));
  const best = options.map((tech) => ({ tech, fit: fits(tech) })).filter((option) => option.fit > fits(current)).sort((a, b) => b.fit - a.fit || a.tech.rank - b.tech.rank)[0];
  return best ? readAs(mention, best.tech) : mention;
}

/**
 * "Oracle" in a list of databases: a company's name read as its product of the kind its neighbours are (Oracle
 * Database), or nothing when none is.
 */
export function productAmong(index: TechIndex, written: string, kinds: ReadonlySet<string>): TechEntry | undefined {
  return sensesOf(index, written)
    .filter((tech) => tech.category !== 'company' && kinds.has(tech.category))
    .sort((a, b) => a.rank - b.rank)[0];
}

const byFirstWord = new WeakMap<TechIndex, Map<string, TechEntry[]>>();

function sensesOf(index: TechIndex, written: string): TechEntry[] {
  let map = byFirstWord.get(index);
  if (!map) {
    map = new Map();
    for (const tech of index.entries) {
      // "Alpine" for Alpine.js as for Alpine Linux: a JavaScript name goes by its stem too.
      const first = tech.name.split(' ')[0]!.replace(/(?<=.{3})\.js$/i, '');
      if (first === tech.name) continue;
      const key = foldKey(first);
      const list = map.get(key);
      if (list) list.push(tech);
      else map.set(key, [tech]);
    }
    byFirstWord.set(index, map);
  }
  return [...index.candidates(written), ...(map.get(foldKey(written)) ?? [])];
}

/** "Dev Ops" (DevOps), "Salt Stack" (SaltStack), "Spring(Boot)" (Spring Boot): one name, spelt apart. */
function compounds(index: TechIndex, text: string, mentions: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  // "Dev Ops", "MS SQL", "Mongo DB", "Node JS", "Objective C": a capitalised word or an acronym, then another (or a
  // capital letter after a word).
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(?=((\p{Lu}\p{Ll}+|\p{Lu}{2,})(?: (\p{Lu}\p{Ll}+|\p{Lu}{2,}|(?<=\p{Ll} )\p{Lu})|\((\p{Lu}\p{Ll}+)\))(?![\p{L}\p{N}+#])))/gu)) {
    const [, written = '', first = '', spacedSecond, bracketed = ''] = match;
    const second = spacedSecond ?? bracketed;
    const spaced = spacedSecond !== undefined;
    const resolution = spaced ? index.resolve(first + second) : index.resolveWords(`${first} ${second}`);
    if (!resolution || resolution.tech.extra || (spaced && ORDINARY_WORDS.has((first + second).toLowerCase()))) continue;
    if (spaced && index.resolveWords(written)) continue;
    // "Azure Dev Ops": the word before the joined name may make a longer one (Azure DevOps).
    const before = spaced ? /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]*) $/u.exec(text.slice(Math.max(0, match.index - 30), match.index))?.[1] : undefined;
    const longer = before ? index.resolveWords(`${before} ${first}${second}`) : undefined;
    if (longer && !longer.tech.extra) {
      const from = match.index - before!.length - 1;
      if (!found.some((other) => from < other.end)) found.push({ start: from, end: match.index + written.length, written: `${before} ${written}`, resolution: { ...longer, status: longer.status === 'former' ? 'former' : 'variant' }, ordinary: false, partial: false });
      continue;
    }
    const start = match.index;
    if (found.some((other) => start < other.end)) continue;
    // "Mac OS X": inside a longer name already read, "Mac OS" is that name's.
    if (mentions.some((mention) => mention.start <= start && start + written.length <= mention.end && mention.end - mention.start > written.length)) continue;
    // "Multi Cloud" for Multi-cloud: a plain phrase spelt apart is still the phrase.
    // "CI CD" for CI/CD: a practice's parts spaced.
    const plain = (resolution.form.kind === 'name' && statusOf(written, { ...resolution.form, name: resolution.tech.name, category: resolution.tech.category }) === 'canonical') || slashSpaced(written, resolution.tech.name, resolution.tech.category);
    const status = resolution.status === 'former' ? 'former' : plain ? 'canonical' : 'variant';
    found.push({ start, end: start + written.length, written, resolution: { ...resolution, status }, ordinary: false, partial: false });
  }
  if (found.length === 0) return [...mentions];
  const outside = mentions.filter((mention) => !found.some((compound) => mention.start < compound.end && compound.start < mention.end));
  return [...outside, ...found].sort((a, b) => a.start - b.start);
}

/**
 * "K8s (Kubernetes)", "Amazon Elastic Container Service (ECS)": a name and the same technology in parentheses.
 * The parenthesised one explains the first and is never reported; a first name reported before its own canonical
 * name carries the pair's end, so that its fix gives "Kubernetes", not "Kubernetes (Kubernetes)".
 */
function pairs(text: string, mentions: Mention[]): Mention[] {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const outer = mentions[i]!;
    const inner = mentions[i + 1]!;
    if (outer.resolution.tech !== inner.resolution.tech || !/^\s*\(\s*$/.test(text.slice(outer.end, inner.start))) continue;
    const close = /^\s*\)/.exec(text.slice(inner.end));
    if (!close) continue;
    const pairEnd = inner.end + close[0].length;
    // The fix of a misspelt first name replaces the pair only when the parentheses hold the name itself.
    if (inner.written === outer.resolution.tech.name) mentions[i] = { ...outer, pairEnd };
    mentions[i + 1] = { ...inner, inPair: true };
  }
  return mentions;
}
