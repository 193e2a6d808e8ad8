import { caseFree } from './policy';
import type { Token } from './prose';
import type { Resolution, TechIndex } from './vocabulary';
import { isLowerCase } from './wordClasses';

// The shapes in which a name is written in a sentence that say whether it is the name, misspelt, or a word.

/** A name of more words than written, some of them run together ("AppStore Connect" for App Store Connect). */
export function runTogether(index: TechIndex, written: string, words: number): Resolution | undefined {
  const resolution = index.resolve(written);
  return resolution && resolution.form.text.split(/\s+/).length > words ? resolution : undefined;
}

// What one builds or runs with a product: "helm charts", "a spark pipeline", "the celery workers", "a slack bot".
const THINGS = /^(?:charts?|pipelines?|jobs?|clusters?|queues?|workers?|bots?|channels?|workspaces?|dags?|notebooks?|playbooks?|manifests?|modules?|providers?)$/i;

// "a render pipeline", "render jobs": graphics' own word for what it makes, not the Render platform's name.
const CRAFT_WORDS: ReadonlySet<string> = new Set(['render']);

/**
 * "helm charts": a dictionary word in lower case right before what one makes with the product is the product; not
 * a site or a company's name, which one makes no modules with ("small to medium modules").
 */
export function beforeItsThing(token: Token, next: Token | undefined, text: string, resolution: Resolution): boolean {
  if (resolution.tech.category === 'network' || resolution.tech.category === 'company' || CRAFT_WORDS.has(token.text)) return false;
  return next !== undefined && isLowerCase(token.text) && /^ $/.test(text.slice(token.end, next.start)) && THINGS.test(next.text);
}

/**
 * "next-gen": words joined by a hyphen in lower case, read as a name written as one word (NextGen), are an English
 * compound: evidence, never reported. A name of several words so written ("github-actions") and a practice
 * ("micro-services") are still misspelt.
 */
export function wordsJoined(written: string, resolution: Resolution): boolean {
  const tech = resolution.tech;
  if (!written.includes('-') || !isLowerCase(written)) return false;
  // "speech-to-text", "ingress-nginx": a hyphenated name in lower case is the thing it names, or the name as typed.
  // Not a language's name ("objective-c": readers of one resume flagged it four times of four).
  if (resolution.form.text.includes('-') && resolution.form.text !== written && resolution.form.text.toLowerCase() === written) return tech.category !== 'language';
  return !caseFree(tech.name, tech.category) && !/[\s-]/.test(resolution.form.text);
}

/** "Deno.js", "Svelte.js": a JavaScript technology with the ecosystem's suffix added, as people write them. */
export function withJsSuffix(index: TechIndex, written: string): Resolution | undefined {
  const stem = /^(.{2,})\.js$/i.exec(written)?.[1];
  const resolution = stem === undefined ? undefined : index.resolve(stem);
  if (!resolution || (resolution.tech.language !== 'JavaScript' && resolution.tech.name !== 'JavaScript')) return undefined;
  // "Vue.js", "Express.js", "Vite.js": libraries, frameworks and the ecosystem's tools are written so by it (readers of
  // 3 resumes of 3 let "Vite.js" pass); a runtime ("Deno.js": 2 of 2 flagged it) is not.
  const styled = ['framework', 'library', 'tool'].includes(resolution.tech.category);
  return { ...resolution, status: resolution.status === 'canonical' ? (styled ? 'short' : 'variant') : resolution.status };
}

/**
 * "OpenTelemetry collector", "Kubernetes operator": a technology's own name followed by the generic word of a
 * longer name in lower case, as sentences write it. The sentence names the technology (OpenTelemetry), as
 * "Kafka" names Apache Kafka; the longer name is meant only when written as its maker writes it.
 */
export function genericTail(index: TechIndex, written: string, resolution: Resolution): boolean {
  if (resolution.status !== 'variant') return false;
  const words = written.split(' ');
  const name = resolution.tech.name.split(' ');
  const head = index.resolve(words[0]!);
  // Not a vendor's name: "Google maps" is Google Maps misspelt, not a kind of maps.
  if (words.length !== name.length || words.length < 2 || head?.status !== 'canonical' || head.tech.category === 'company' || words[0] !== name[0]) return false;
  return words.slice(1).every((word, i) => word === name[i + 1] || (word === word.toLowerCase() && word === name[i + 1]!.toLowerCase() && /^\p{Lu}\p{Ll}+$/u.test(name[i + 1]!) && PARTS.test(word)));
}

// The generic words of a longer name: the technology's collector, operator or charts, a language's coroutines.
const PARTS = /^(?:charts?|droplets?|jobs?|bots?|channels?|modules?|packages?|components?|hooks?|extensions?|templates?|coroutines?|generators?|macros?|collectors?|operators?|agents?|servers?|clients?|controllers?|gateways?|proxy|proxies|registry|registries|runtimes?|engines?|plugins?|connectors?|exporters?|managers?|consoles?|dashboards?|services?|clusters?|caches?|stores?|queues?|streams?|pipelines?|functions?|apps?|workers?|nodes?|databases?|storage|cli|sdk|api)$/;

/**
 * "MS SQL server": the words before a lower-case generic last word name the same technology, in capitals, and the
 * word ends its name: the name misspelt, not a description of a kind of thing.
 */
export function namedBefore(index: TechIndex, text: string, words: readonly Token[], resolution: Resolution): boolean {
  const last = words[words.length - 1]!;
  const head = words.slice(0, -1);
  // The generic word is the name's own last word ("Microsoft SQL Server"), not only an alias's ("Unity Engine").
  if (!isLowerCase(last.text) || !PARTS.test(last.text) || head.some((token) => isLowerCase(token.text)) || !resolution.tech.name.toLowerCase().endsWith(` ${last.text}`)) return false;
  const written = text.slice(head[0]!.start, head[head.length - 1]!.end);
  return (index.resolveWords(written) ?? index.resolve(written))?.tech === resolution.tech;
}

/** "Web Application Firewalls": a phrase the vocabulary lists in the singular (Web application firewall). */
export function pluralPhrase(index: TechIndex, written: string, key: string): Resolution | undefined {
  if (!/s$/.test(key)) return undefined;
  const resolution = index.resolveWords(written, key.slice(0, -1));
  return resolution && caseFree(resolution.tech.name, resolution.tech.category) ? resolution : undefined;
}
