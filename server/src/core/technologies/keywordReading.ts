/**
 * Reading one keyword's text as one technology ("AWS (7 years)", "Linkerd2", "STM32 microcontrollers", "MS SQL
 * Server"): the vocabulary alone, nothing of the resume around it.
 */

import { ORDINARY_WORDS } from './data';
import { kindsNamed, layerNamed, namedForField } from './groupNames';
import { readForm, slashPair, type KeywordRead } from './keywordForms';
import { CONCEPT_KINDS } from './policy';
import type { Resolution, TechIndex } from './vocabulary';

export { slashPair, type KeywordRead };

// How well one knows a thing, in parentheses after it.
export const LEVELS = /^(?:basic|beginner|novice|intermediate|advanced|expert|proficient|familiar|fluent|native|good|strong|solid|working|learning|some|less|more|limited|professional|academic)$/i;

/**
 * A keyword as one technology: the whole value, else the name with a qualifier in parentheses ("AWS (7 years)",
 * "JavaScript (ES6+)"), a version run on ("Linkerd2", "AngularJS 1.x"), its kind ("STM32 microcontrollers") or its
 * vendor's prefix ("MS SQL Server", "AWS API-Gateway") set aside. Read so, a keyword is accepted as its name unless
 * the name itself is misspelt.
 */
export function readKeyword(index: TechIndex, written: string): Resolution | undefined {
  return readKeywordHead(index, written)?.resolution;
}


/**
 * `readKeyword`, and how many characters of the keyword the name is (`head`) when it is not the whole; or, for the tool
 * in a practice's parentheses ("State machine (xState)"), where in the keyword the tool is written (`tool`).
 */
export function readKeywordHead(index: TechIndex, written: string): KeywordRead | undefined {
  const whole = index.resolve(written);
  // "Scrum.", "MLOps.": a list's full stop after the name is no part of it; "JS." is read as "JS" is.
  if (whole?.status === 'variant' && /\p{L}\.$/u.test(written)) {
    const stopped = index.resolve(written.slice(0, -1));
    if (!stopped) return readKeywordHead(index, written.slice(0, -1));
    if (stopped.status !== 'variant') return { resolution: stopped, head: written.length - 1 };
  }
  if (whole) return { resolution: whole };
  const at = (head: string, resolution: Resolution | undefined): { resolution: Resolution; head: number } | undefined => (resolution ? { resolution, head: head.length } : undefined);
  // "Wireshark [Dissector]": a note in square brackets after the name (not a list: "Windows Mobile [CE/5/6, XPe]").
  const bracketed = /^(.+?)\s*\[[^[\],/;]*\]$/.exec(written)?.[1];
  const beforeNote = bracketed === undefined ? undefined : readKeywordHead(index, bracketed);
  if (beforeNote) return beforeNote.tool ? beforeNote : { resolution: beforeNote.resolution, head: beforeNote.head ?? bracketed!.length };
  // "♥️ Neovim": a mark before the name, read as if it were not there (not a ".NET" or "#" of the name, nor the
  // wildcard of "*nix").
  const marked = /^[^\p{L}\p{N}.#@(\[*]+(?=\p{L})/u.exec(written)?.[0];
  const afterMark = marked ? readKeywordHead(index, written.slice(marked.length)) : undefined;
  if (afterMark) return { resolution: afterMark.resolution, tool: { offset: marked!.length + (afterMark.tool?.offset ?? 0), length: afterMark.tool?.length ?? afterMark.head ?? written.length - marked!.length } };
  // "Julia ♥": a mark after the name.
  const text = written.replace(/[^\p{L}\p{N}+#)]+$/u, '');
  if (text !== written && text) {
    const read = readKeywordHead(index, text);
    return read && { resolution: read.resolution, head: read.head ?? text.length };
  }
  const same = sameTechnology(index, text);
  if (same) return at(same.head, same.resolution);
  // "Drupal 6/7 - strong", "Kotlin-Beginner": a keyword read as any other, then how well after a dash (not the
  // hyphen inside a name: "react-native").
  const graded = /^(.+?)(?:\s+[-–]\s*|\s*[-–]\s+|-(?=\p{Lu}))(\p{L}+)$/u.exec(text);
  const gradedRead = graded && LEVELS.test(graded[2]!) ? readKeywordHead(index, graded[1]!.trim()) : undefined;
  if (gradedRead) return { resolution: gradedRead.resolution, head: gradedRead.head ?? graded![1]!.trim().length };
  const qualified = /^(.+?)\s*\(([^()]*)\)$/.exec(text);
  if (qualified) {
    const outer = qualified[1]!.trim();
    const resolution = index.resolve(qualified[1]!);
    // "Static site generation (Jekyll)", "CI/CD (Jenkins)": a practice and the one tool it was done with.
    // "Message queues (RabbitMQ)": a phrase of ordinary words, named by what is inside.
    // "Dependency Injection (Koin)": ordinary words, capitalised as a title. "HPC (SLURM)", "CRM (Dynamics 365)": a
    // field's abbreviation that names no technology, then the tool (not "API Testing (Postman)", which readers take
    // for two things).
    const phrase = /^\p{Lu}?\p{Ll}+(?:[\s-]+\p{Lu}?\p{Ll}+)*$|^\p{Lu}{2,5}$/u.test(outer);
    const practice = resolution ? resolution.tech.category === 'methodology' : phrase;
    // Not a word in the parentheses: "Languages (Basic)", "Worked with (less)" say how well; a capitalised one that
    // names no level may be the tool ("Contract Testing (Pact)").
    const inside = qualified[2]!.trim();
    const insideRead = index.resolve(inside);
    const word = ORDINARY_WORDS.has(inside.toLowerCase()) && (!/^\p{Lu}/u.test(inside) || LEVELS.test(inside));
    const tool = practice && !word ? insideRead : undefined;
    // "Umbrella (Cisco)", "Teams (Microsoft)", "Move (Sui)": a product, then its maker or its platform, whose name it
    // carries.
    const maker = /^\p{Lu}/u.test(inside) ? index.resolve(`${inside} ${outer}`) : undefined;
    // Not "Linux (Ubuntu)": what is inside, written first, is the whole name.
    if (maker && maker.status !== 'variant' && maker.tech !== insideRead?.tech) return { resolution: { ...maker, status: 'short' }, head: outer.length };
    // What a practice is done with is a tool, not another practice or a standard ("Accessibility (WCAG)").
    if (tool && !CONCEPT_KINDS.has(tool.tech.category)) return { resolution: tool, tool: { offset: text.lastIndexOf(inside), length: inside.length } };
    // "Google (GCP)", "Amazon (AWS)": a company, then the short name of its product that starts with the company's name.
    const product = resolution?.tech.category === 'company' ? insideRead : undefined;
    if (product && product.tech.name.startsWith(`${outer} `) && !CONCEPT_KINDS.has(product.tech.category)) return { resolution: product };
    if (resolution) return at(qualified[1]!, resolution);
    // "Bootstrap 4 (alpha)", "Java Programming (expert)": a keyword read as any other, then a note.
    const before = tool ? undefined : readKeywordHead(index, outer);
    if (before) return { resolution: before.resolution, head: before.head ?? outer.length };
  }
  // "Bash (Unix) Scripting", "Expo(Managed/Bare) Development": a note inside the keyword, the name before it.
  const aside = /^([^()]{2,40}?)\s*\([^()]*\)\s*(\S[^()]*)$/.exec(text);
  const asideRead = aside ? readKeywordHead(index, `${aside[1]!.trim()} ${aside[2]!}`) : undefined;
  const named = aside?.[1]!.trim() ?? '';
  const head = Math.min(asideRead?.head ?? Infinity, named.length);
  if (asideRead && !asideRead.tool && (head === asideRead.head || readKeywordHead(index, named)?.resolution.tech === asideRead.resolution.tech)) return { resolution: asideRead.resolution, head };
  // "Mac OS X: Very good experience", "SASS ~ 4 years": the name, then how well or how long; "Compilers: gcc",
  // "Geo-spatial analysis - ArcGIS", "Infrastructure as Code: Terraform": a label or a practice, then the one name.
  const noted = /^([^:,;()]{1,40}?)(?:\s*:|\s+[-–~])\s+([^,;]{1,120})$/.exec(text);
  if (noted) {
    const named = index.resolve(noted[1]!);
    // Words in lower case say how well; capitalised ones may list its parts ("Jetpack: Navigation Paging").
    if (named && !CONCEPT_KINDS.has(named.tech.category) && /\b\p{Ll}{3,}/u.test(noted[2]!)) return at(noted[1]!, named);
    // "Selenium - Python", "PhantomJS - Node": a tool, then the language it was used from.
    const from = named ? index.resolve(noted[2]!.trim()) : undefined;
    if (named && !CONCEPT_KINDS.has(named.tech.category) && from && from.tech !== named.tech && (from.tech.category === 'language' || from.tech.name === 'Node.js')) return at(noted[1]!, named);
    const one = named && !CONCEPT_KINDS.has(named.tech.category) ? undefined : index.resolve(noted[2]!.trim());
    if (one && (one.status === 'canonical' || one.status === 'short')) return { resolution: one };
    // "Code management - Github": a name written otherwise after the label is judged, and fixed, where it is written.
    const name = noted[2]!.trim();
    if (one && one.status === 'variant' && !CONCEPT_KINDS.has(one.tech.category)) return { resolution: one, tool: { offset: text.lastIndexOf(name), length: name.length } };
  }
  // "Pyserial - interfacing with hardware; communication protocols": the name, then what it was for, in lower-case words
  // that name nothing (not "Python - numpy; pandas").
  const purpose = /^([^:,;()]{1,40}?)\s+[-–]\s+(\p{Ll}[\p{Ll}\s;]{2,120})$/u.exec(text);
  const purposed = purpose && !purpose[2]!.split(/[\s;]+/).some((word) => word && index.resolve(word)) ? index.resolve(purpose[1]!) : undefined;
  if (purposed && !CONCEPT_KINDS.has(purposed.tech.category)) return at(purpose![1]!, purposed);
  // "Terraform & Infrastructure as Code", "Kubernetes & container orchestration", "Docker / Containerization": a name
  // and the practice it serves.
  const served = /^([^&,;()/]{1,40}?)\s*[&/]\s*([^&,;()/]{3,60})$/.exec(text);
  if (served) {
    const named = index.resolve(served[1]!);
    const practice = index.resolve(served[2]!);
    // After a slash, only a practice ("Docker / Containerization"): "Swagger / OpenAPI", "gtest/gmock" are two names.
    const slashed = text.slice(served[1]!.length).trimStart().startsWith('/');
    // "Golang & Frameworks": the kind of thing the name goes with, capitalised.
    const phrase = practice ? (slashed ? practice.tech.category === 'methodology' : CONCEPT_KINDS.has(practice.tech.category)) : slashed ? workOrKind(index, served[2]!) : /^\p{Ll}[\p{Ll}\s-]+$/u.test(served[2]!) || (/^\p{Lu}\p{Ll}+$/u.test(served[2]!.trim()) && kindsNamed(served[2]!.trim()).length > 0);
    // Not "SOPs & knowledge base": an acronym's plural is no name in capitals (SOPS).
    const plural = /^\p{Lu}{2,}s$/u.test(served[1]!.trim()) && named?.status === 'variant';
    if (named && !plural && !CONCEPT_KINDS.has(named.tech.category) && phrase) return at(served[1]!, named);
  }
  // "ES6+", "Windows XP+": a version and the later ones.
  const later = /^(.{2,40}[^+\s])\+$/.exec(text)?.[1];
  const andLater = later === undefined ? undefined : readKeywordHead(index, later);
  if (andLater) return { resolution: andLater.resolution, head: andLater.head ?? later!.length };
  // "advanced SQL", "modern C++": how well, before the name.
  const plain = /^(?:advanced|basic|intermediate|expert|proficient|strong|modern|solid)\s+(.{1,40})$/i.exec(text)?.[1];
  const plainly = plain === undefined ? undefined : index.resolve(plain);
  if (plainly) return { resolution: plainly };
  // "a bit of DirectX 11", "familiar with Rust", "Basic knowledge of Go": how much, before a keyword read as any other;
  // "Some docker experience", "Some AWS experince (S3 buckets": the word for it and a note after. Judged, and fixed,
  // where the name is written.
  const some = /^((?:a bit of|some|familiar with|familiarity with|(?:basic |good |working )?knowledge of|an? (?:active )?learner of)\s+)(.{1,40}?)(?:\s+experi\p{Ll}+(?:\s*\(.*)?)?$/iu.exec(text);
  const somewhat = some ? readKeywordHead(index, some[2]!) : undefined;
  if (somewhat) return { resolution: somewhat.resolution, tool: { offset: some![1]!.length + (somewhat.tool?.offset ?? 0), length: somewhat.tool?.length ?? somewhat.head ?? some![2]!.length } };
  // "observability with Grafana", "Application deployment using Pyinstaller": a practice, or words of what was done,
  // and the tool it was done with.
  const done = /^(.+?)\s+(?:with|using|via|in)\s+(.{1,40})$/.exec(text);
  const work = done ? index.resolve(done[1]!) : undefined;
  if (done && (work ? work.tech.category === 'methodology' : /^\p{Lu}?\p{Ll}+(?:\s+\p{Ll}+)+$/u.test(done[1]!))) {
    const resolution = index.resolve(done[2]!);
    if (resolution && !CONCEPT_KINDS.has(resolution.tech.category)) return { resolution, tool: { offset: text.lastIndexOf(done[2]!), length: done[2]!.length } };
  }
  // "Flask, including flask blueprints", "GitHub, including fork, pull requests": the name, then what of it was used.
  const including = /^([^,;()]{2,40}?),?\s+(?:including|incl\.|especially|mainly)\s+\S.*$/i.exec(text)?.[1];
  const included = including === undefined ? undefined : readKeywordHead(index, including);
  if (included) return { resolution: included.resolution, head: included.head ?? including!.length };
  // "MSP430 series development in C": a name read as any other, then the language it was programmed in.
  const inLanguage = /^(.{2,60}?)\s+in\s+(\S.{0,20})$/.exec(text);
  const programmed = inLanguage && index.resolve(inLanguage[2]!)?.tech.category === 'language' ? readKeywordHead(index, inLanguage[1]!) : undefined;
  if (programmed && !CONCEPT_KINDS.has(programmed.resolution.tech.category)) return { resolution: programmed.resolution, head: programmed.head ?? inLanguage![1]!.length };
  // "RSpec for Ruby on Rails", "ARKit for iOS", "C++ for Embedded Software": a name, then what it was used for.
  const used = /^(.{2,40}?)\s+for\s+(.{2,60})$/.exec(text);
  const forWhat = used ? readKeywordHead(index, used[1]!) : undefined;
  if (used && forWhat && !CONCEPT_KINDS.has(forWhat.resolution.tech.category)) return { resolution: forWhat.resolution, head: forWhat.head ?? used[1]!.length };
  return readForm(index, text, written, readKeywordHead);
}


const WORK = /^(?:scripting|templating|testing|monitoring|logging|automation|containeri[sz]ation|orchestration|virtuali[sz]ation|administration|development|deployment|management|configuration|provisioning|networking|programming|integration|documentation)$/i;

/**
 * After a slash, what the name was used for rather than another name: words of what was done, capitalised as a title
 * and ending in the work ("HTML/Web Development", "Jekyll/Static Site Building"), or the kind, field or layer it is of
 * ("ReactJS / Frontend", "WordPress/CMS", "MySQL / Relational DBs"); none of the words a name.
 */
function workOrKind(index: TechIndex, text: string): boolean {
  const words = text.trim().split(/[\s-]+/);
  // Not "ELK/EFK Stack": a word in capitals that names no kind may be a name the vocabulary does not know.
  if (words.length > 3 || words.some((word) => index.resolve(word) || (/^\p{Lu}{2,}/u.test(word) && !namedForField(word) && kindsNamed(word).length === 0))) return false;
  const phrase = words.join(' ');
  if (kindsNamed(phrase).length > 0 || namedForField(phrase) || layerNamed(phrase) !== undefined) return true;
  // "PowerShell/Scripting": one word that names the work is the work too (not "Sparkleformation", a product).
  const work = /(?:ment|ing|tion|sion)$/.test(words[words.length - 1]!) && words.every((word) => /^\p{Lu}?\p{Ll}+$/u.test(word));
  return work && (words.length >= 2 || WORK.test(words[0]!));
}


/**
 * "Zsh; Z shell", "RHEL Red Hat Enterprise Linux": one technology under two of its names, or with what it is after a
 * semicolon. Read as the first, as written.
 */
function sameTechnology(index: TechIndex, text: string): { resolution: Resolution; head: string } | undefined {
  const parts = text.includes(';') ? [text.split(';')] : text.split(' ').length <= 8 ? text.split(' ').slice(1).map((_, i, rest) => [text.split(' ').slice(0, i + 1).join(' '), rest.slice(i).join(' ')]) : [];
  for (const candidate of parts) {
    // "JavaScript ES6+": a version of the name that says "and later".
    const resolutions = candidate.map((part) => index.resolve(part.trim()) ?? (/[^+]\+$/.test(part.trim()) ? index.resolve(part.trim().slice(0, -1)) : undefined));
    const first = resolutions[0];
    // After a semicolon, a word the vocabulary does not know, or a practice, explains the name ("Systemd; systemctl",
    // "GNU Bash; shell scripting").
    const explained = text.includes(';')
      ? resolutions.every((resolution, i) => !resolution || resolution.tech === first?.tech || (i > 0 && resolution.tech.category === 'methodology'))
      : resolutions.every((resolution) => resolution?.tech === first?.tech);
    if (first && explained) return { resolution: first, head: candidate[0]!.trimEnd() };
  }
  return undefined;
}
