import { strict as assert } from 'node:assert';
import { applyFix, check, diagnostics, fixesOf, resume, service } from './ruleHelpers';
import { source } from '../../helpers/text';

describe('tech-name', () => {
  it('reports wrong casing and punctuation in keywords as information, with the canonical name and a fix', () => {
    const text = resume('skills:', '  - name: Backend', '    keywords:', '      - Javascript', '      - NodeJS', '      - Postgresql', '      - VMWare');
    assert.deepEqual(check(text), [
      'Javascript: information tech-name: "Javascript" is written "JavaScript".',
      'NodeJS: information tech-name: "NodeJS" is written "Node.js".',
      'Postgresql: information tech-name: "Postgresql" is written "PostgreSQL".',
      'VMWare: information tech-name: "VMWare" is written "VMware".',
    ]);
    // A slip of case has one right spelling: Fix All makes it too (auto).
    assert.deepEqual(diagnostics(text)[0]!.data, { fixes: [{ title: 'Change to JavaScript', newText: 'JavaScript', auto: true }], canonical: 'JavaScript' });
    assert.equal(applyFix(text, 'Change to Node.js'), text.replace('NodeJS', 'Node.js'));
  });

  it('reports an alias only with a reason (shorthand, styling lost, a former name), not a short form people write', () => {
    const text = resume('skills:', '  - name: Platform', '    keywords: [k8s, pgsql, Postgres, Golang, Envoy, AWS EC2, Tailwind, Sagemaker, AWS Elasticsearch]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), [
      'k8s: hint tech-name: "k8s" is another name for Kubernetes; write "Kubernetes", the name readers and applicant-tracking systems match.',
      'pgsql: hint tech-name: "pgsql" is another name for PostgreSQL; write "PostgreSQL", the name readers and applicant-tracking systems match.',
      'Sagemaker: information tech-name: "Sagemaker" is written "SageMaker".',
      'AWS Elasticsearch: hint tech-name: "AWS Elasticsearch" is now called Amazon OpenSearch Service.',
    ]);
  });

  it('reports a name whose symbols are its identity spelt without them ("CSharp", "CPP", "dotnet"), not a longer name\'s abbreviation ("STL")', () => {
    const text = resume('skills:', '  - name: Languages', '    keywords: [CSharp, CPP, dotnet, STL]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['CSharp', 'CPP', 'dotnet']);
    assert.match(check(text).find((line) => line.startsWith('CSharp'))!, /hint tech-name: "CSharp" is another name for C#; write "C#"/);
  });

  it('reports a product\'s two parts run together without their slash ("PLSQL", "DCOS", "PubSub"), fixing "PL SQL" to PL/SQL; not a practice\'s ("CICD")', () => {
    const text = resume('skills:', '  - name: Data', '    keywords: [PLSQL, DCOS, PubSub, CICD, PL SQL]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['PLSQL', 'DCOS', 'PubSub', 'PL SQL']);
    assert.equal(applyFix(text, 'Change to PL/SQL'), text.replace('PLSQL', 'PL/SQL'));
    assert.ok(fixesOf(text).flat().every((title) => title !== 'Change to PLSQL'));
  });

  it('fixes a slip of case in a form the name accepts to that form, not to a shorter name ("ASP.Net MVC")', () => {
    const text = resume('skills:', '  - name: Web', '    keywords: [ASP.Net MVC, postgres]');
    assert.equal(applyFix(applyFix(text, 'Change to ASP.NET MVC'), 'Change to Postgres'), text.replace('ASP.Net MVC', 'ASP.NET MVC').replace('postgres', 'Postgres'));
  });

  it('fixes ".JS" in capitals to ".js", not to another form of the name ("React.JS" is not "ReactJS"), and the fix passes', () => {
    const text = resume('work:', '  - highlights:', '      - Built the checkout in React.JS for 3,000 shops.', 'skills:', '  - name: Web', '    keywords: [React.JS]');
    const fixed = applyFix(applyFix(text, 'Change to React.js'), 'Change to React.js');
    assert.equal(fixed, text.replaceAll('React.JS', 'React.js'));
    assert.deepEqual(check(fixed).filter((line) => line.includes('tech-name')), []);
  });

  it('reports a former name in a keyword list, not in a sentence about those years', () => {
    const text = resume('work:', '  - highlights:', '      - Packaged the tools for OS X with Homebrew.', '      - Rolled out Mac OS X 10.4 to 300 Macs.', 'skills:', '  - name: Platforms', '    keywords: [OS X]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), ['OS X: hint tech-name: "OS X" is now called macOS.']);
  });

  it('lets a former name in a sentence pass with a slip of case, not spelt apart or run together', () => {
    const text = resume('work:', '  - highlights:', '      - Packaged the tools for OSX with Homebrew.', '      - Wrote pipelines in the DemandWare pipeline language.');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), ['OSX: information tech-name: "OSX" is written "OS X".']);
  });

  it("lets a project's keywords name what it was built with then, and reports a former name spelt apart there", () => {
    const text = resume('projects:', '  - name: Sales app', '    keywords: [J2EE, TensorFlow Lite, NodeWebkit]', 'skills:', '  - name: Platforms', '    keywords: [J2EE]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), [
      'NodeWebkit: hint tech-name: "NodeWebkit" is now called NW.js.',
      'J2EE: hint tech-name: "J2EE" is now called Jakarta EE.',
    ]);
  });

  it('lets a practice\'s name in other casing pass ("Rest API", "VOIP"), not one split otherwise ("micro-services")', () => {
    const text = resume('work:', '  - highlights:', '      - Split the monolith into 12 micro-services behind a Rest API, with VOIP calls.', 'skills:', '  - name: Practices', '    keywords: [Microservices, REST, VoIP]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(':')[0]), ['micro-services']);
  });

  it('lets Java EE pass in the skills, a former name most still write (blind readers: 11 lines of 12), and writes "JavaEE" as it is written', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Platforms', '    keywords: [Java EE, JEE, JavaEE]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), ['JavaEE: information tech-name: "JavaEE" is written "Java EE".']);
    assert.equal(applyFix(text, 'Change to Java EE'), text.replace(', JavaEE]', ', Java EE]'));
  });

  it('lets Cloud Functions (Firebase\'s name still), Substrate (inside the Polkadot SDK), Office 365 and Linode pass as written', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 12 jobs to Cloud Functions and a Substrate chain on Linode, billed through Office 365.', 'skills:', '  - name: Platforms', '    keywords: [Firebase (Cloud Functions, Firestore), Substrate, Linode, Office 365]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), []);
  });

  it('writes a release of those years spelt otherwise as it was named then ("JavaEE 6" is Java EE, not Jakarta EE), and the fix passes', () => {
    const text = resume('work:', '  - highlights:', '      - Built the pension portal on JavaEE 6 and JBossAS 7 for 40 agencies.', 'skills:', '  - name: Java', '    keywords: [JSF, EJB]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), ['JavaEE: information tech-name: "JavaEE" is written "Java EE".', 'JBossAS: information tech-name: "JBossAS" is written "JBoss AS".']);
    const fixed = applyFix(applyFix(text, 'Change to Java EE'), 'Change to JBoss AS');
    assert.equal(fixed, text.replace('JavaEE', 'Java EE').replace('JBossAS', 'JBoss AS'));
    assert.deepEqual(check(fixed).filter((line) => line.includes('tech-')), []);
  });

  it('keeps the quotes of a quoted keyword, and a flow list valid', () => {
    const text = resume('skills:', '  - name: Web', "    keywords: ['Javascript', \"typescript\"] # front end");
    const fixed = applyFix(applyFix(text, 'Change to JavaScript'), 'Change to TypeScript');
    assert.equal(fixed, resume('skills:', '  - name: Web', "    keywords: ['JavaScript', \"TypeScript\"] # front end"));
  });

  it('reads whole words in bullets and summaries, never ordinary English words', () => {
    const text = resume(
      '  summary: I go where the work is and make it swift; deployed with nodejs.',
      'work:',
      '  - name: Northwind',
      '    highlights:',
      '      - Moved the Github workflows to express, spring and rust-free Golang services',
    );
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), [
      'nodejs: information tech-name: "nodejs" is written "Node.js".',
      'Github: information tech-name: "Github" is written "GitHub".',
    ]);
  });

  it('names a look-alike letter from another alphabet', () => {
    const text = resume('skills:', '  - name: Languages', '    keywords: [J\u0430va]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), [
      'J\u0430va: information tech-name: "J\u0430va" has letters from another alphabet that look like Latin ones (\u0430); write "Java".',
    ]);
  });

  it('never reports your own technologies, and accepts them as written', () => {
    const text = resume('skills:', '  - name: Internal', '    keywords: [borgmon, Postgres]');
    assert.deepEqual(check(text, [{ name: 'borgmon' }, { name: 'Postgres', aliases: ['pg'] }]).filter((line) => line.includes('tech-name')), []);
  });

  it('is silenced by a suppression comment and by severity off', () => {
    const text = resume('skills:', '  - name: Web', '    keywords:', '      # vitae-disable-next-line tech-name', '      - Javascript');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), []);
    const plain = resume('skills:', '  - name: Web', '    keywords: [Javascript]');
    assert.deepEqual(service.lint(source(plain), { severities: { 'tech-name': 'off' } }).filter((d) => d.code === 'tech-name'), []);
  });
});

describe('duplicate-keyword', () => {
  it('reports the same technology twice in skills, also under another name, with a fix that keeps comments', () => {
    const text = resume(
      'skills:',
      '  - name: Cloud',
      '    keywords:',
      '      - Kubernetes # since 2019',
      '      - Docker',
      '  - name: Tools',
      '    keywords:',
      '      - k8s',
      '      - Git',
    );
    assert.deepEqual(check(text).filter((line) => line.includes('duplicate-keyword')), ['k8s: warning duplicate-keyword: Kubernetes is already listed in skills group "Cloud", as "Kubernetes".']);
    const fixed = applyFix(text, 'Remove "k8s"');
    assert.equal(fixed, resume('skills:', '  - name: Cloud', '    keywords:', '      - Kubernetes # since 2019', '      - Docker', '  - name: Tools', '    keywords:', '      - Git'));
  });

  it('takes skills named each for a technology, with kinds as keywords, as tags that repeat by design', () => {
    const tags = resume('skills:', '  - name: AWS', '    keywords: [Cloud, Web Services]', '  - name: Azure', '    keywords: [Cloud, Web Services, Cloud]', '  - name: Docker', '    keywords: [Containers]');
    assert.deepEqual(check(tags).filter((line) => line.includes('duplicate-keyword')), ['Cloud: warning duplicate-keyword: "Cloud" is already listed in this list.']);
    const stacks = resume('skills:', '  - name: Go', '    keywords: [Echo, JWT]', '  - name: React', '    keywords: [Redux, JWT]', '  - name: NestJS', '    keywords: [TypeORM]');
    assert.deepEqual(check(stacks).filter((line) => line.includes('duplicate-keyword')), ['JWT: warning duplicate-keyword: "JWT" is already listed in skills group "Go".']);
    // Mostly technologies, with tags among them: the tags repeat from skill to skill, a technology does not.
    const parts = resume('skills:', '  - name: AWS', '    keywords: [Lambda, S3, Web]', '  - name: JavaScript', '    keywords: [Node.js, Web, Back End]', '  - name: Python', '    keywords: [FastAPI, Back End, Lambda]');
    assert.deepEqual(check(parts).filter((line) => line.includes('duplicate-keyword')).map((line) => line.split(':')[0]), ['Lambda']);
  });

  it('takes "etc." ending two lists as no keyword repeated', () => {
    const text = resume('skills:', '  - name: Patterns', '    keywords: [Singleton, Factory, etc.]', '  - name: Practices', '    keywords: [Code review, etc.]');
    assert.deepEqual(check(text).filter((line) => line.includes('duplicate-keyword')), []);
  });

  it('removes the former name where it is listed first ("OS X" before "macOS"), and keeps today\'s', () => {
    const text = resume('skills:', '  - name: Systems', '    keywords:', '      - OS X', '      - Linux # since 2012', '      - macOS');
    assert.deepEqual(check(text).filter((line) => line.includes('duplicate-keyword')), ['macOS: warning duplicate-keyword: macOS is already listed in this list, by its former name "OS X".']);
    assert.equal(applyFix(text, 'Remove "OS X"'), resume('skills:', '  - name: Systems', '    keywords:', '      - Linux # since 2012', '      - macOS'));
    // A comment on the former name's line is kept: the fix then removes today's name, as for any other repeat.
    const noted = resume('skills:', '  - name: Systems', '    keywords:', '      - OS X # since 2012', '      - macOS', '      - Linux');
    assert.equal(applyFix(noted, 'Remove "macOS"'), resume('skills:', '  - name: Systems', '    keywords:', '      - OS X # since 2012', '      - Linux'));
  });

  it('removes an item of a flow list with its comma', () => {
    const text = resume('skills:', '  - name: Data', '    keywords: [PostgreSQL, Redis, Postgres]');
    assert.equal(applyFix(text, 'Remove "Postgres"'), resume('skills:', '  - name: Data', '    keywords: [PostgreSQL, Redis]'));
  });

  it('keeps LoRa, the radio, apart from LoRaWAN, the network that runs on it', () => {
    const text = resume('skills:', '  - name: Embedded', '    keywords: [LoRa, LoRaWAN, MQTT]');
    assert.deepEqual(check(text).filter((line) => line.includes('duplicate-keyword')), []);
  });

  it('takes a keyword that says more than its name ("Git Workflows"), or a version beside the language ("ES6"), as another skill; a note in parentheses as the name again', () => {
    const more = resume('skills:', '  - name: Tools', '    keywords: [Git, Git Workflows, Linux, Linux server administration, JavaScript, ES6]');
    assert.deepEqual(check(more).filter((line) => line.includes('duplicate-keyword')), []);
    const again = resume('skills:', '  - name: Mobile', '    keywords: [Java, Firebase, BLoC]', '  - name: Android', '    keywords: [Java (Android), "Firebase (Auth, Firestore)", BLoC Pattern]');
    assert.deepEqual(check(again).filter((line) => line.includes('duplicate-keyword')).map((line) => line.split(':')[0]), ['Java (Android)', '"Firebase (Auth, Firestore)"', 'BLoC Pattern']);
    // What a name is used for, and a language's scripting, are the name again; a craft with a tool's name is not.
    const used = resume('skills:', '  - name: Languages', '    keywords: [Rust, Bash, Docker, Unity]', '  - name: Work', '    keywords: [Rust for Cryptography and Protocols, Bash Scripting, Docker for Containers, Unity Editor Scripting]');
    assert.deepEqual(check(used).filter((line) => line.includes('duplicate-keyword')).map((line) => line.split(':')[0]), ['Rust for Cryptography and Protocols', 'Bash Scripting', 'Docker for Containers']);
  });

  it('takes a slip of the keyboard for the name it was meant to be ("PyToch" after PyTorch), so fixing the slip leaves a duplicate already reported', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: ML', '    keywords: [PyTorch, Keras]', '  - name: MLOps', '    keywords: [MLflow, PyToch]');
    assert.deepEqual(check(text).filter((line) => /duplicate-keyword|tech-name/.test(line)), [
      'PyToch: information tech-name: "PyToch" looks like a misspelling of PyTorch.',
      'PyToch: warning duplicate-keyword: PyTorch is already listed in skills group "ML", as "PyTorch".',
    ]);
  });

  it('compares keywords that are not technologies by their text', () => {
    const text = resume('skills:', '  - name: Soft', '    keywords: [Mentoring, mentoring]');
    assert.deepEqual(check(text).filter((line) => line.includes('duplicate-keyword')), ['mentoring: warning duplicate-keyword: "mentoring" is already listed in this list.']);
  });
});

describe('skill-no-evidence', () => {
  it('takes a stack the bullets name as its parts in use ("the MEAN stack", "the Elastic stack"), and a toolbox as its language (OpenFOAM, C++)', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 12 modules to the MEAN stack and centralised logging on the Elastic stack.', '      - Customised 3 OpenFOAM solvers.', 'skills:', '  - name: Tools', '    keywords: [Express, AngularJS, Elasticsearch, C++, React]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['React']);
  });

  it('takes each name of a pair written with a slash as shown ("in C/C++" shows C, read only as a word)', () => {
    const text = resume('work:', '  - highlights:', '      - Wrote 40 drivers in C/C++ for the router.', 'skills:', '  - name: Languages', '    keywords: [C, C++, Rust]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['Rust']);
  });

  it('takes cross-browser testing as each listed browser in use, and the practice written either way as fine', () => {
    const text = resume('work:', '  - highlights:', '      - Ran cross-browser testing of 40 flows and fixed Cross Browser Compatibility bugs.', 'skills:', '  - name: Browsers', '    keywords: [Chrome, Firefox, Safari, Jira]');
    assert.deepEqual(check(text).filter((line) => /skill-no-evidence|tech-name/.test(line)).map((line) => line.split(':')[0]), ['Jira']);
  });

  it('asks for evidence of a skill listed twice once, where it is first listed: the other is a duplicate to remove', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Cloud', '    keywords: [Docker, Git]', '  - name: Tools', '    keywords: [Docker]');
    assert.deepEqual(check(text).filter((line) => /skill-no-evidence|duplicate-keyword/.test(line)).map((line) => line.replace(/:.*? (skill-no-evidence|duplicate-keyword):.*/, ' $1')), ['Docker skill-no-evidence', 'Git skill-no-evidence', 'Docker duplicate-keyword']);
  });

  it('hints at a technology in the skills that nothing else mentions, in any casing or name (a project keyword\'s parentheses mention theirs)', () => {
    const text = resume(
      '  summary: Backend engineer who writes go and runs postgres.',
      'work:',
      '  - highlights:',
      '      - Built the billing service, handling 2M invoices a month.',
      'projects:',
      '  - name: Config checker',
      '    keywords: [Docker, "Python (PyTorch, pandas)"]',
      'skills:',
      '  - name: Tools',
      '    keywords: [Go, PostgreSQL, Docker, PyTorch, pandas, Haskell, Leadership]',
    );
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')), [
      'Haskell: hint skill-no-evidence: No bullet, summary or project mentions Haskell: add one that shows it in use, or drop the keyword.',
    ]);
  });

  it('says nothing until the resume tells its roles, in bullets or in summaries', () => {
    assert.deepEqual(check(resume('skills:', '  - name: Tools', '    keywords: [Haskell]')), []);
    const summaries = resume('work:', '  - name: Northwind', '    summary: Built the pricing engine in Go.', 'skills:', '  - name: Tools', '    keywords: [Go, Haskell]');
    assert.deepEqual(check(summaries).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['Haskell']);
  });
});

describe('network-spelling, from the same vocabulary', () => {
  const network = (name: string): string[] =>
    service.lint(source(resume('  profiles:', `    - network: ${name}`))).filter((d) => d.code === 'network-spelling').map((d) => String(d.message));

  it('knows the networks of the vocabulary, not only the profile list', () => {
    assert.deepEqual(network('Codeforces'), []);
    assert.deepEqual(network('codeforces'), ['The canonical spelling is "Codeforces".']);
    assert.deepEqual(network('Github'), ['The canonical spelling is "GitHub".']);
  });

  it('reports spellings, not renames: Twitter stays Twitter', () => {
    assert.deepEqual(network('Twitter'), []);
  });
});
