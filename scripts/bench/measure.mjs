// The measurements on one file. Both servers run side by side and every sample alternates between them, so a noisy
// neighbour on a shared machine slows both alike instead of skewing one server's figures.

const PHRASE = ' and then shipped it to production on time';

export function median(values) {
  return percentile(values, 50);
}

export function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `sample(session, i)` on each session in turn, `count` rounds (fewer if `budgetMs` runs out); ms per session. */
async function alternate(sessions, count, budgetMs, sample) {
  const times = sessions.map(() => []);
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < count && performance.now() < deadline; i++) {
    // Swap the order every round so neither server always goes first after an idle pause.
    const order = i % 2 ? [...sessions.keys()].reverse() : [...sessions.keys()];
    for (const s of order) times[s].push(await sample(sessions[s], i));
  }
  return times;
}

/** The line of the bullet nearest the middle of the document: where the keystrokes go. */
function bulletLine(lines) {
  const middle = Math.floor(lines.length / 2);
  let best = -1;
  lines.forEach((line, index) => {
    if (/^ {6}- \S.*\.$/.test(line) && (best < 0 || Math.abs(index - middle) < Math.abs(best - middle))) best = index;
  });
  if (best < 0) throw new Error('no highlight bullet to type into');
  return best;
}

/** The `summary:` (or else `position:`) line of the work entry nearest the middle: a new key goes below it. */
function workKeyLine(lines) {
  const middle = Math.floor(lines.length / 2);
  const candidates = lines.flatMap((line, index) => (/^ {4}(summary|position): /.test(line) ? [index] : []));
  if (!candidates.length) throw new Error('no work entry to complete in');
  return candidates.reduce((a, b) => (Math.abs(b - middle) < Math.abs(a - middle) ? b : a));
}

/** Just before the `]` of the first skills `keywords: [...]` list: where a new technology is typed. */
function keywordListEnd(lines) {
  const skills = lines.findIndex((line) => /^skills:/.test(line));
  const index = lines.findIndex((line, i) => i > skills && /^ {4}keywords: \[.*\]\s*$/.test(line));
  return skills < 0 || index < 0 ? undefined : { line: index, character: lines[index].lastIndexOf(']') };
}

/**
 * Measures one file on every session: didOpen (each on a fresh URI, the first of them cold), keystrokes typed into
 * a bullet (incremental didChange), whole-document didChange, and completion at a new key inside a work entry.
 */
export async function measureFile(sessions, file, plan) {
  const lines = file.text.split('\n');
  const rows = {};
  const counts = { diagnostics: sessions.map(() => undefined), completionItems: sessions.map(() => undefined) };

  const opened = await alternate(sessions, plan.opens + 1, plan.budgetMs, async (session, i) => {
    const uri = `${file.uriBase}-open${i}.yaml`;
    const { ms } = await session.open(uri, file.text);
    await session.close(uri);
    return ms;
  });
  // The first open in a fresh server runs cold (nothing compiled by the JIT yet): what a user sees first.
  rows.didOpenCold = opened.map((samples) => samples.slice(0, 1));
  rows.didOpen = opened.map((samples) => samples.slice(1));

  const uri = `${file.uriBase}.yaml`;
  for (const [s, session] of sessions.entries()) {
    counts.diagnostics[s] = (await session.open(uri, file.text)).diagnostics.length;
  }

  // Typing: one character per didChange at the end of a bullet, as an editor sends it with incremental sync.
  const line = bulletLine(lines);
  const column = lines[line].length;
  const keystroke = (session, i) => {
    const at = { line, character: column + (i % PHRASE.length) };
    const text = PHRASE[i % PHRASE.length];
    return session.change(uri, [{ range: { start: at, end: at }, text }]).then((r) => r.ms);
  };
  // After a full pass over the phrase, delete it again so the document does not grow without end.
  const typeRounds = async (count, budgetMs, offset) => alternate(sessions, count, budgetMs, async (session, i) => {
    const n = offset + i;
    if (n > 0 && n % PHRASE.length === 0) {
      const start = { line, character: column };
      await session.change(uri, [{ range: { start, end: { line, character: column + PHRASE.length } }, text: '' }]);
    }
    return keystroke(session, n);
  });
  await typeRounds(plan.warmup, plan.budgetMs, 0);
  rows.keystroke = await typeRounds(plan.keystrokes, plan.budgetMs, plan.warmup);

  // Whole-document sync: what a client without incremental sync (or a paste of everything) sends. The edit swaps
  // one character, so line numbers stay those of `lines`.
  const edited = file.text.replace(/^( {6}- .*)\.$/m, '$1!');
  rows.fullText = await alternate(sessions, plan.fullTexts, plan.budgetMs, async (session, i) => {
    return (await session.change(uri, [{ text: i % 2 ? file.text : edited }])).ms;
  });

  // Completion where a user presses Enter below a work entry's key and asks for suggestions.
  const keyLine = workKeyLine(lines);
  const blank = { line: keyLine + 1, character: 0 };
  for (const session of sessions) await session.change(uri, [{ range: { start: blank, end: blank }, text: '    \n' }]);
  const position = { line: keyLine + 1, character: 4 };
  rows.completion = await alternate(sessions, plan.completions, plan.budgetMs, async (session) => {
    const { ms, count } = await session.complete(uri, position);
    counts.completionItems[sessions.indexOf(session)] = count;
    return ms;
  });

  // Technology completion: "Kube" typed as a new item of a skills keywords list, with the full vocabulary.
  const techAt = keywordListEnd(lines);
  if (techAt) {
    for (const session of sessions) await session.change(uri, [{ range: { start: techAt, end: techAt }, text: ', Kube' }]);
    const typed = { line: techAt.line, character: techAt.character + ', Kube'.length };
    rows.techCompletion = await alternate(sessions, plan.completions, plan.budgetMs, async (session) => (await session.complete(uri, typed)).ms);
  }

  for (const session of sessions) await session.close(uri);
  return { rows, counts, at: { bullet: line, completion: position } };
}
