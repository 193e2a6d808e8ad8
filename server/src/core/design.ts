/**
 * The page's design: one description shared by the editor's `vitae.design.*` settings, `.vitaerc.yaml`'s `design:`
 * and `vitae render`'s flags. Later layers win (settings < .vitaerc.yaml < command line); every value is checked
 * here, once, and a bad one is skipped with a message instead of reaching the page.
 */

export type FontChoice = 'sans' | 'serif' | 'mono';
export type Density = 'compact' | 'normal' | 'comfortable';
/** "Mar 2021", "March 2021", "03/2021". */
export type DateStyle = 'short' | 'long' | 'numeric';
export type PaperSize = 'A4' | 'Letter';

export interface Design {
  readonly font: FontChoice;
  /** Body text, in points. */
  readonly fontSize: number;
  /** Page margins, in millimetres. */
  readonly margin: number;
  readonly density: Density;
  /** Headings and links, a CSS hex colour. */
  readonly accent: string;
  readonly dateStyle: DateStyle;
  readonly paper: PaperSize;
  /** Shrink spacing, then margins and size (within readable bounds) until the resume fits; 0: off. */
  readonly fitPages: number;
  /** Sections in this order (JSON Resume keys); those not named follow in the YAML's order. Empty: the YAML's order. */
  readonly sectionOrder: readonly string[];
}

export const DEFAULT_DESIGN: Design = {
  font: 'sans',
  fontSize: 10,
  margin: 12,
  density: 'normal',
  accent: '#1f4e79',
  dateStyle: 'short',
  paper: 'A4',
  fitPages: 0,
  sectionOrder: [],
};

/** What a person can still read comfortably on paper: fit-to-pages never goes below these. */
export const READABLE = { fontSize: { min: 9, max: 12 }, margin: { min: 10, max: 25 }, fitPages: { max: 10 } } as const;

export const FONTS: readonly FontChoice[] = ['sans', 'serif', 'mono'];
export const DENSITIES: readonly Density[] = ['compact', 'normal', 'comfortable'];
export const DATE_STYLES: readonly DateStyle[] = ['short', 'long', 'numeric'];
export const PAPERS: readonly PaperSize[] = ['A4', 'Letter'];

export interface DesignReading {
  readonly design: Partial<Design>;
  /** Each value that was skipped, in words: `design.fontSize: use a number of points from 9 to 12`. */
  readonly problems: readonly string[];
}

const KEYS = Object.keys(DEFAULT_DESIGN) as (keyof Design)[];

/** Reads a `design:` mapping (from YAML, JSON settings or flags already split into keys). Unknown keys are named. */
export function readDesign(raw: unknown, where = 'design'): DesignReading {
  if (raw === undefined || raw === null) return { design: {}, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { design: {}, problems: [`${where}: write it as a mapping, e.g. { font: serif, fontSize: 10 }`] };
  const design: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === undefined || value === null || value === '') continue;
    if (!(KEYS as string[]).includes(key)) {
      problems.push(`${where}.${key}: unknown design option; use ${KEYS.join(', ')}`);
      continue;
    }
    const read = readValue(key as keyof Design, value);
    if (typeof read === 'string' && read.startsWith('!')) problems.push(`${where}.${key}: ${read.slice(1)}`);
    else design[key] = read;
  }
  return { design: design as Partial<Design>, problems };
}

/** A value, or `!why` when it cannot be used. */
function readValue(key: keyof Design, value: unknown): unknown {
  switch (key) {
    case 'font':
      return oneOf(value, FONTS);
    case 'density':
      return oneOf(value, DENSITIES);
    case 'dateStyle':
      return oneOf(value, DATE_STYLES);
    case 'paper': {
      const text = String(value).trim().toLowerCase();
      return text === 'a4' ? 'A4' : text === 'letter' ? 'Letter' : `!use ${PAPERS.join(' or ')}`;
    }
    case 'fontSize':
      return numberIn(value, READABLE.fontSize.min, READABLE.fontSize.max, 'a number of points');
    case 'margin':
      return numberIn(value, READABLE.margin.min, READABLE.margin.max, 'a number of millimetres');
    case 'fitPages':
      return numberIn(value, 0, READABLE.fitPages.max, 'a whole number of pages (0: off)', true);
    case 'accent': {
      const text = String(value).trim();
      return /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(text) ? text.toLowerCase() : '!use a hex colour such as #1f4e79';
    }
    case 'sectionOrder': {
      const list = Array.isArray(value) ? value : String(value).split(',');
      const keys = list.map((item) => String(item).trim()).filter((item) => /^[A-Za-z$_][\w$-]*$/.test(item));
      return keys.length === list.length ? keys : '!list section keys, e.g. [work, skills, education]';
    }
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | string {
  const text = String(value).trim().toLowerCase();
  return (allowed as readonly string[]).includes(text) ? (text as T) : `!use ${allowed.join(', ')}`;
}

function numberIn(value: unknown, min: number, max: number, what: string, whole = false): number | string {
  const number = typeof value === 'number' ? value : Number(String(value).trim().replace(/(pt|mm|pages?)$/i, ''));
  const ok = Number.isFinite(number) && number >= min && number <= max && (!whole || Number.isInteger(number));
  return ok ? number : `!use ${what} from ${min} to ${max}`;
}

/** The design from its layers, later ones winning: defaults, then e.g. settings, `.vitaerc.yaml`, flags. */
export function mergeDesign(...layers: ReadonlyArray<Partial<Design> | undefined>): Design {
  return Object.assign({}, DEFAULT_DESIGN, ...layers.filter(Boolean)) as Design;
}

/** Spacing as a multiple of the normal spacing. */
export const DENSITY_SCALE: Readonly<Record<Density, number>> = { compact: 0.8, normal: 1, comfortable: 1.2 };

/** The CSS family of each font choice: the families shipped with Vitae first (media/fonts). */
export const FONT_STACKS: Readonly<Record<FontChoice, string>> = {
  sans: '"Vitae Sans", "Source Sans 3", Arial, sans-serif',
  serif: '"Vitae Serif", "Source Serif 4", Georgia, serif',
  mono: '"Vitae Mono", "Source Code Pro", Consolas, monospace',
};

/** Page size in millimetres. */
export const PAPER_MM: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/**
 * The design as CSS: custom properties the built-in theme's stylesheet reads, and the printed page's size and
 * margins. The same text goes into the preview and into every export, so both set the same page.
 */
export function designCss(design: Design): string {
  const paper = PAPER_MM[design.paper];
  return [
    'body {',
    `  --vitae-font: ${FONT_STACKS[design.font]};`,
    `  --vitae-font-size: ${design.fontSize}pt;`,
    `  --vitae-margin: ${design.margin}mm;`,
    `  --vitae-space: ${DENSITY_SCALE[design.density]};`,
    `  --vitae-accent: ${design.accent};`,
    `  --vitae-page-width: ${paper.width}mm;`,
    `  --vitae-page-height: ${paper.height}mm;`,
    '}',
    `@page { size: ${design.paper === 'A4' ? 'A4' : 'letter'}; margin: ${design.margin}mm; }`,
    '',
  ].join('\n');
}

/** One setting of the page that fit-to-pages tries: spacing scale, margins (mm) and text size (pt). */
export interface FitStep {
  readonly space: number;
  readonly margin: number;
  readonly fontSize: number;
}

/** The design's own spacing, margins and size: where fitting starts. */
export function baseStep(design: Design): FitStep {
  return { space: DENSITY_SCALE[design.density], margin: design.margin, fontSize: design.fontSize };
}

/**
 * What fit-to-pages tries, in order, each step tighter than the one before: first the spacing (down to 0.7 of
 * normal), then the margins (down to 10 mm), then the text (down to 9 pt). Never below what reads well on paper.
 */
export function fitSteps(design: Design): FitStep[] {
  const steps: FitStep[] = [];
  let step = baseStep(design);
  const push = (next: Partial<FitStep>): void => {
    step = { ...step, ...next };
    steps.push(step);
  };
  for (let space = round(step.space - 0.1); space >= 0.7 - 1e-9; space = round(space - 0.1)) push({ space });
  for (let margin = step.margin - 2; margin >= READABLE.margin.min; margin -= 2) push({ margin });
  if (step.margin > READABLE.margin.min) push({ margin: READABLE.margin.min });
  for (let fontSize = step.fontSize - 0.5; fontSize >= READABLE.fontSize.min; fontSize -= 0.5) push({ fontSize });
  return steps; // each step lowers one setting, so no two in a row are the same
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** What the paginator needs from a design (server/src/page/: the preview's paper mode and the PDF printer). */
export function paperLayout(design: Design): { readonly base: FitStep; readonly steps: readonly FitStep[]; readonly fitPages: number } {
  return { base: baseStep(design), steps: fitSteps(design), fitPages: design.fitPages };
}
