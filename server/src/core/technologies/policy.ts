/**
 * Which written forms of a technology deserve a word (docs/rules/tech-name.md, "Which names are reported").
 *
 * A name is reported only with a reason a reader would accept: written with other casing or punctuation than its
 * project's (`Javascript`, `MySql`, `micro-services`), an informal abbreviation that readers and applicant-tracking
 * systems match differently (`k8s`, `pgsql`), an alias with its vendor's styling lost (`Quickbooks`), or a former
 * name (outdated; reported by tech-name only where it claims a current skill). Everything else people commonly
 * write is accepted: the name without its vendor or its generic last word (`Kafka`, `Envoy`, `Talos`), with a
 * version (`HTML5`, `Yii2`), with its vendor's short prefix (`AWS EC2`), joined in CamelCase (`ArgoCD`), a
 * lower-case brand capitalised (`Gulp`, `Pytest`), and any alias written as listed (`Postgres`, `Golang`).
 */

/** The parts of a technology and of the form that matched, as the policy needs them. */
export interface PolicyForm {
  readonly kind: 'name' | 'alias' | 'former';
  /** The form as the vocabulary lists it. */
  readonly text: string;
  readonly name: string;
  readonly category: string;
}

export type Status = 'canonical' | 'short' | 'variant' | 'alias' | 'former';

export const VENDOR_PREFIX = /^(?:Amazon|AWS|Google|GCP|Google Cloud|Microsoft|MS|Azure|Apache|HashiCorp|Red Hat|IBM|Oracle|Intuit|Adobe|Atlassian|Elastic|Grafana|Cloudflare|Salesforce|SAP|OpenAI|VMware|Cisco|Autodesk)(?:\s+|-(?=\p{Lu}))/u;

const SAME_VENDOR: Readonly<Record<string, string>> = { AWS: 'Amazon', GCP: 'Google', 'Google Cloud': 'Google', MS: 'Microsoft', Azure: 'Microsoft' };

/** The company behind a vendor's prefix, under any of its names ("AWS" and "Amazon" are one). */
export function vendorOf(name: string): string | undefined {
  const prefix = VENDOR_PREFIX.exec(name)?.[0].trim().replace(/-$/, '');
  return prefix === undefined ? undefined : (SAME_VENDOR[prefix] ?? prefix);
}

export function statusOf(typed: string, form: PolicyForm): Status {
  // "Bash / Shell", "PL / SQL": spaces around a slash are the layout, as a second space is, not the name's spelling.
  const written = form.text.includes('/') ? typed.replace(/\s*\/\s*/g, '/') : typed;
  const name = form.name;
  if (form.kind === 'former') return 'former';
  // "Rest API", "RESTFul", "VOIP", "CLEAN Architecture": a practice's name in other casing, its letters all there
  // (blind readers let 16 lines of 17 pass); not one split or hyphenated otherwise ("micro-services").
  if (form.category === 'methodology' && written !== form.text && written.toLowerCase() === form.text.toLowerCase()) return 'short';
  if (form.kind === 'name') {
    // "Apollo  Federation": a second space is a slip of the layout, not of the name.
    if (written === name || written.replace(/\s+/g, ' ') === name) return 'canonical';
    if (caseFree(name, form.category) && sameWords(written, name)) return 'canonical';
    // "A/B Testing", "Material design": a concept's words with their first letters cased otherwise;
    // "Infrastructure-as-Code": its words joined by hyphens (readers of four resumes of four), not one word split.
    // "OpenSource": a concept's words run together in CamelCase, as a reader lets pass (readers of two resumes of two).
    if (CONCEPT_KINDS.has(form.category) && (sameInitials(written, name) || hyphenated(written, name) || camelJoined(written, name) || practiceCased(written, name, form.category))) return 'short';
    return acceptedStyling(written, name) ? 'short' : 'variant';
  }
  // "Serverless Architecture" for the listed "serverless architecture": a phrase in any casing.
  if (caseFree(name, form.category) && sameWords(written, form.text)) return 'short';
  // "REST-API" for the listed "REST API": a concept's words joined by a hyphen.
  if (CONCEPT_KINDS.has(form.category) && hyphenated(written, form.text)) return 'short';
  if (jsSuffix(written, name) || versioned(written, name) || versioned(written, unversioned(form.text))) return 'short';
  if (slashSpaced(written, name, form.category)) return 'short';
  // "Golang" for the listed "golang" is as listed; "GoLang" gives the alias a capital inside it that no one writes.
  const asListed = written === form.text || (form.text === form.text.toLowerCase() && written.toLowerCase() === form.text && !/\p{Ll}\p{Lu}/u.test(written));
  // "Quickbooks" for QuickBooks: the vendor's styling of a short form, lost.
  if (!asListed) return acceptedStyling(written, form.text) || withVendor(written, name) ? 'short' : 'variant';
  // "MSSQL": the vendor's initials joined to the product's, shorthand readers ask to write out (three of four).
  // "k8s", "K8S", "i18n": a numeronym; not "A2A" or "P2P", whose "2" is "to", an acronym as its makers write it (readers
  // of four resumes).
  // "Fail2ban" for Fail2Ban, listed as accepted: the name in other case, no numeronym; nor "e2studio" for e2 studio, its
  // words run together.
  if (written.toLowerCase() === name.toLowerCase() || written.toLowerCase() === name.toLowerCase().replace(/\s+/g, '')) return 'short';
  // Not "Unity3D" or "Box2D": a dimension after a name is no numeronym.
  // Not "Log4j" for Apache Log4j: the name's own last word, digit and all, is no numeronym.
  // Not "ASR9K" for Cisco ASR 9000: the model's own number, in thousands, is no numeronym.
  if ((/\p{L}\d+\p{L}/u.test(written) && !/^[A-Z]2[A-Z]$/.test(written) && !/\d[Dd]$/.test(written) && !partOf(written, name) && !ownNumber(written, name)) || spelledSymbols(written, name, form.category) || /^MS-?SQL$/i.test(written)) return 'alias';
  if (/^(?=.*[A-Z])[A-Z0-9]{2,6}s?$/.test(written) || partOf(written, name) || withVendor(written, name)) return 'short';
  return informal(written, name, form.text) ? 'alias' : 'short';
}

/** "ASR9K": a number the name holds ("9" of "9000"), written short with its thousands ("K"). */
function ownNumber(written: string, name: string): boolean {
  const number = /(\d+)[Kk]$/.exec(written)?.[1];
  return number !== undefined && new RegExp(`\\b${number}000\\b`).test(name);
}

/** "CI CD" for CI/CD: a practice's parts spaced instead of slashed, which no reader asks to write otherwise. */
export function slashSpaced(written: string, name: string, category: string): boolean {
  return CONCEPT_KINDS.has(category) && name.includes('/') && written.split(/\s+/).join('/') === name;
}

/**
 * "CSharp", "CPP", "dotnet": a name whose symbols are its identity (C#, C++, .NET) spelt without them, as file names do;
 * "PLSQL", "DCOS", "PubSub": a product's two capitalised parts without the slash between them (readers of 4 resumes
 * of 4), not a practice's ("CICD") nor a package path's ("shadcn/ui").
 */
function spelledSymbols(written: string, name: string, category: string): boolean {
  if (/\s/.test(name) || /[#+./]/.test(written)) return false;
  return /[#+]|^\./.test(name) || (/^\p{Lu}\p{L}*\/\p{Lu}\p{L}*$/u.test(name) && !CONCEPT_KINDS.has(category));
}

/** "pgsql", "kube": lower-case shorthand a search for the name does not find ("k8s" is caught before). */
function informal(written: string, name: string, listed: string): boolean {
  // "amd64", "py3": an identifier with digits is how the tools themselves write it.
  // Not "wifi" for Wi-Fi: the name's own letters, without its punctuation.
  if (/^\p{Ll}+$/u.test(written) && written.length <= 5 && !name.toLowerCase().startsWith(written) && written !== name.toLowerCase().replace(/[^\p{L}\d]/gu, '')) return true;
  // "sklearn", "Sklearn", "hg": a package's or a command's name, listed in lower case, that is no word of the name
  // (readers of 7 resumes of 7); not "Golang" or "Postgres", which start with it, nor "Nexus", "Magento", brands.
  const word = written.toLowerCase();
  const lower = name.toLowerCase();
  return listed === word && /^\p{L}\p{Ll}+$/u.test(written) && written.length <= 7 && !lower.startsWith(word) && !word.startsWith(lower.split(/[\s.-]/)[0]!) && !lower.split(/[\s.-]/).includes(word);
}

/** "Kafka" for Apache Kafka, "Envoy" for Envoy Proxy, "GitLab CI" for GitLab CI/CD; "Docker Engine" for Docker. */
function partOf(written: string, name: string): boolean {
  return name.endsWith(` ${written}`) || name.startsWith(`${written} `) || name.startsWith(`${written}/`) || ` ${written} `.includes(` ${name} `) || written.startsWith(`${name}.`) || name.startsWith(`${written}.`);
}

/** "AWS EC2" for Amazon EC2, "AWS Cognito" for Amazon Cognito: the vendor's other short name. */
function withVendor(written: string, name: string): boolean {
  const bare = written.replace(VENDOR_PREFIX, '');
  return bare !== written && (name.replace(VENDOR_PREFIX, '') === bare || name.endsWith(` ${bare}`));
}

/** "ReactJs", "ExpressJS", "Vue.js" for the name that drops the suffix; not "Express.JS", the ecosystem's ".js" in capitals. */
function jsSuffix(written: string, name: string): boolean {
  return written.length > name.length && written.startsWith(name) && /^(?:\.js|[jJ][sS])$/.test(written.slice(name.length));
}

/** "HTML5", "Yii2", "Python 3.12", "Python-3", "Angular 2+": the name with a version. */
function versioned(written: string, name: string): boolean {
  return written.length > name.length && written.startsWith(name) && /^[\s-]?v?\d[\d.x]*\+?$/i.test(written.slice(name.length));
}

/** "Vue" of the alias "Vue 3": written "Vue3" or "Vue 2", it is the name with a version as well. */
function unversioned(text: string): string {
  return text.replace(/\s?v?\d[\d.x]*\+?$/i, '');
}

/**
 * Styling a reader does not object to: a lower-case brand capitalised as any name is ("Gulp", "Webpack",
 * "PgAdmin", "OpenSUSE"), and a name ending in an acronym joined up ("ArgoCD" for Argo CD).
 */
function acceptedStyling(written: string, name: string): boolean {
  // "Xbox360", "Python3": a name and its version run together, as readers let pass.
  const versioned = /^(\S+) (\d[\d.]*)$/.exec(name);
  if (versioned && written === `${versioned[1]}${versioned[2]}`) return true;
  // Not Apple's systems, whose lower-case first letter is the brand (MacOS for macOS: readers of two resumes of two),
  // nor a name of one lower-case letter before a capital ("JQuery" for jQuery: readers of four resumes of four), whose
  // first letter is the brand. A longer lower-case prefix capitalised ("PgAdmin", "OpenSUSE") reads as a name.
  if (/^\p{Ll}/u.test(name) && written === name.charAt(0).toUpperCase() + name.slice(1) && written !== written.toUpperCase() && !/^\p{Ll}+OS$/u.test(name) && !/^\p{Ll}\p{Lu}/u.test(name)) return true;
  // "Styled Components" for styled-components, "Scikit-Learn" for scikit-learn: a package's lower-case words
  // capitalised, spaced as words or still hyphenated.
  if (/^\p{Ll}+(?:-\p{Ll}+)+$/u.test(name)) {
    const words = name.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
    if (written === words.join(' ') || written === words.join('-')) return true;
  }
  // "CRON", "NGINX", "KDB+": a lower-case name in capitals, and no reader minds. Not a short name that is a
  // word ("QT", "GIT", "LUA", "GO": readers of five resumes of five), nor "IOS", whose maker styles it with capitals of
  // its own, nor a numeronym ("N8N" for n8n: blind readers of 4 resumes of 4); "VIM" and "ARM", once acronyms, are
  // listed as accepted.
  if (/^[\p{Ll}\d]+\+?$/u.test(name) && written === name.toUpperCase() && !/\p{Ll}\p{Lu}/u.test(name) && !/\p{L}\d+\p{L}/u.test(name)) return true;
  // "Angular.js" for AngularJS, "Nest.js" for NestJS: the ecosystem's ".js" for a name styled with "JS".
  if (/\p{Ll}JS$/u.test(name) && written === `${name.slice(0, -2)}.js`) return true;
  // "amd64", "arm64": capitals and a number written as the toolchains write them.
  if (/^\p{Lu}+\d+$/u.test(name) && written === name.toLowerCase()) return true;
  // "Django REST Framework" for Django REST framework: a generic last word capitalised as in a title; "Angular
  // testing library" for Angular Testing Library, "ELK stack", "Jupyter notebooks", "Azure storage": generic words after the name in
  // lower case.
  const last = /\s(\p{Ll}+)$/u.exec(name)?.[1];
  if (last && written === `${name.slice(0, -last.length)}${last.charAt(0).toUpperCase()}${last.slice(1)}`) return true;
  const generic = /((?:\s(?:Testing|Library|Framework|Database|Stack|Notebooks?|Storage))+)$/.exec(name)?.[1];
  if (generic && written === `${name.slice(0, -generic.length)}${generic.toLowerCase()}`) return true;
  return /^(\p{Lu}\S*\s)+\p{Lu}{2,}$/u.test(name) && written === name.replace(/\s+/g, '') && !SPACED_BRANDS.has(name);
}

/**
 * Names whose words readers ask to keep apart when run together ("PowerBI": readers of six resumes of eight;
 * "TravisCI": six of seven; "CraftCMS", "AdobeXD", "OPCUA", "SerenityBDD", "OpenGLES": every reader), unlike
 * "ArgoCD", "FluxCD" or "TailwindCSS", which the projects' own commands and packages write joined.
 */
const SPACED_BRANDS: ReadonlySet<string> = new Set(['Power BI', 'Travis CI', 'Craft CMS', 'Adobe XD', 'OPC UA', 'Serenity BDD', 'OpenGL ES']);

export const CONCEPT_KINDS: ReadonlySet<string> = new Set(['methodology', 'standard']);

const ENGLISH_PREFIX = /^(?:multi|non|pre|re|co|sub|inter|cross|self|semi|anti)-\p{L}/iu;

function hyphenated(written: string, name: string): boolean {
  // "CI / CD" for CI/CD: spaces around its slash too.
  if (written.includes('/') && written.replace(/\s*\/\s*/g, '/') === name) return true;
  // "multi-threading", "non-blocking": an English prefix hyphenated, as dictionaries allow (readers of one resume, both).
  if (ENGLISH_PREFIX.test(written) && written.replace('-', '').toLowerCase() === name.toLowerCase()) return true;
  return written.includes('-') && written.replace(/-/g, ' ').toLowerCase() === name.toLowerCase();
}

/**
 * "micro-services" for Microservices: a concept's one word split by a hyphen, as it was long written. Reported, but
 * as a hint left to the author: no reader of eleven such lines on the judged resumes asked for it.
 */
export function datedHyphen(written: string, name: string, category: string): boolean {
  return CONCEPT_KINDS.has(category) && !/\s/.test(name) && /^\p{L}+(?:-\p{L}+)+$/u.test(written) && written.replace(/-/g, '').toLowerCase() === name.toLowerCase();
}

function camelJoined(written: string, name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && words.every((word) => /^\p{L}\p{Ll}+$/u.test(word)) && written === words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

function sameInitials(written: string, name: string): boolean {
  const a = written.split(' ');
  const b = name.split(' ');
  return a.length > 1 && a.length === b.length && a.every((word, i) => word.slice(1) === b[i]!.slice(1) && word[0]!.toLowerCase() === b[i]![0]!.toLowerCase());
}

/** A plain phrase or a practice: any casing, singular or plural ("Code Reviews" for Code review). */
export function caseFree(name: string, category: string): boolean {
  // Not "Xbox 360", "Windows 10", "Modula-2": a product's name and its version, styled as its maker writes it.
  return /^\p{Lu}[^\p{Lu}]*$/u.test(name) && (/[\s-]/.test(name) || category === 'methodology') && !/^\S+(?:[\s-]+[\d.]+\S*)+$/.test(name);
}

/**
 * The same words whatever the casing or plural, a space for a hyphen: "Code Reviews", "Multi Cloud"; not words
 * split apart ("micro-services" is dated hyphenation).
 */
function sameWords(written: string, name: string): boolean {
  const plain = (text: string): string => text.toLowerCase().replace(/[\s-]+/g, ' ').replace(/s$/, '');
  return plain(written) === plain(name);
}

/** "Devops", "DEVOPS" for DevOps: a practice's one-word name in other casing (blind readers asked for it in 7 lines of 38). */
function practiceCased(written: string, name: string, category: string): boolean {
  return category === 'methodology' && !/[\s-]/.test(name) && written.toLowerCase() === name.toLowerCase();
}
