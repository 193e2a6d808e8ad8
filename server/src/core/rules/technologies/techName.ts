import { Scalar } from 'yaml';
import type { Caches } from '../../caches';
import type { Finding } from '../../finding';
import { TechCodes } from '../../technologies/codes';
import { lookAlikesIn } from '../../technologies/fold';
import { caseFree, datedHyphen, statusOf, VENDOR_PREFIX } from '../../technologies/policy';
import { partsOf } from '../../technologies/parts';
import { listedReadings, meantKeyword, nameSpan, readingOf, resumeTechnologies, valueAt, yamlValue, type Keyword } from '../../technologies/resume';
import type { ProseReading } from '../../technologies/prose';
import { ORDINARY_WORDS } from '../../technologies/data';
import { meantInProse, meantName } from '../../technologies/typos';
import { LEVELS } from '../../technologies/keywordReading';
import type { Resolution, TechEntry, TechIndex } from '../../technologies/vocabulary';
import type { Text } from '../../writing/bullets';
import type { Rule } from '../rule';

/**
 * "Javascript", "NodeJS", "Postgresql": a known technology not written the way its project writes it. In keyword
 * lists and skill names the whole value is read; in bullets and summaries only whole words, and ordinary English
 * words ("go", "spring", "make") are never read as technologies.
 */
export const techName: Rule = {
  id: TechCodes.techName,
  *check(context) {
    const found = resumeTechnologies(context);
    const keywords: Keyword[] = [...found.skillNames, ...found.groups.flatMap((group) => group.keywords)];
    let guesses = 0;
    for (const keyword of keywords) {
      const resolution = keyword.resolution;
      if (!resolution) {
        const said = new Set<number>();
        for (const part of listedParts(found.index, keyword, context.doc.text)) {
          said.add(part.start);
          yield part;
        }
        const at = valueAt(keyword, context.doc.text);
        if (!keyword.group || at === undefined) continue;
        // A quoted keyword ("PostgresSql" in a flow list) is fixed inside its quotes.
        const meant = meantKeyword(found, context.caches, keyword);
        const written = keyword.text.trim();
        if (meant) yield misspelt(written, meant, nameSpan(keyword, context.doc.text, written.length));
        // "Backend - Python, Django, PostgresSQL", "VCS: Git, SVN", "Gulp, Grunt & Webpack": each name of a keyword that
        // lists several, written otherwise or slipped (in a few hundred keywords at most).
        else for (const part of commaParts(keyword.text)) {
          const span: [number, number] = [at + part.offset, at + part.offset + part.text.length];
          if (said.has(span[0])) continue;
          const read = found.index.resolve(part.text);
          // "grunt, gulp, make": commands as typed, among others so written, are not reported (readers split on them).
          if (read && listable(read) && part.text !== part.text.toLowerCase()) yield finding(part.text, read, span, spelling(read, part.text));
          const one = read || guesses++ >= 300 ? undefined : meantName(found.index, context.caches, part.text);
          if (one) yield misspelt(part.text, one, span);
        }
        continue;
      }
      if (keyword.head !== undefined) {
        // "Postgresql (Aurora)", "AWS (Lambda, Cloudformation)": the name at the start, then each one listed after it.
        // "Kotlin Multiplatform Mobile(KMM)": a name and itself in parentheses are judged, and fixed, as one.
        const pair = /^\s*\(([^()]*)\)$/.exec(keyword.text.trim().slice(keyword.head))?.[1];
        const itself = pair !== undefined && found.index.resolve(pair.trim())?.tech === resolution.tech;
        const head = itself ? keyword.text.trim() : keyword.text.trim().slice(0, keyword.head);
        if (valueAt(keyword, context.doc.text) !== undefined && (resolution.status === 'variant' || resolution.status === 'alias' || resolution.status === 'former') && !resolution.tech.extra && !formerStillWritten(resolution)) {
          yield finding(head, resolution, nameSpan(keyword, context.doc.text, head.length), spelling(resolution, head));
        }
        // "Java Enterprise Edition (JEE)": the name in parentheses is the one judged with it, not one listed after it.
        if (!itself) yield* listedParts(found.index, keyword, context.doc.text);
        continue;
      }
      if (resolution.status === 'canonical' || resolution.status === 'short' || resolution.tech.extra) continue;
      if (formerStillWritten(resolution)) {
        // "JavaEE", "JAVA EE": a former name still written, spelt otherwise, is written as it still is (Java EE).
        const written = keyword.text.trim();
        const then = resolution.form.text;
        if (STILL_WRITTEN.has(then) && written !== then && !keyword.tool && keyword.node.type === Scalar.PLAIN) yield finding(written, { ...resolution, status: 'variant' }, keyword.span, yamlValue(then, keyword.group?.seq.flow === true, keyword.node.type), false, then);
        continue;
      }
      // A skills group named "Basic" or "Advanced": a word of how well, capitalised as a title is, not BASIC.
      if (!keyword.group && /^\p{Lu}\p{Ll}+$/u.test(keyword.text.trim()) && ORDINARY_WORDS.has(keyword.text.trim().toLowerCase())) continue;
      // A group named "Devops" or "Cloud / Devops": the practice as a heading, which readers leave as written.
      if (!keyword.group && resolution.tech.category === 'methodology') continue;
      const written = keyword.text.trim();
      if (namedThen(keyword, written, resolution)) continue;
      // "websockets", "finops" among a project's tags: a protocol or a practice in lower case is the common noun.
      if (COMMON_NOUNS.has(resolution.tech.category) && written === written.toLowerCase()) continue;
      // "State machine (xState)": a practice read as the tool in its parentheses; the tool's name is judged, and fixed,
      // where it is written, and the practice's words stay.
      if (keyword.tool) {
        const name = keyword.text.trim().slice(keyword.tool.offset, keyword.tool.offset + keyword.tool.length);
        // Only where the value is written as it reads (not folded over lines), as the fix writes into it.
        const span = valueAt(keyword, context.doc.text) === undefined ? undefined : nameSpan(keyword, context.doc.text, keyword.tool.length, keyword.tool.offset);
        // Its status is variant, alias or former: canonical and short names were passed above.
        if (span) yield finding(name, resolution, span, spelling(resolution, name));
        continue;
      }
      const type = keyword.node.type;
      const block = type === Scalar.BLOCK_FOLDED || type === Scalar.BLOCK_LITERAL;
      const flow = keyword.group?.seq.flow === true;
      yield finding(written, resolution, keyword.span, block ? undefined : yamlValue(spelling(resolution, written), flow, type));
    }
    // The technologies the skills and the projects' keywords list.
    const listedAs = new Set(found.groups.flatMap((group) => group.keywords).flatMap((keyword) => (keyword.resolution ? [keyword.resolution.tech.name] : [])));
    const budget = { guesses: 300 };
    for (const text of [...found.bullets, ...found.prose]) {
      const { mentions, unread } = readingOf(found, text);
      yield* slipsIn(found.index, context.caches, text, unread, budget);
      // "SENIOR ANDROID DEVELOPER": a text in capitals throughout writes every name in capitals, as a style.
      const capitals = !/\p{Ll}/u.test(text.text) && /\p{L}\s+\p{L}/u.test(text.text);
      for (const mention of mentions) {
        const resolution = mention.resolution;
        if (capitals && resolution.status === 'variant' && mention.written === mention.written.toUpperCase()) continue;
        if (mention.ordinary || mention.partial || mention.inPair || resolution.status === 'canonical' || resolution.status === 'short' || resolution.tech.extra) continue;
        // "js", "c++" in a sentence: a short name in lower case is how commands and files are typed; a slip only where the
        // author lists it in the skills or a project's keywords ("Git" listed: readers of eleven resumes flagged 14 of 16).
        // A product's name of three letters ("git", "php", "aws") is a slip wherever it is written so (blind readers: 36
        // lines of 46 over 947 resumes), not a program typed at a prompt ("ssh", "yum") nor a protocol or format.
        const threeLetters = /^[a-z]{3}$/.test(mention.written) && !TYPED.has(mention.written) && !CONCEPTS.has(resolution.tech.category);
        if (!threeLetters && mention.written.length <= 3 && mention.written === mention.written.toLowerCase() && !(resolution.status === 'variant' && listedAs.has(resolution.tech.name))) continue;
        if (!reportedInProse(mention.written, resolution) || asTyped(mention.written, text.text.slice(mention.end, mention.end + 12))) continue;
        const end = mention.pairEnd ?? mention.end;
        const vendor = vendorBefore(text.text, mention.start, resolution);
        const start = mention.start - vendor;
        const verbatim = text.verbatim(start, end);
        // "JavaEE 6", "JBossAS 7", "OSX machines": a former name spelt otherwise is written as it was then (Java EE, JBoss
        // AS, OS X), not as today's product: the sentence tells of those years (both readers of the resume; the fix to
        // WildFly left a line that asks for Jakarta EE in the skills, the fix to macOS one for macOS).
        // Not after a slash ("Linux/MacOSX"): a pair reads one word of a name of several as the pair's.
        if (resolution.status === 'former' && vendor === 0 && (!/\s/.test(resolution.form.text) || text.text[mention.start - 1] !== '/')) {
          const then = resolution.form.text;
          yield finding(mention.written, { ...resolution, status: 'variant' }, text.span(start, end), verbatim ? then : undefined, false, then);
          continue;
        }
        yield finding(text.text.slice(start, mention.end), resolution, text.span(start, end), verbatim ? spelling(resolution, mention.written, vendor > 0) : undefined, vendor > 0);
      }
    }
  },
};

/** "Upgraded the Aurora PostgresSQL cluster": a name misspelt in a sentence, in a few hundred words at most. */
function* slipsIn(index: TechIndex, caches: Caches, text: Text, unread: ProseReading['unread'], budget: { guesses: number }): Generator<Finding> {
  for (const { word, at } of unread) {
    if (budget.guesses-- <= 0) return;
    const meant = meantInProse(index, caches, word);
    if (!meant) continue;
    const end = at + word.length;
    yield misspelt(word, meant, text.span(at, end), text.verbatim(at, end));
  }
}

/** The names of a keyword that lists several with commas or ampersands, after a label ("Backend - Python, Django"). */
function commaParts(text: string): Array<{ readonly text: string; readonly offset: number }> {
  if (!/[,;&]/.test(text)) return [];
  const label = /^[^,;:()&-]+(?:\s-|\s–|:)\s+/.exec(text)?.[0].length ?? 0;
  return partsOf(text, /[^,;&]+/g, label);
}


/** A slip of spelling, or a name the product has left ("Machine Learning (Core ML, TensorFlow Lite)"), as a keyword of its own would be. */
function listable(resolution: Resolution): boolean {
  return (resolution.status === 'variant' || resolution.status === 'former') && !resolution.tech.extra && !formerStillWritten(resolution);
}

/** "PostgresSQL": a name misspelt, with the fix that writes it right. */
function misspelt(written: string, tech: TechEntry, span: [number, number], fixable = true): Finding {
  return {
    code: TechCodes.techName,
    severity: 'information',
    message: `"${written}" looks like a misspelling of ${tech.name}.`,
    start: span[0],
    end: span[1],
    canonical: tech.name,
    ...(fixable ? { fixes: [{ title: `Change to ${tech.name}`, newText: tech.name }] } : {}),
  };
}

/**
 * "Javascript / Typescript", "AWS (Lambda, Cloudformation)": each name of a keyword that lists several, at its own
 * place (where the file holds the keyword as written).
 */
function* listedParts(index: TechIndex, keyword: Keyword, file: string): Generator<Finding> {
  const at = valueAt(keyword, file);
  if (at === undefined) return;
  for (const { text: written, offset, resolution } of listedReadings(index, keyword)) {
    // "Go (medium)", "Java (basic)", "Python (Basic)": a word in lower case, or of how well, alone in parentheses says
    // how well, and is no network (Medium) nor BASIC; "Java (spring, hibernate)" lists names.
    if (((written === written.toLowerCase() && ORDINARY_WORDS.has(written)) || LEVELS.test(written)) && keyword.text.slice(offset - 1, offset + written.length + 1) === `(${written})`) continue;
    if (!resolution || !listable(resolution)) continue;
    const start = at + offset;
    yield finding(written, resolution, [start, start + written.length], spelling(resolution, written));
  }
}

/**
 * "JEE", "TensorFlow Lite" among a project's keywords: the project was built with what the product was called then,
 * as a sentence about it tells (readers of five resumes disagreed with seven of eight); one spelt apart is still
 * reported ("NodeWebkit").
 */
function namedThen(keyword: Keyword, written: string, resolution: Resolution): boolean {
  return keyword.group?.section === 'projects' && resolution.status === 'former' && !reportedInProse(written, resolution);
}

/**
 * "Twitter": a site's former name is how people still name it (readers of five resumes of five). So is Java EE, the
 * platform's name until 2019 and still most people's for it (blind readers let it pass in 11 lines of 12; they asked
 * to write J2EE, its name until 2006, anew); Cloud Functions, Google's until 2024 and Firebase's still (7 of 7);
 * Substrate, the framework's name inside the Polkadot SDK; Office 365, Linode and OpenAI Gym, names people still use
 * for Microsoft 365, Akamai's cloud and the toolkit Gymnasium carries on (blind readers let 16 of 16 pass).
 */
function formerStillWritten(resolution: Resolution): boolean {
  return resolution.status === 'former' && (resolution.tech.category === 'network' || STILL_WRITTEN.has(resolution.form.text));
}

const STILL_WRITTEN = new Set(['Java EE', 'JEE', 'Java Enterprise Edition', 'Cloud Functions', 'Google Cloud Functions', 'Substrate', 'Office 365', 'Microsoft Office 365', 'O365', 'Linode', 'OpenAI Gym']);

// Protocols and formats are also common nouns: "over websockets", "anycast routing", "epub books".
const CONCEPTS = new Set(['standard', 'networking']);
// In a keyword list, practices too ("finops", "devops" as tags).
const COMMON_NOUNS = new Set([...CONCEPTS, 'methodology']);

/**
 * In a sentence, a former name tells what the product was called then ("package manager for OS X" in a 2012
 * role), so only one spelt apart or run together ("OSX") is reported, not a slip of case ("DemandWare"); a
 * protocol or format in lower case is the common noun.
 */
function reportedInProse(written: string, resolution: Resolution): boolean {
  if (resolution.status === 'former') return written.toLowerCase() !== resolution.form.text.toLowerCase();
  // "devops", "gitops": a practice's name all in lower case is the common noun too; not one spelt otherwise ("micro-services").
  if (resolution.tech.category === 'methodology' && written === resolution.tech.name.toLowerCase()) return false;
  return !(CONCEPTS.has(resolution.tech.category) && written === written.toLowerCase());
}

// Unix shells are programs named in lower case; "zsh plugins" writes the program as typed. Not Bash, GNU's product,
// which blind readers asked to capitalise in a sentence (11 lines of 16).
const SHELLS = new Set(['zsh', 'ksh', 'csh', 'tcsh']);

// Programs typed at a prompt by their names of three letters: "over ssh", "rpm packages", "yum repos".
const TYPED = new Set([...SHELLS, 'ssh', 'scp', 'rpm', 'yum', 'apt', 'dnf', 'npm', 'pip']);

/** "docker commands", "the aws cli", "knife azure plugin", "using bash": a program's name as one types it. */
function asTyped(written: string, after: string): boolean {
  if (written !== written.toLowerCase()) return false;
  return SHELLS.has(written) || /^\s+(?:commands?|cli|plugins?)\b/i.test(after);
}

/** "AWS API-Gateway": the vendor written before a misspelt name its fix writes with the vendor, so as not to write it twice. */
function vendorBefore(text: string, start: number, resolution: Resolution): number {
  if (resolution.status !== 'variant' || !VENDOR_PREFIX.test(resolution.tech.name)) return 0;
  // The one or two words before the name, when they are exactly a vendor's prefix ("AWS ", "Google Cloud ").
  const before = /(?:^|\s)((?:\S+ ){1,2})$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  // "google appengine": the vendor in lower case too, so that the fix does not leave "google App Engine".
  const asVendor = (words: string): string => words.replace(/\S+/g, (word) => word.charAt(0).toUpperCase() + word.slice(1));
  const vendor = [before, before.slice(before.indexOf(' ') + 1)].find((words) => words && (words.replace(VENDOR_PREFIX, '') === '' || asVendor(words).replace(VENDOR_PREFIX, '') === ''));
  return vendor?.length ?? 0;
}

/**
 * What a fix writes: the name, or for a misspelt form the name accepts as written (the name without its vendor,
 * "azure" for Azure; the name with its part, "ASP.Net MVC" for ASP.NET MVC) that form, as it is fine written right.
 */
function spelling(resolution: Resolution, written: string, withVendor = false): string {
  const { tech, form, status } = resolution;
  // "React.JS": the ecosystem's ".js" in capitals is written ".js", not as another form of the name ("ReactJS").
  if (status === 'variant' && !withVendor && written !== `${tech.name}.js` && written.toLowerCase() === `${tech.name.toLowerCase()}.js`) return `${tech.name}.js`;
  // "Openshift" is written "OpenShift", the short form as styled; "GoLang" is written "Go", not the lower-case "golang".
  // Not "CI-CD" written "CICD": a separator the author wrote is kept by the name that has one (CI/CD).
  const separated = /[-/]/.test(written) && !/[-/]/.test(form.text) && /[-/]/.test(tech.name);
  // Not "GithubAction" written "GitHub Action": the name in the singular is accepted as written, not what a fix writes.
  const singular = tech.name === `${form.text}s`;
  const accepted = !withVendor && !separated && !singular && form.kind === 'alias' && form.text !== form.text.toLowerCase() && statusOf(form.text, { ...form, name: tech.name, category: tech.category }) === 'short';
  if (status === 'variant' && accepted) return form.text;
  // "micro-services" is written "microservices": a plain phrase keeps the sentence's lower case.
  return caseFree(tech.name, tech.category) && written === written.toLowerCase() ? tech.name.toLowerCase() : tech.name;
}

/** The advice on a name as written; `name` is what it is written instead (the name of those years, for a release). */
function finding(written: string, resolution: Resolution, span: [number, number], newText: string | undefined, withVendor = false, name = spelling(resolution, written, withVendor)): Finding {
  const lookAlikes = lookAlikesIn(written);
  const slip = (resolution.status === 'variant' && !datedHyphen(written, resolution.tech.name, resolution.tech.category)) || lookAlikes.length > 0;
  const message =
    lookAlikes.length > 0
      ? `"${written}" has letters from another alphabet that look like Latin ones (${lookAlikes.join(', ')}); write "${name}".`
      : resolution.status === 'variant'
        ? `"${written}" is written "${name}".`
        : resolution.status === 'former'
          ? `"${written}" is now called ${name}.`
          : `"${written}" is another name for ${name}; write "${name}", the name readers and applicant-tracking systems match.`;
  return {
    code: TechCodes.techName,
    severity: slip ? 'information' : 'hint',
    message,
    start: span[0],
    end: span[1],
    canonical: resolution.tech.name,
    // A slip of case or punctuation has one right spelling; another name or a former one is the author's choice.
    ...(newText !== undefined ? { fixes: [{ title: `Change to ${name}`, newText, ...(slip ? { auto: true as const } : {}) }] } : {}),
  };
}
