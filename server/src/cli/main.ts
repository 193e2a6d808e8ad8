import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readDesign } from '../core/design';
import { startServer } from '../lsp/server';
import { VERSION } from '../version';
import { runExport } from './exportCommand';
import { MATCH_FORMATS, runMatch, type MatchFormat } from './matchCommand';
import { OUTPUT_FORMATS, runLint, type OutputFormat } from './lintCommand';
import { runRender, type RenderOutput } from './renderCommand';
import { chooseFormat } from './renderFormat';

const HELP = `vitae ${VERSION} — check resumes written as YAML (JSON Resume)

Usage:
  vitae lint <file|dir>... [--format text|json|sarif|github] [--summary] [--fix] [--no-color]
  vitae render <file> [--format html|pdf|txt|md|docx] [-o FILE] [--theme NAME] [design options]
  vitae match <resume> <job> [--format text|json|sarif] [--min-score N]
  vitae server --stdio
  vitae --help | --version

Commands:
  lint     Check resume files (directories are searched for resume.yaml, cv.yaml, *.resume.yaml).
           Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.
  render   Write the resume as one HTML page (styles inlined, no scripts, a Content-Security-Policy that lets
           it fetch nothing) to stdout or -o FILE; with --format pdf, print it to PDF (default: next to the
           resume) with Chrome, Chromium or Edge found on this machine (nothing is downloaded); with --format
           txt or md, write plain text (what applicant-tracking systems read) or Markdown to stdout or -o FILE;
           with --format docx, a Word document (default: next to the resume).
           Exit status: 0 written, 1 the YAML has errors, 2 usage, I/O, theme or browser problem.
  match    How well the resume answers a job posting (job.txt, *.job.md, HTML, or JSON Resume's job schema as
           *.job.yaml / *.job.json): each technology the posting names, required or preferred, covered by a
           bullet, summary or project, only listed in skills, or missing; a score from 0 to 100 and why.
           --format json: { score, terms: [{ text, canonical, need, group, covered, evidence: [{ path, line }] }],
           requirements: [{ kind, text, need }] }; sarif: the missing terms at their place in the posting.
           Exit status: 0 matched, 1 the score is below --min-score, 2 usage or I/O problem.
  server   Run the language server over stdio (what editors start).

Lint options:
  --format   text (default; file:line:col: severity: message [code]), json (LSP diagnostics), sarif (SARIF 2.1.0),
             github (GitHub Actions annotations: ::error file=…,line=…::message; hints left out)
  --summary  Also print each resume's bullets, share quantified, weak openers (or the language it is written in, when not English) and words.
  --fix      First fix, in the files, each problem whose fix needs no choice (a date in ISO 8601, a URL's
             scheme, a name's or a network's spelling, a number quoted as text); then report what is left.
  --no-color Plain text output (also when NO_COLOR is set or output is not a terminal).

Render options:
  --format FORMAT        html (default), pdf, txt, md or docx. Without it, the -o file's extension decides
                         (.html, .pdf, .txt, .md, .docx).
  -o, --output FILE      Where to write. HTML, plain text and Markdown go to stdout without it; PDF and
                         DOCX next to the resume (resume.pdf, resume.docx).
  --theme NAME           A JSON Resume theme installed near the resume (even = jsonresume-theme-even);
                         default: the resume's meta.theme, else the built-in theme ("vitae").
  --pdf                  The same as --format pdf.

Design options (also vitae.design.* in VS Code and design: in .vitaerc.yaml; flags win):
  --paper a4|letter      Page size (default a4).
  --font sans|serif|mono The typeface, shipped with Vitae (default sans).
  --font-size PT         Body text in points, 9–12 (default 10).
  --margin MM            Page margins in millimetres, 10–25 (default 14).
  --density compact|normal|comfortable   Space between blocks (default normal).
  --accent '#RRGGBB'     Colour of headings and links (default #1f4e79).
  --date-style short|long|numeric        "Mar 2021", "March 2021" or "03/2021" (default short).
  --fit N                Shrink spacing, then margins and text (never below 9 pt) until it fits on N pages.
  --section-order LIST   Sections first in this order, e.g. work,skills,education (default: the YAML's order).
  --browser PATH         The Chrome/Chromium/Edge executable to print with.
  --allow-remote-images  Show basics.image (https: only); off by default.
                         --theme, --paper, --browser and --allow-remote-images shape HTML and PDF only.
`;

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === 'server') {
    startServer();
    return -1;
  }
  if (command === 'lint') return lint(rest);
  if (command === 'match') return match(rest);
  if (command === 'render') {
    void render(rest).then((code) => {
      process.exitCode = code;
    });
    return -1;
  }
  process.stderr.write(`vitae: unknown command "${command}"\n\n${HELP}`);
  return 2;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command's arguments, or its exit code: 2 (and why) when they are wrong, 0 after the help it asked for. */
function readArgs<const O extends Options>(args: readonly string[], options: O) {
  try {
    const parsed = parseArgs({ args: [...args], allowPositionals: true, options: { ...options, help: { type: 'boolean' } } });
    if (!(parsed.values as { help?: boolean }).help) return parsed;
    process.stdout.write(HELP);
    return 0;
  } catch (error) {
    process.stderr.write(`vitae: ${(error as Error).message}\n`);
    return 2;
  }
}

function match(args: readonly string[]): number {
  const parsed = readArgs(args, { format: { type: 'string', default: 'text' }, 'min-score': { type: 'string' } });
  if (typeof parsed === 'number') return parsed;
  const format = parsed.values.format as MatchFormat;
  if (!MATCH_FORMATS.includes(format)) {
    process.stderr.write(`vitae: --format must be text, json or sarif, not "${format}"\n`);
    return 2;
  }
  const minText = parsed.values['min-score'];
  const minScore = minText === undefined ? undefined : Number(minText);
  if (minScore !== undefined && (!/^\d{1,3}$/.test(minText ?? '') || minScore > 100)) {
    process.stderr.write(`vitae: --min-score must be a whole number from 0 to 100, not "${minText}"\n`);
    return 2;
  }
  if (parsed.positionals.length !== 2) {
    process.stderr.write('vitae: match takes a resume and a job posting, e.g. vitae match resume.yaml job.txt\n');
    return 2;
  }
  const [resume, job] = parsed.positionals as [string, string];
  return printed(runMatch({ resume, job, format, ...(minScore !== undefined ? { minScore } : {}) }));
}

function lint(args: readonly string[]): number {
  const parsed = readArgs(args, {
    format: { type: 'string', default: 'text' },
    'no-color': { type: 'boolean', default: false },
    summary: { type: 'boolean', default: false },
    fix: { type: 'boolean', default: false },
  });
  if (typeof parsed === 'number') return parsed;
  const format = parsed.values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) {
    process.stderr.write(`vitae: --format must be text, json, sarif or github, not "${format}"\n`);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write('vitae: lint needs at least one file, e.g. vitae lint resume.yaml\n');
    return 2;
  }
  const color = !parsed.values['no-color'] && !process.env['NO_COLOR'] && process.stdout.isTTY === true;
  return printed(runLint({ inputs: parsed.positionals, format, color, summary: parsed.values.summary === true, fix: parsed.values.fix === true }));
}

async function render(args: readonly string[]): Promise<number> {
  const parsed = readArgs(args, {
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    theme: { type: 'string' },
    pdf: { type: 'boolean', default: false },
    paper: { type: 'string' },
    font: { type: 'string' },
    'font-size': { type: 'string' },
    margin: { type: 'string' },
    density: { type: 'string' },
    accent: { type: 'string' },
    'date-style': { type: 'string' },
    fit: { type: 'string' },
    'section-order': { type: 'string' },
    browser: { type: 'string' },
    'allow-remote-images': { type: 'boolean', default: false },
  });
  if (typeof parsed === 'number') return parsed;
  const values = parsed.values;
  if (parsed.positionals.length !== 1) {
    process.stderr.write('vitae: render takes one resume file, e.g. vitae render resume.yaml -o resume.html\n');
    return 2;
  }
  const chosen = chooseFormat({ pdf: values.pdf === true, ...(values.format !== undefined ? { format: values.format } : {}), ...(values.output !== undefined ? { output: values.output } : {}) });
  if ('error' in chosen) {
    process.stderr.write(`vitae: ${chosen.error}\n`);
    return 2;
  }
  const format = chosen.format;
  // Plain text, Markdown and Word take none of the page's design options.
  if (format === 'txt' || format === 'md' || format === 'docx') return printed(await runExport({ file: parsed.positionals[0]!, format, ...(values.output !== undefined ? { output: values.output } : {}) }));
  const flags = {
    paper: values.paper,
    font: values.font,
    fontSize: values['font-size'],
    margin: values.margin,
    density: values.density,
    accent: values.accent,
    dateStyle: values['date-style'],
    fitPages: values.fit,
    sectionOrder: values['section-order'],
  };
  const design = readDesign(flags, 'flag');
  if (design.problems.length > 0) {
    const names: Record<string, string> = { fontSize: 'font-size', dateStyle: 'date-style', fitPages: 'fit', sectionOrder: 'section-order' };
    for (const problem of design.problems) process.stderr.write(`vitae: ${problem.replace(/^flag\.(\w+)/, (_, key: string) => `--${names[key] ?? key}`)}\n`);
    return 2;
  }
  const result = await runRender({
    file: parsed.positionals[0]!,
    pdf: format === 'pdf',
    design: design.design,
    allowRemoteImages: values['allow-remote-images'] === true,
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.theme !== undefined ? { theme: values.theme } : {}),
    ...(values.browser !== undefined ? { browserPath: values.browser } : {}),
  });
  return printed(result);
}

/** Writes a command's output (and the page, when it goes to stdout) and gives its exit code. */
function printed(result: RenderOutput): number {
  if (result.page !== undefined) process.stdout.write(result.page);
  if (result.stdout) process.stdout.write(result.stdout + '\n');
  if (result.stderr) process.stderr.write(result.stderr + '\n');
  return result.exitCode;
}

const code = main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
