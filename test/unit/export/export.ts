import MarkdownIt from 'markdown-it';
import { parseResume } from '../../../server/src/core/document';
import { markdown, plainText, readResume, type ExportResume } from '../../../server/src/core/export/index';

let version = 0;

/** The resume as the exports read it; fails the test with the YAML problem if it does not parse. */
export function exported(text: string): ExportResume {
  const outcome = readResume(parseResume('file:///resume.yaml', ++version, text));
  if (!outcome.ok) throw new Error(`not exported: ${outcome.problem.message} (line ${outcome.problem.line})`);
  return outcome.resume;
}

export const asText = (text: string): string => plainText(exported(text));
export const asMarkdown = (text: string): string => markdown(exported(text));

/** A resume with every kind of thing the exports write, and its sections in the author's own order. */
export const ADA = [
  'basics:',
  '  name: Ada Okafor',
  '  label: Platform Engineer',
  '  email: ada@example.com',
  '  phone: "+44 20 7946 0000"',
  '  url: https://ada.example.dev',
  '  location: { city: London, countryCode: GB }',
  '  summary: Builds **fast**, _boring_ systems. See [my talks](https://talks.example.dev).',
  '  profiles:',
  '    - { network: GitHub, username: adaokafor, url: https://github.com/adaokafor }',
  'skills:',
  '  - { name: Languages, level: Expert, keywords: [Go, TypeScript] }',
  '  - { name: Practices, keywords: [Incident response] }',
  'work:',
  '  - name: Acme',
  '    position: Staff Engineer',
  '    url: https://acme.example.com',
  '    location: London',
  '    startDate: 2021-03',
  '    highlights:',
  '      - Cut p99 latency from **900 ms** to 140 ms.',
  '      - Led the `pgshift` migration of 42 services.',
  '  - name: Initech',
  '    position: Engineer',
  '    startDate: 2017',
  '    endDate: 2021-02',
  'talks:',
  '  - title: Boring systems',
  '    event: GopherCon 2023',
  'education:',
  '  - { institution: KTH, studyType: MSc, area: Computer Science, startDate: 2014-08, endDate: 2016-06 }',
];

/** A Markdown viewer that trusts everything: raw HTML on, every link scheme accepted. */
export function permissiveViewer(): ReturnType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: true, linkify: true });
  md.validateLink = () => true;
  return md;
}
