// Verb forms without a tagger: enough morphology to put an opening verb in the past tense for a quick fix, and
// to recognise the irregular past forms a tagger often mistakes for nouns ("Cut", "Led", "Stood up").

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Irregular verbs resumes use, base → past. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  words(`
    be:was become:became begin:began bring:brought build:built buy:bought catch:caught choose:chose come:came
    cut:cut deal:dealt do:did draw:drew drive:drove eat:ate fall:fell feed:fed fight:fought find:found fly:flew
    forecast:forecast foresee:foresaw get:got give:gave go:went grow:grew hang:hung have:had hear:heard hit:hit
    hold:held keep:kept know:knew lay:laid lead:led leave:left lend:lent let:let light:lit lose:lost make:made
    mean:meant meet:met oversee:oversaw overcome:overcame pay:paid put:put quit:quit read:read rebuild:rebuilt
    redo:redid rewrite:rewrote ride:rode rise:rose run:ran say:said see:saw seek:sought sell:sold send:sent set:set
    shake:shook shrink:shrank shut:shut sink:sank sit:sat slide:slid speak:spoke speed:sped spend:spent spin:spun
    split:split spread:spread stand:stood steal:stole strike:struck sweep:swept swim:swam take:took teach:taught
    tell:told think:thought throw:threw undergo:underwent understand:understood undertake:undertook uphold:upheld
    wear:wore win:won wind:wound withdraw:withdrew write:wrote upset:upset greenlight:greenlit outgrow:outgrew
    sunset:sunset offset:offset broadcast:broadcast overrun:overran override:overrode outrun:outran
  `).map((pair) => pair.split(':') as [string, string]),
);

const IRREGULAR_PAST = new Set(IRREGULAR.values());
const IRREGULAR_BASE = new Map([...IRREGULAR].map(([base, past]) => [past, base]));
// Longer verbs that double their last consonant: committed, controlled, programmed, formatted.
const DOUBLING = new Set(words(`commit submit admit permit omit transmit emit refer prefer infer confer control patrol compel propel expel equip occur recur incur deter regret kidnap format program`));
// Words ending in -ed that are not past tenses.
const NOT_PAST = new Set(words(`need speed seed feed breed bleed heed proceed exceed succeed embed shed bed red wed hundred kindred sacred naked wicked rugged ragged beloved`));

const VOWEL_GROUPS = /[aeiouy]+/g;

/** A verb's past tense ("lead" → "led", "ship" → "shipped", "own" → "owned"). */
export function pastTense(base: string): string {
  const lower = base.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return irregular;
  if (lower.endsWith('e')) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (doubles(lower)) return `${lower}${lower[lower.length - 1]}ed`;
  return `${lower}ed`;
}

function doubles(base: string): boolean {
  if (DOUBLING.has(base)) return true;
  const syllables = base.match(VOWEL_GROUPS)?.length ?? 0;
  return syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(base);
}

export function gerund(base: string): string {
  const lower = base.toLowerCase();
  if (lower.endsWith('ie')) return `${lower.slice(0, -2)}ying`;
  if (lower.endsWith('e') && !/(?:ee|ye|oe)$/.test(lower)) return `${lower.slice(0, -1)}ing`;
  if (doubles(lower)) return `${lower}${lower[lower.length - 1]}ing`;
  return `${lower}ing`;
}

/** Whether a word is a past tense by form: an irregular past, or a regular "-ed" ("Championed", "Rightsized"). */
export function isPastTense(word: string): boolean {
  const lower = lastSegment(word.toLowerCase());
  if (IRREGULAR_PAST.has(lower)) return true;
  if (NOT_PAST.has(lower)) return false;
  if (/eed$/.test(lower)) return /(?:agreed|freed|guaranteed|decreed|refereed)$/.test(lower);
  return lower.length >= 4 && /[a-z]{2}ed$/.test(lower);
}

const PARTICIPLES = new Set(
  words(`written rewritten driven given forgiven taken undertaken mistaken shown grown known seen overseen chosen done
    begun broken spoken stolen forgotten gotten ridden risen withdrawn drawn thrown flown worn sworn torn shaken
    frozen hidden beaten eaten fallen forbidden proven`),
);

/** Whether a word is a past participle by form ("improved", "built", "written"). */
export function isParticiple(word: string): boolean {
  return PARTICIPLES.has(word.toLowerCase()) || isPastTense(word);
}

/** The last part of a hyphenated word: "co-led" → "led", "re-architected" → "architected". */
export function lastSegment(word: string): string {
  const dash = Math.max(word.lastIndexOf('-'), word.lastIndexOf('‐'));
  return dash >= 0 ? word.slice(dash + 1) : word;
}

/** Verbs resumes open with, in the base form. The tagger decides other words; these settle its doubtful calls. */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  words(`
    accelerate achieve administer advise advocate align collaborate conduct empower ensure evangelize foster analyze analyse architect audit author automate benchmark
    boost build champion close coach code collaborate consolidate containerize coordinate create cut debug decrease
    define deliver deploy design detect develop diagnose direct document drive earn eliminate enable engineer
    establish evaluate exceed expand extend facilitate fix forecast found generate grow guide halve handle harden
    head hire identify implement improve increase influence initiate install instrument integrate interview introduce
    invent launch lead maintain manage mentor merge migrate model modernize modernise monitor negotiate onboard
    operate optimize optimise orchestrate organize organise overhaul own partner patch pilot pioneer plan port present
    prevent prioritize produce profile program propose prototype publish raise rebuild recruit redesign reduce
    refactor release replace research resolve restructure revamp review rewrite run save scale secure sell ship
    shrink simplify slash solve spearhead speed standardize standardise streamline strengthen supervise support
    teach test train transform triage troubleshoot tune unify upgrade win write
  `),
);

const GERUNDS: ReadonlyMap<string, string> = new Map(
  [...ACTION_VERBS, ...IRREGULAR.keys(), ...words('work help assist participate contribute collaborate')].map((base) => [gerund(base), base]),
);

/** The base form of a gerund, a past tense or a present "-s" form, when its form says so; otherwise undefined. */
export function baseForm(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (ACTION_VERBS.has(lower) || IRREGULAR.has(lower)) return lower;
  const known = GERUNDS.get(lower) ?? IRREGULAR_BASE.get(lower);
  if (known) return known;
  // Only verbs this list knows: "libraries" is not a form of "library"; the tagger decides the others.
  if (lower.endsWith('ies') && ACTION_VERBS.has(`${lower.slice(0, -3)}y`)) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/.test(lower) && ACTION_VERBS.has(lower.slice(0, -2))) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower) && ACTION_VERBS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return undefined;
}
