import mammoth from 'mammoth';
import { zipEntry } from './zip';

export interface DocxReading {
  /** Every paragraph's text, in order (mammoth's raw text, one paragraph a line). */
  readonly paragraphs: string[];
  /** Heading 1 paragraphs: the section headings. */
  readonly headings: string[];
  /** Heading 2 paragraphs: the entries' heads. */
  readonly entries: string[];
  /** Paragraphs Word shows as bullets (numbered with a bullet format). */
  readonly bullets: string[];
  /** Every hyperlink's target. */
  readonly links: string[];
  /** docProps/core.xml: the document's title and author. */
  readonly title?: string;
  readonly creator?: string;
  /** A file of the package, e.g. word/styles.xml. */
  part(name: string): string | undefined;
}

const text = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** A .docx read back the way a person's tools would: mammoth for the text, the zip itself for the properties. */
export async function readDocx(bytes: Uint8Array): Promise<DocxReading> {
  const buffer = Buffer.from(bytes);
  const raw = await mammoth.extractRawText({ buffer });
  const { value: html } = await mammoth.convertToHtml({ buffer });
  const all = (tag: string): string[] => [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map((match) => text(match[1]!));
  const core = zipEntry(buffer, 'docProps/core.xml') ?? '';
  const property = (tag: string): string | undefined => {
    const found = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(core)?.[1];
    return found === undefined ? undefined : text(found);
  };
  const title = property('dc:title');
  const creator = property('dc:creator');
  return {
    paragraphs: raw.value.split('\n').filter((line) => line !== ''),
    headings: all('h1'),
    entries: all('h2'),
    bullets: all('li'),
    links: [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => text(match[1]!)),
    ...(title !== undefined ? { title } : {}),
    ...(creator !== undefined ? { creator } : {}),
    part: (name) => zipEntry(buffer, name),
  };
}
