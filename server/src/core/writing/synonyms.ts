import { baseForm, pastTense } from './verbs';
import { matchCase } from './words';

// Other strong verbs for the verbs resumes overuse, in the base form.
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  `lead:direct,head,drive manage:direct,oversee,run build:develop,create,engineer develop:build,engineer,create
   create:build,design,launch improve:strengthen,boost,upgrade implement:deliver,build,roll_out design:architect,shape,plan
   reduce:cut,lower,trim increase:grow,raise,boost deliver:ship,launch,complete launch:ship,release,introduce
   migrate:move,port,transition automate:script,streamline,simplify write:author,draft,document maintain:sustain,run,keep
   optimize:tune,streamline,speed_up optimise:tune,streamline,speed_up mentor:coach,train,guide collaborate:partner,team_up
   introduce:launch,establish,bring_in establish:found,set_up,institute drive:lead,push,champion run:operate,lead,direct
   own:lead,run,manage use:apply,employ,adopt support:enable,back,serve work:deliver,build,run analyze:assess,evaluate,study
   coordinate:organize,orchestrate,align ship:deliver,launch,release`
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [verb, options] = entry.split(':') as [string, string];
      return [verb, options.split(',').map((option) => option.replace('_', ' '))];
    }),
);

/** Alternatives to an opening verb, in its tense and case ("Led" → "Directed", "Headed", "Drove"). */
export function synonymsOf(word: string, tense: 'past' | 'present'): string[] {
  const base = baseForm(word);
  const options = base ? SYNONYMS.get(base) : undefined;
  if (!options) return [];
  const conjugate = (option: string): string => {
    if (tense === 'present') return /s$/i.test(word) && word.toLowerCase() !== base ? thirdPerson(option) : option;
    const [head, ...rest] = option.split(' ');
    return [pastTense(head!), ...rest].join(' ');
  };
  return options.map((option) => matchCase(conjugate(option), word));
}

function thirdPerson(option: string): string {
  const [head, ...rest] = option.split(' ');
  const verb = /(?:s|sh|ch|x|z|o)$/.test(head!) ? `${head}es` : /[^aeiou]y$/.test(head!) ? `${head!.slice(0, -1)}ies` : `${head}s`;
  return [verb, ...rest].join(' ');
}
