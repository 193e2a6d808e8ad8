import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { Mention, ProseReading } from './prose';

/**
 * The resume's employers named in more than one word (the caller keeps those that name a technology) ("GIT America", "Koa Health", "Arcadia Redux"): a technology's
 * name inside one, where a sentence writes it, is the employer's, not the technology ("companies like GIT America").
 */
export function employerNames(yaml: Document.Parsed): readonly string[] {
  const work = isMap(yaml.contents) ? yaml.contents.get('work', true) : undefined;
  if (!isSeq(work)) return [];
  const names = new Set<string>();
  for (const entry of work.items) {
    const name = isMap(entry) ? entry.get('name', true) : undefined;
    if (!isScalar(name) || typeof name.value !== 'string') continue;
    const bare = name.value.replace(LEGAL_SUFFIX, '').trim();
    if (/\s/.test(bare) && bare.length <= 80) names.add(bare);
  }
  return [...names];
}

// "GIT America, Inc.", "Acme Ltd": the company's legal form, which sentences leave out.
const LEGAL_SUFFIX = /,?\s+(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|Co|AG|AB|SA|S\.A|BV|B\.V|Pty|PLC|SAS|SRL|Oy)\.?$/i;

/** The reading without the names that are part of an employer's name where the sentence writes it. */
export function withoutEmployers(reading: ProseReading, text: string, employers: readonly string[]): ProseReading {
  const places = employers.flatMap((name) => placesOf(text, name));
  if (places.length === 0) return reading;
  const inside = (mention: Mention): boolean => places.some(([start, end]) => start <= mention.start && mention.end <= end && mention.end - mention.start < end - start);
  if (!reading.mentions.some(inside)) return reading;
  return { ...reading, mentions: reading.mentions.filter((mention) => !inside(mention)) };
}

function placesOf(text: string, name: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(name); at >= 0 && out.length < 20; at = text.indexOf(name, at + name.length)) out.push([at, at + name.length]);
  return out;
}
