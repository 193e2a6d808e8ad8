import { parseArgs } from 'node:util';
import { startServer } from '../lsp/server';
import { VERSION } from '../version';
import { runLint, type OutputFormat } from './lintCommand';

const HELP = `vitae ${VERSION} — check resumes written as YAML (JSON Resume)

Usage:
  vitae lint <file|dir>... [--format text|json|sarif] [--summary] [--no-color]
  vitae server --stdio
  vitae --help | --version

Commands:
  lint     Check resume files (directories are searched for resume.yaml, cv.yaml, *.resume.yaml).
           Exit status: 0 no errors, 1 errors found, 2 usage or I/O problem.
  server   Run the language server over stdio (what editors start).

Options:
  --format   text (default; file:line:col: severity: message [code]), json (LSP diagnostics), sarif (SARIF 2.1.0)
  --summary  Also print each resume's bullets, share quantified, weak openers and words.
  --no-color Plain text output (also when NO_COLOR is set or output is not a terminal).
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
  process.stderr.write(`vitae: unknown command "${command}"\n\n${HELP}`);
  return 2;
}

function lint(args: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'no-color': { type: 'boolean', default: false },
        summary: { type: 'boolean', default: false },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`vitae: ${(error as Error).message}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = parsed.values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) {
    process.stderr.write(`vitae: --format must be text, json or sarif, not "${format}"\n`);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write('vitae: lint needs at least one file, e.g. vitae lint resume.yaml\n');
    return 2;
  }
  const color = !parsed.values['no-color'] && !process.env['NO_COLOR'] && process.stdout.isTTY === true;
  const result = runLint({ inputs: parsed.positionals, format: format as OutputFormat, color, summary: parsed.values.summary === true });
  if (result.stdout) process.stdout.write(result.stdout + '\n');
  if (result.stderr) process.stderr.write(result.stderr + '\n');
  return result.exitCode;
}

const code = main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
