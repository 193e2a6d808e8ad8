// Word lists the number and verb heuristics share. Lower case throughout.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Glued to a number, these make it a quantity: "40%", "3x", "$1MM", "50k", "800ms", "1.2 PB". */
export const UNIT_SUFFIXES = set(`
  % x × k m mm b bn t k+ m+ b+ + kb mb gb tb pb eb kib mib gib tib kbps mbps gbps tbps
  ms ns µs us s sec secs min mins h hr hrs wk wks yr yrs rps qps tps rpm fps pp bps pts kw mw kwh mwh km kg
`);

/** After a number, these words make it a quantity even after a name ("NPS 20 points", "USD 2 million"). */
export const UNIT_WORDS = set(`
  % percent per pct percentage points pts pp bps basis x × times fold
  ms msec millisecond milliseconds s sec secs second seconds min mins minute minutes h hr hrs hour hours
  day days week weeks month months year years yr yrs quarter quarters sprint sprints
  kb mb gb tb pb eb kib mib gib tib kbps mbps gbps k m mm bn million millions billion billions thousand thousands
  hundred hundreds trillion lakh lakhs crore crores usd eur gbp dollars euros pounds rps qps tps rpm
`);

/** Words of scale: numbers in themselves ("dozens of", "thousands of invoices"). */
export const NUMBER_WORDS = set(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million
  millions billion billions trillion trillions dozen dozens
`);

/** "two-factor", "three-tier", "64-bit": a number naming a kind of thing, not counting anything. */
export const KIND_COMPOUNDS = set(`
  factor tier phase way step sided stage pass layer d dimensional bit pizza week-old dimension hop
`);

/** Before a number, these make it a label: "version 1", "Level 2", "Type II", "phase 3", "day 1". */
export const LABEL_WORDS = set(`
  version ver v level tier type phase stage step gen generation series release round grade class category sprint
  week day chapter section part article rule title form pillar priority sev severity p no no. number revision rev
  model mark mk edition season cohort batch
`);

export const CURRENCY_CODES = set(`usd eur gbp inr jpy cad aud chf cny sgd nzd sek nok dkk brl zar hkd`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Small words that never name a product, even capitalised in Title Case: "Led Team Of 5". */
export const FUNCTION_WORDS = set(`
  a an the of by to for from with within without across over under above below about around into onto per than
  and or nor but all each every some any both only over nearly almost approximately roughly about around up down
  top first last next another additional more most less least fewer at on in as via among between through
  i we our my their his her its this that these those who which whose whom approx ca est
`);

/** Ordinals count a place only next to these: "1st place", "2nd of 300", "3rd percentile". */
export const RANK_WORDS = set(`place prize position percentile rank ranked out of overall runner-up`);

/** From one of these to another is a before/after figure: "from hours to minutes", "from weekly to daily". */
export const TIME_WORDS = set(`
  second seconds minute minutes hour hours day days week weeks month months quarter quarters year years
  hourly daily nightly weekly biweekly fortnightly monthly quarterly yearly annually annual
`);

/** "zero …" states a measured outcome, except in these names of techniques. */
export const ZERO_NAMES = set(`trust day copy knowledge shot touch config configuration width padding sum based g`);
