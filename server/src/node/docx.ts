import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { whenText, type Block, type ExportEntry, type ExportResume, type Inline, type Span } from '../core/export/model';

/** Word falls back to a font it has when Source Sans 3 is not installed; sizes are in half-points. */
const FONT = 'Source Sans 3';
const BODY = 21;
const BULLETS = 'vitae-bullets';
const MUTED = '555555';

/**
 * The resume as a Word document: one column, the name as its title, the label and contact line under it, a heading
 * per section, entries with their title, organisation and dates, highlights as real Word bullets, links clickable.
 * Its properties carry the name as title and author. No tables or text boxes, which applicant-tracking systems
 * read badly.
 * This module is bundled on its own (dist/docx.js) and loaded only when a .docx is asked for: see docxModule.ts.
 */
export async function docxBytes(resume: ExportResume): Promise<Uint8Array> {
  const document = new Document({
    title: resume.title,
    creator: resume.title,
    lastModifiedBy: resume.title,
    styles: {
      default: {
        // Word's spelling checker and hyphenation follow the document's language, as a browser does the page's lang.
        document: { run: { font: FONT, size: BODY, ...(resume.lang ? { language: { value: resume.lang, eastAsia: resume.lang } } : {}) }, paragraph: { spacing: { after: 40 } } },
        title: { run: { font: FONT, size: 40, bold: true, color: '000000' }, paragraph: { spacing: { after: 40 } } },
        heading1: {
          run: { font: FONT, size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } },
        },
        heading2: { run: { font: FONT, size: BODY, bold: true, color: '000000' }, paragraph: { spacing: { before: 140, after: 20 }, keepNext: true } },
        hyperlink: { run: { color: '1F4E79', underline: {} } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 240 } } } }],
        },
      ],
    },
    sections: [{ properties: { page: { margin: { top: 850, bottom: 850, left: 1000, right: 1000 } } }, children: body(resume) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function body(resume: ExportResume): Paragraph[] {
  const { header } = resume;
  const out: Paragraph[] = [];
  if (header.name) out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(header.name)] }));
  if (header.label) out.push(new Paragraph({ children: [new TextRun({ text: header.label, size: 24 })] }));
  if (header.contact.length > 0) out.push(new Paragraph({ children: joined(header.contact, ' · ') }));
  if (header.profiles.length > 0) out.push(new Paragraph({ children: joined(header.profiles, ' · ') }));
  out.push(...header.body.map(block));
  for (const section of resume.sections) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }));
    for (const entry of section.entries) out.push(...entryParagraphs(entry));
  }
  // Word needs a paragraph in every section; an empty resume is an empty page, not a broken file.
  return out.length === 0 ? [new Paragraph({})] : out;
}

function entryParagraphs(entry: ExportEntry): Paragraph[] {
  const out: Paragraph[] = [];
  if (entry.title.length > 0) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: joined(entry.title, ', ') }));
  const when = [whenText(entry.when, '–'), ...entry.facts].filter((part): part is string => part !== undefined);
  if (when.length > 0) out.push(new Paragraph({ keepNext: entry.body.length > 0, children: [new TextRun({ text: when.join(' · '), color: MUTED })] }));
  out.push(...entry.body.map(block));
  return out;
}

function block(content: Block): Paragraph {
  const children = runs(content.content);
  return content.kind === 'bullet' ? new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children }) : new Paragraph({ children });
}

function joined(lines: readonly Inline[], separator: string): ParagraphChild[] {
  return lines.flatMap((line, index) => [...(index > 0 ? [new TextRun(separator)] : []), ...runs(line)]);
}

function runs(inline: Inline): ParagraphChild[] {
  return inline.map((span) => (span.href === undefined ? run(span) : new ExternalHyperlink({ link: span.href, children: [run(span, 'Hyperlink')] })));
}

function run(span: Span, style?: string): TextRun {
  return new TextRun({
    text: span.text,
    ...(style ? { style } : {}),
    ...(span.strong ? { bold: true } : {}),
    ...(span.em ? { italics: true } : {}),
    ...(span.strike ? { strike: true } : {}),
    ...(span.code ? { font: 'Consolas' } : {}),
  });
}
