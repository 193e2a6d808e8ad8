import { joinLines } from '../../helpers/text';

/** Code that, if it ever ran, would leave a trace: a window flag, a dialog, a console line. */
const RUN = 'window.__pwned=1;alert(1);console.log(\'pwned\')';

/** URL values that must never become an href or src. */
export const HOSTILE_URLS = [
  `javascript:${RUN}`,
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  '&#106;avascript:window.__pwned=1',
];

/** Text values that try to become markup. */
export const HOSTILE_TEXTS = [
  `<script>${RUN}</script>`,
  `"><img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"><script>${RUN}</script></svg>`,
  '</style><script>window.__pwned=1</script><style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">',
  '<style>body{background:url(https://evil.example/css)}</style><link rel="stylesheet" href="https://evil.example/x.css">',
  '<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/o"></object><base href="https://evil.example/">',
  `[click me](javascript:${RUN}) [data](data:text/html,x) <javascript:alert(1)> ![pixel](https://evil.example/pixel.png)`,
  '<a href="javascript:window.__pwned=1" onclick="window.__pwned=1">link</a>',
  'x; background: url(https://evil.example/inline) } body { display: none',
  'Ada \u202Eexe.gnp\u202C \u2066Okafor\u2069',
  '{{constructor.constructor("window.__pwned=1")()}}',
];

const q = (value: string): string => JSON.stringify(value);
let turn = 0;
const text = (): string => q(HOSTILE_TEXTS[turn++ % HOSTILE_TEXTS.length]!);
const url = (i: number): string => q(HOSTILE_URLS[i % HOSTILE_URLS.length]!);
const list = (indent: string): string[] => HOSTILE_TEXTS.map((value) => `${indent}- ${q(value)}`);
const each = <T>(values: readonly T[]): number[] => values.map((_, i) => i);

/** Every field of every section filled with hostile text, and every URL field with a hostile URL. */
export function hostileResume(): string {
  turn = 0;
  return joinLines(
    'basics:',
    `  name: ${text()}`,
    `  label: ${text()}`,
    `  image: ${url(0)}`,
    `  email: ${q('x@example.com" onmouseover="window.__pwned=1')}`,
    `  phone: ${q('+1 <script>window.__pwned=1</script>')}`,
    `  url: ${url(1)}`,
    `  summary: ${text()}`,
    '  location:',
    `    address: ${text()}`,
    `    city: ${text()}`,
    `    countryCode: ${text()}`,
    '  profiles:',
    ...each(HOSTILE_URLS).flatMap((i) => [`    - network: ${text()}`, `      username: ${text()}`, `      url: ${url(i)}`]),
    'work:',
    ...HOSTILE_URLS.flatMap((_, i) => [`  - name: ${text()}`, `    position: ${text()}`, `    url: ${url(i)}`, `    location: ${text()}`, `    summary: ${text()}`, `    startDate: ${text()}`, '    highlights:', ...list('      ')]),
    'volunteer:',
    `  - organization: ${text()}`,
    `    position: ${text()}`,
    `    url: ${url(2)}`,
    '    highlights:',
    ...list('      '),
    'education:',
    `  - institution: ${text()}`,
    `    url: ${url(3)}`,
    `    area: ${text()}`,
    `    studyType: ${text()}`,
    `    score: ${text()}`,
    '    courses:',
    ...list('      '),
    'awards:',
    `  - title: ${text()}`,
    `    awarder: ${text()}`,
    `    date: ${text()}`,
    `    summary: ${text()}`,
    'certificates:',
    `  - name: ${text()}`,
    `    issuer: ${text()}`,
    `    url: ${url(4)}`,
    'publications:',
    `  - name: ${text()}`,
    `    publisher: ${text()}`,
    `    url: ${url(5)}`,
    `    summary: ${text()}`,
    'skills:',
    `  - name: ${text()}`,
    `    level: ${text()}`,
    '    keywords:',
    ...list('      '),
    'languages:',
    `  - language: ${text()}`,
    `    fluency: ${text()}`,
    'interests:',
    `  - name: ${text()}`,
    '    keywords:',
    ...list('      '),
    'references:',
    `  - name: ${text()}`,
    `    reference: ${text()}`,
    'projects:',
    `  - name: ${text()}`,
    `    description: ${text()}`,
    `    url: ${url(6)}`,
    `    entity: ${text()}`,
    `    type: ${text()}`,
    '    roles:',
    ...list('      '),
    '    highlights:',
    ...list('      '),
    '    keywords:',
    ...list('      '),
  );
}
