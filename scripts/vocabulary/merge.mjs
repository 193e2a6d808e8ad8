// Turns the loaded inputs (see build.mjs) into the ranked, conflict-free list of technologies.
// Precedence for a name's styling and category: curated files, then simple-icons, then linguist.

/**
 * The categories, in the order their codes are written: the one list, which the generated module carries to the engine
 * (`TechCategory`). Append only: codes are positions.
 */
export const CATEGORIES = [
  'language', 'framework', 'library', 'database', 'cloud', 'devops', 'infrastructure', 'networking', 'observability',
  'data', 'ml', 'os', 'hardware', 'security', 'tool', 'platform', 'standard', 'methodology', 'network', 'company',
];

/**
 * The key two spellings share when they name the same thing, as the engine compares them: "Node.js", "nodejs",
 * "node-js". C, C#, C++ differ, a leading dot counts (.NET), compatibility forms are plain letters (I²C is I2C).
 */
export function squash(text) {
  const lower = text.normalize('NFKC').trim().toLowerCase();
  return (lower.startsWith('.') ? '.' : '') + lower.replace(/[\s._-]+/g, '');
}

const SOURCE_PRECEDENCE = { curated: 0, 'simple-icons': 1, linguist: 2 };

function asList(value) {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

/**
 * A curated item: "Name", { "Name": [aliases] }, { "Name": { aliases, formerNames, category } }, { name, ... },
 * or { "Written": { name: "Canonical", ... } } where the key becomes an alias (or stays a former name). `language`:
 * the language a framework or library is written for ("PHP" for CodeIgniter), from the item or the whole file.
 */
function curatedItem(item, file, defaultCategory, defaultLanguage) {
  const read = curatedFields(item, file, defaultCategory);
  const own = item && typeof item === 'object' ? (typeof item.language === 'string' ? item.language : Object.values(item)[0]?.language) : undefined;
  const language = typeof own === 'string' ? own : defaultLanguage;
  return language ? { ...read, language } : read;
}

function curatedFields(item, file, defaultCategory) {
  const read = curatedNames(item, file, defaultCategory);
  // `accepted`: spellings that differ from a listed one only in case or punctuation but that readers accept as
  // written ("Nest.js" for NestJS, "CoreData" for Core Data); they are kept as aliases, never folded into the name.
  const value = item && typeof item === 'object' ? (typeof item.name === 'string' ? item : Object.values(item)[0]) : undefined;
  const accepted = value && typeof value === 'object' && !Array.isArray(value) ? asList(value.accepted) : [];
  // `exact`: a spelling that is this technology's in exactly this case though another's folds the same ("dlt", dltHub's
  // library, beside Delta Live Tables' "DLT"; "Xray" the Jira plugin beside AWS "X-Ray"). Written otherwise, it
  // names neither.
  const exact = value && typeof value === 'object' && !Array.isArray(value) ? asList(value.exact) : [];
  const withAccepted = accepted.length ? { ...read, aliases: [...read.aliases, ...accepted], accepted } : read;
  return exact.length ? { ...withAccepted, aliases: [...withAccepted.aliases, ...exact], exact } : withAccepted;
}

function curatedNames(item, file, defaultCategory) {
  if (typeof item === 'string') return { name: item, category: defaultCategory, aliases: [], formerNames: [] };
  if (item && typeof item === 'object' && typeof item.name === 'string') {
    return { name: item.name, category: item.category ?? defaultCategory, aliases: asList(item.aliases), formerNames: asList(item.formerNames) };
  }
  const keys = item && typeof item === 'object' ? Object.keys(item) : [];
  if (keys.length !== 1) throw new Error(`${file}: cannot read ${JSON.stringify(item)}`);
  const [name] = keys;
  const value = item[name];
  if (Array.isArray(value) || typeof value === 'string' || value === null) {
    return { name, category: defaultCategory, aliases: asList(value), formerNames: [] };
  }
  const formerNames = asList(value.formerNames);
  if (typeof value.name === 'string') {
    // { "Cassandra": { name: "Apache Cassandra" } }: the key is what people write, the name is canonical.
    const aliases = formerNames.includes(name) ? asList(value.aliases) : [name, ...asList(value.aliases)];
    return { name: value.name, category: value.category ?? defaultCategory, aliases, formerNames };
  }
  return { name, category: value.category ?? defaultCategory, aliases: asList(value.aliases), formerNames };
}

function curatedCandidates(inputs) {
  const out = [];
  // A file of niche entries (the CNCF's sandbox projects) says it is read at a slower pace: its first entries rank
  // with the later ones of the other files.
  for (const { file, category, language, technologies, pace = 1 } of inputs.curated) {
    (technologies ?? []).forEach((item, position) => {
      out.push({ ...curatedItem(item, file, category, language), source: 'curated', tier: 1, order: position / Number(pace), origin: file });
    });
  }
  return out;
}

function iconCandidates(inputs, log) {
  const byTitle = new Map(inputs.icons.map((icon) => [icon.title, icon]));
  const policy = inputs.iconPolicy;
  const out = [];
  const missing = [];
  const seen = new Set();
  for (const [category, titles] of Object.entries(policy.categories)) {
    for (const title of titles) {
      const icon = byTitle.get(String(title));
      if (!icon) {
        missing.push(`${category}: ${title}`);
        continue;
      }
      if (seen.has(icon.title)) throw new Error(`simple-icons.yaml: "${icon.title}" listed twice`);
      seen.add(icon.title);
      const aka = (icon.aliases?.aka ?? []).filter((alias) => {
        const word = inputs.commonWords.has(alias.toLowerCase()) || alias.length < 2 || (policy.dropAliases ?? []).includes(alias);
        if (word) log(`simple-icons: alias "${alias}" of ${icon.title} dropped (ordinary word or listed in dropAliases)`);
        return !word;
      });
      out.push({
        name: policy.rename?.[icon.title] ?? icon.title,
        category,
        aliases: aka,
        formerNames: (icon.aliases?.old ?? []).filter((old) => !(policy.dropAliases ?? []).includes(old)),
        source: 'simple-icons',
        tier: 2,
        order: 0,
        origin: icon.slug,
      });
    }
  }
  if (missing.length) {
    throw new Error(`simple-icons.yaml: no icon with these titles in simple-icons ${inputs.versions['simple-icons']}:\n  ${missing.join('\n  ')}`);
  }
  return out;
}

function linguistCandidates(inputs, log) {
  const policy = inputs.linguistPolicy;
  const include = new Set(policy.include ?? []);
  const exclude = new Set(policy.exclude ?? []);
  const keep = new Set(policy.keep ?? []);
  const out = [];
  for (const [name, language] of Object.entries(inputs.linguist)) {
    if (exclude.has(name)) continue;
    if (language.type !== 'programming' && !include.has(name)) continue;
    if (!include.has(name) && !keep.has(name) && inputs.commonWords.has(name.toLowerCase())) {
      log(`linguist: "${name}" left out: an ordinary English word, and not listed under keep`);
      continue;
    }
    const renamed = policy.rename?.[name] ?? name;
    out.push({
      name: renamed,
      category: policy.categories?.[name] ?? policy.categories?.[renamed] ?? 'language',
      aliases: [],
      formerNames: [],
      source: 'linguist',
      tier: include.has(name) ? 3 : 4,
      order: 0,
      origin: name,
    });
  }
  return out;
}

/** Names are written as people write them: "Echo (Go)" is a note, not a name. */
function checkSpellings(candidates) {
  const bad = [];
  for (const candidate of candidates) {
    for (const spelling of [candidate.name, ...candidate.aliases, ...candidate.formerNames]) {
      if (/[()]/.test(spelling)) bad.push(`${candidate.origin}: "${spelling}"`);
    }
  }
  if (bad.length) throw new Error(`spellings with a parenthesised note:\n  ${bad.join('\n  ')}`);
}

function mergeByName(candidates, log = () => {}) {
  checkSpellings(candidates);
  candidates.sort((a, b) => SOURCE_PRECEDENCE[a.source] - SOURCE_PRECEDENCE[b.source]);
  const byKey = new Map();
  for (const candidate of candidates) {
    if (!CATEGORIES.includes(candidate.category)) throw new Error(`${candidate.origin}: unknown category "${candidate.category}" for ${candidate.name}`);
    const key = squash(candidate.name);
    if (!key) throw new Error(`${candidate.origin}: empty name`);
    const entry = byKey.get(key);
    if (!entry) {
      byKey.set(key, { ...candidate, aliases: [...candidate.aliases], formerNames: [...candidate.formerNames], sources: [candidate.source] });
      continue;
    }
    // Two curated files that file one technology under two kinds: the first file read wins; the note says which lost.
    if (candidate.source === 'curated' && entry.source === 'curated' && candidate.category !== entry.category) {
      log(`${candidate.name}: ${entry.category} (${entry.origin}) wins over ${candidate.category} (${candidate.origin})`);
    }
    entry.aliases.push(...candidate.aliases);
    entry.formerNames.push(...candidate.formerNames);
    if (candidate.accepted) entry.accepted = [...(entry.accepted ?? []), ...candidate.accepted];
    if (candidate.exact) entry.exact = [...(entry.exact ?? []), ...candidate.exact];
    entry.language ??= candidate.language;
    if (!entry.sources.includes(candidate.source)) entry.sources.push(candidate.source);
    if (candidate.tier < entry.tier || (candidate.tier === entry.tier && candidate.order < entry.order)) {
      entry.tier = candidate.tier;
      entry.order = candidate.order;
    }
  }
  return [...byKey.values()];
}

/**
 * The domains' lists merged in turn: each name's place is its position in its domain divided by the domain's weight
 * (languages, the most written, come faster than profile networks), ties in the order the domains are written.
 */
function interleave(groups, weights = {}) {
  const placed = [];
  Object.entries(groups ?? {}).forEach(([domain, list], domainIndex) => {
    const weight = Number(weights[domain] ?? 1);
    list.forEach((name, position) => placed.push({ name: String(name), score: position / weight, domainIndex }));
  });
  placed.sort((a, b) => a.score - b.score || a.domainIndex - b.domainIndex);
  return placed.map((entry) => entry.name);
}

function rank(entries, ranking) {
  const order = interleave(ranking.top, ranking.weights);
  const top = new Map();
  order.forEach((name, position) => {
    const key = squash(String(name));
    if (top.has(key)) throw new Error(`ranking.yaml: "${name}" listed twice`);
    top.set(key, position);
  });
  const known = new Set(entries.map((entry) => squash(entry.name)));
  for (const name of order) {
    if (!known.has(squash(String(name)))) throw new Error(`ranking.yaml: "${name}" is not in the vocabulary`);
  }
  const topPosition = (entry) => top.get(squash(entry.name)) ?? Infinity;
  for (const entry of entries) entry.niche = topPosition(entry) === Infinity && (entry.tier > 1 || entry.order >= WELL_KNOWN_PER_FILE);
  return entries.sort((a, b) =>
    topPosition(a) - topPosition(b) || a.tier - b.tier || a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * How many of each curated file's first entries (at its pace) are well known; the rest, and every name the curators
 * did not list, are niche. Counted within each file, so that a name added to one file cannot make another file's
 * name niche (an absolute rank did: CodeIgniter fell past it when names were inserted before it).
 */
const WELL_KNOWN_PER_FILE = 30;

/** Each spelling belongs to one technology: an alias that is another's name, or a more used one's alias, goes. */
function resolveConflicts(entries, log) {
  const owner = new Map(entries.map((entry) => [squash(entry.name), entry.name]));
  for (const entry of entries) {
    const own = squash(entry.name);
    for (const field of ['aliases', 'formerNames']) {
      const kept = [];
      for (const alias of entry[field]) {
        const key = squash(alias);
        if (!key) continue;
        // A spelling of its own in exactly this case is kept beside another technology's that folds the same.
        if (entry.exact?.includes(alias)) {
          if (!kept.includes(alias)) kept.push(alias);
          continue;
        }
        // An accepted spelling is kept though it folds to the name or another of its spellings, never taken from
        // another technology.
        if (entry.accepted?.includes(alias) && (owner.get(key) ?? entry.name) === entry.name) {
          owner.set(key, entry.name);
          if (!kept.includes(alias)) kept.push(alias);
          continue;
        }
        // A spelling that differs from the name only in case or punctuation is read by the name's key; one in
        // capitals is kept as an alias all the same, as the curators list it for a styling readers accept (UNIX, the
        // trademark's own; SLURM, PCI-DSS).
        if (key === own) {
          if (alias === alias.toUpperCase()) kept.push(alias);
          continue;
        }
        // Of two spellings of its own that fold alike, the first listed is kept and the other is read as a variant of it,
        // which is reported: readers flag "MS SQL" beside "MSSQL" (keeping both lost 10 lines they flag, judged blind).
        // A spelling readers accept as written is listed under `accepted`.
        const holder = owner.get(key);
        if (holder === undefined) {
          owner.set(key, entry.name);
          kept.push(alias);
        } else if (holder !== entry.name) {
          log(`"${alias}" stays with ${holder}, not ${entry.name}`);
        }
      }
      entry[field] = kept;
    }
  }
  return entries;
}

export function buildEntries(inputs, log = () => {}) {
  const candidates = [...curatedCandidates(inputs), ...iconCandidates(inputs, log), ...linguistCandidates(inputs, log)];
  const entries = resolveConflicts(rank(mergeByName(candidates, log), inputs.ranking), log);
  return entries.map(({ name, category, aliases, formerNames, language, sources, niche }) => ({ name, category, aliases, formerNames, ...(language ? { language } : {}), sources, niche }));
}
