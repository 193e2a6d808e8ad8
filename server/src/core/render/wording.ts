import type { DateStyle } from '../design';

/**
 * The words the page writes around the resume's own, in the language the resume is written in
 * (`writing/language.ts`): section headings, "Present" and "Until", month names, and the page's `lang`. A French
 * resume reads "Expérience" and "mars 2021 – aujourd'hui", as a French reader expects; a language without words here
 * keeps the English ones, with its own `lang` for hyphenation and screen readers.
 */
export interface Wording {
  /** BCP 47, for `<html lang>`: "en", "fr". */
  readonly lang: string;
  /** Headings of the sections JSON Resume defines, by key; a key left out keeps the English heading. */
  readonly sections: Readonly<Record<string, string>>;
  /** The end of a range still going on. */
  readonly present: string;
  /** Before the end of a range with no start: "Until Feb 2021". */
  readonly until: string;
  /** A month's name (1–12) as a date on a resume writes it. */
  month(month: number, style: Exclude<DateStyle, 'numeric'>): string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const ENGLISH_WORDING: Wording = {
  lang: 'en',
  sections: {},
  present: 'Present',
  until: 'Until',
  month: (month, style) => (style === 'long' ? MONTHS[month - 1]! : MONTHS[month - 1]!.slice(0, 3)),
};

type Words = Pick<Wording, 'sections' | 'present' | 'until'>;

// The headings French, Spanish, Portuguese, German, Italian, Dutch and Polish resumes use, by ISO 639-3 code.
const WORDS: Readonly<Record<string, Words>> = {
  fra: {
    sections: { work: 'Expérience', projects: 'Projets', volunteer: 'Bénévolat', education: 'Formation', awards: 'Distinctions', certificates: 'Certifications', publications: 'Publications', skills: 'Compétences', languages: 'Langues', interests: "Centres d'intérêt", references: 'Références' },
    present: "aujourd'hui",
    until: "Jusqu'en",
  },
  spa: {
    sections: { work: 'Experiencia', projects: 'Proyectos', volunteer: 'Voluntariado', education: 'Formación', awards: 'Premios', certificates: 'Certificaciones', publications: 'Publicaciones', skills: 'Habilidades', languages: 'Idiomas', interests: 'Intereses', references: 'Referencias' },
    present: 'actualidad',
    until: 'Hasta',
  },
  por: {
    sections: { work: 'Experiência', projects: 'Projetos', volunteer: 'Voluntariado', education: 'Formação', awards: 'Prêmios', certificates: 'Certificações', publications: 'Publicações', skills: 'Competências', languages: 'Idiomas', interests: 'Interesses', references: 'Referências' },
    present: 'atual',
    until: 'Até',
  },
  deu: {
    sections: { work: 'Berufserfahrung', projects: 'Projekte', volunteer: 'Ehrenamt', education: 'Ausbildung', awards: 'Auszeichnungen', certificates: 'Zertifikate', publications: 'Publikationen', skills: 'Kenntnisse', languages: 'Sprachen', interests: 'Interessen', references: 'Referenzen' },
    present: 'heute',
    until: 'Bis',
  },
  ita: {
    sections: { work: 'Esperienza', projects: 'Progetti', volunteer: 'Volontariato', education: 'Formazione', awards: 'Riconoscimenti', certificates: 'Certificazioni', publications: 'Pubblicazioni', skills: 'Competenze', languages: 'Lingue', interests: 'Interessi', references: 'Referenze' },
    present: 'oggi',
    until: 'Fino a',
  },
  nld: {
    sections: { work: 'Werkervaring', projects: 'Projecten', volunteer: 'Vrijwilligerswerk', education: 'Opleiding', awards: 'Prijzen', certificates: 'Certificaten', publications: 'Publicaties', skills: 'Vaardigheden', languages: 'Talen', interests: 'Interesses', references: 'Referenties' },
    present: 'heden',
    until: 'Tot',
  },
  pol: {
    sections: { work: 'Doświadczenie', projects: 'Projekty', volunteer: 'Wolontariat', education: 'Wykształcenie', awards: 'Nagrody', certificates: 'Certyfikaty', publications: 'Publikacje', skills: 'Umiejętności', languages: 'Języki', interests: 'Zainteresowania', references: 'Referencje' },
    present: 'obecnie',
    until: 'Do',
  },
};

/** The page's `lang` when it is not English ("fr"): what `<html lang>`, a PDF and a Word file are given. */
export function pageLang(wording: Wording): string | undefined {
  return wording === ENGLISH_WORDING ? undefined : wording.lang;
}

const MADE = new Map<string, Wording>();

/** The page's words for a resume written in `language` (ISO 639-3); English when absent or English. */
export function wordingFor(language: string | undefined): Wording {
  if (language === undefined || language === 'eng') return ENGLISH_WORDING;
  let wording = MADE.get(language);
  if (!wording) {
    const lang = tagOf(language);
    const words = WORDS[language];
    wording = words ? { lang, ...words, month: monthNames(lang) } : { ...ENGLISH_WORDING, lang };
    MADE.set(language, wording);
  }
  return wording;
}

/** "fra" → "fr": the shortest tag of the language, as `lang` attributes write it. */
function tagOf(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? language;
  } catch {
    return language;
  }
}

/** Month names as the language writes them alone ("mars", "septembre"; "Mär", "September"). */
function monthNames(lang: string): Wording['month'] {
  const formats = { short: new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }), long: new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }) };
  return (month, style) => formats[style].format(Date.UTC(2021, month - 1, 15));
}
