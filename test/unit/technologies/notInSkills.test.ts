// tech-not-in-skills: a technology a bullet shows but no skills group lists, and when it is said (the group it goes to: groupChoice.test.ts).
import { strict as assert } from 'node:assert';
import { parse } from 'yaml';
import { applyFix, check, fixesOf, resume, service } from './ruleHelpers';
import { source } from '../../helpers/text';

describe('tech-not-in-skills', () => {
  const text = resume(
    'work:',
    '  - name: Northwind',
    '    highlights:',
    '      - Moved 40 services to Kubernetes and Terraform, cutting hosting costs 35%.',
    '      - Tuned Kubernetes autoscaling.',
    'skills:',
    '  # what I use every day',
    '  - name: Languages',
    '    keywords:',
    '      - Go',
    '  - name: Cloud',
    '    keywords:',
    '      - Docker # containers',
    '    level: Advanced',
  );

  it('reports a technology a bullet names but no skills group lists, at its first mention', () => {
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), [
      'Kubernetes: information tech-not-in-skills: Kubernetes is named here but in no skills group.',
      'Terraform: information tech-not-in-skills: Terraform is named here but in no skills group.',
    ]);
  });

  it('lists a widely used technology in the Problems panel, and hints at a less used one where it is named', () => {
    // Judged as shown, readers agreed with two thirds of this advice for the two hundred most used technologies, a
    // third for the rest: the rest is a hint, which the editor shows at its place but the Problems panel does not list.
    const both = resume('work:', '  - highlights:', '      - Ran 40 pipelines on Jenkins and Buildkite, halving build time.', 'skills:', '  - name: Languages', '    keywords: [Go]');
    assert.deepEqual(check(both).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(' tech-not-in-skills')[0]), ['Jenkins: information', 'Buildkite: hint']);
  });

  it('adds it to the group whose keywords share its category, keeping comments, key order and valid YAML', () => {
    const fixed = applyFix(text, 'Add Kubernetes to skills (Cloud)');
    assert.equal(fixed, text.replace('      - Docker # containers', '      - Docker # containers\n      - Kubernetes'));
    assert.deepEqual((parse(fixed) as { skills: Array<{ keywords: string[] }> }).skills[1]!.keywords, ['Docker', 'Kubernetes']);
    assert.deepEqual(check(fixed).filter((line) => line.includes('Kubernetes is named')), []);
  });

  it('adds to a flow list, and offers a new group named for the category when no group fits', () => {
    const flow = resume('work:', '  - highlights:', '      - Wrote the parser in Rust with Vim.', 'skills:', '  - name: Tools', '    keywords: [Git]', '  - name: Languages', '    keywords: [Go]');
    assert.equal(applyFix(flow, 'Add Rust to skills (Languages)'), flow.replace('[Go]', '[Go, Rust]'));
    assert.equal(applyFix(flow, 'Add Vim to skills (Tools)'), flow.replace('[Git]', '[Git, Vim]'));
    const none = resume('work:', '  - highlights:', '      - Wrote the parser in Rust.', 'skills:', '  - name: Tools', '    keywords: [Git, Vim]');
    assert.equal(applyFix(none, 'Add Rust to a new skills group "Languages"'), `${none}\n  - name: Languages\n    keywords: [Rust]`);
  });

  it('never offers a company, and skips what a broader keyword covers: AWS its services, and its databases where no group is named for databases, and always the hosts of other engines (RDS)', () => {
    const text = resume('work:', '  - highlights:', '      - Ran game days with Intel and AMD engineers on Amazon EC2 and Amazon Aurora.', 'skills:', '  - name: Cloud', '    keywords: [AWS]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
    // Listing databases, a person lists Aurora among them (the team's skills-groups resume: "Data stores").
    const listsDatabases = text.replace('[AWS]', '[AWS]\n  - name: Data stores\n    keywords: [PostgreSQL]');
    assert.deepEqual(check(listsDatabases).filter((line) => line.includes('tech-not-in-skills')), ['Amazon Aurora: hint tech-not-in-skills: Amazon Aurora is named here but in no skills group.']);
    // One list holding AWS and other databases alike: AWS covers Aurora all the same.
    const oneList = text.replace('[AWS]', '[AWS, PostgreSQL, Python]');
    assert.deepEqual(check(oneList).filter((line) => line.includes('tech-not-in-skills')), []);
    // Amazon RDS hosts PostgreSQL and MySQL: the engine listed is the skill, and AWS covers where it runs (blind
    // readers of 8 resumes of 9 that list databases).
    const hosted = listsDatabases.replace('Amazon Aurora', 'Amazon RDS');
    assert.deepEqual(check(hosted).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('takes Hibernate in the skills as listing JPA, the API it implements, and offers the JVM only to a group named for runtimes', () => {
    const text = resume('work:', '  - highlights:', '      - Tuned the JVM and 40 JPA queries for the billing service.', 'skills:', '  - name: Backend', '    keywords: [Java, Hibernate]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
    const runtimes = text.replace('[Java, Hibernate]', '[Java, Hibernate]\n  - name: Runtimes\n    keywords: [Node.js]');
    assert.deepEqual(check(runtimes).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['JVM']);
  });

  it('takes Linux in the skills as listing the distribution a bullet names ("Managed Linux (Debian) servers")', () => {
    const text = resume('work:', '  - highlights:', '      - Managed 40 Linux (Debian) servers.', 'skills:', '  - name: Systems', '    keywords: [Linux, Ansible]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
    // Without Linux listed, Linux is offered; Debian, a desktop's distribution too, only to a group named for Linux.
    assert.deepEqual(check(text.replace('[Linux, Ansible]', '[Windows, Ansible]')).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Linux']);
    // And the other way round: the distributions listed ("Ubuntu, CentOS") say Linux (blind readers of 4 resumes of 5).
    const distributions = resume('work:', '  - highlights:', '      - Patched 40 Linux servers.', 'skills:', '  - name: Operating Systems', '    keywords: [Ubuntu, CentOS, Windows]');
    assert.deepEqual(check(distributions).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('takes two skills written with a cloud\'s name ("AWS Lambda, AWS S3") as saying the cloud; one does not', () => {
    const notIn = (text: string): string[] => check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]!);
    const two = resume('work:', '  - highlights:', '      - Cut AWS costs 30% for 12 services.', 'skills:', '  - name: Cloud', '    keywords: [AWS Lambda, AWS S3]');
    assert.deepEqual(notIn(two), []);
    assert.deepEqual(notIn(two.replace('[AWS Lambda, AWS S3]', '[AWS Lambda, Docker]')), ['AWS']);
    // Three of its services by their short names say it too (blind readers added the cloud in 1 resume of 5); two do not.
    assert.deepEqual(notIn(two.replace('[AWS Lambda, AWS S3]', '[ECS, EC2, S3]')), []);
    assert.deepEqual(notIn(two.replace('[AWS Lambda, AWS S3]', '[EC2, S3, Docker]')), ['AWS']);
  });

  it('reads the names inside a vendor\'s parentheses as that vendor\'s ("Azure (OpenAI, ML)" lists Azure OpenAI), and Spark as listing PySpark', () => {
    const text = resume('work:', '  - highlights:', '      - Built 3 RAG apps on Azure OpenAI and 40 PySpark jobs.', 'skills:', '  - name: Cloud', '    keywords: ["Azure (OpenAI, ML)", Spark]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('offers the cloud once where the text names several of its services and no group lists it ("S3, SQS and EKS": AWS)', () => {
    const text = resume('work:', '  - highlights:', '      - Wired 40 jobs from Amazon SQS to Amazon S3 and Amazon EKS, watched in Grafana.', 'skills:', '  - name: Tools', '    keywords: [Docker]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(': ').slice(0, 1).concat(line.split('tech-not-in-skills: ')[1]!).join(': ')), [
      'Amazon SQS: Amazon SQS and 2 more Amazon Web Services services are named, but no skills group lists Amazon Web Services.',
      'Grafana: Grafana is named here but in no skills group.',
    ]);
    assert.equal(fixesOf(text)[0]![0], 'Add Amazon Web Services to a new skills group "Cloud"');
  });

  it('offers no product a sentence names by a former name: "TFS" in 2011 is not Azure DevOps, but "Twitter Bootstrap" is Bootstrap', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 repositories from TFS to Git.', '      - Wrote 12 Visual Studio Team Services build tasks.', 'skills:', '  - name: Tools', '    keywords: [Git]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), [], 'Visual Studio Team Services is Azure DevOps of those years');
    const renamed = resume('work:', '  - highlights:', '      - Built 12 brand sites with Twitter Bootstrap.', 'skills:', '  - name: Web', '    keywords: [CSS]');
    assert.deepEqual(check(renamed).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(' tech-not-in-skills: ')[1]), ['Bootstrap is named here but in no skills group.']);
  });

  it('offers nothing a product is only likened to ("an n8n-style builder", "a Trello clone")', () => {
    const text = resume('work:', '  - highlights:', '      - Built an n8n-style workflow builder and a Trello clone in React.', 'skills:', '  - name: Frontend', '    keywords: [Vue.js]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['React']);
  });

  it('offers nothing that only uses the author\'s work ("Used by Amazon and several other companies")', () => {
    const text = resume('work:', '  - highlights:', '      - Wrote a Go proxy that fakes network faults. Used by Amazon, Stripe and 12 other companies.', 'skills:', '  - name: Languages', '    keywords: [Go]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  // A resume that names fifteen technologies, all listed: what it says in passing is a detail of that work.
  const STACK = ['Go', 'Python', 'TypeScript', 'React', 'PostgreSQL', 'Redis', 'Apache Kafka', 'Docker', 'Kubernetes', 'Terraform', 'Prometheus', 'Grafana', 'Ansible', 'Git', 'nginx'];
  const longResume = (...highlights: string[]): string =>
    resume('work:', '  - highlights:', `      - Built the platform with ${STACK.join(', ')}.`, ...highlights.map((line) => `      - ${line}`), 'skills:', '  - name: Stack', `    keywords: [${STACK.join(', ')}]`);

  it('offers nothing a change left behind in a long resume ("from Bamboo to GitLab", "replaced New Relic", "a legacy Java/Scala platform", "an AngularJS to Svelte migration"), but what it went to', () => {
    const text = longResume(
      'Migrated 100+ build jobs from Bamboo to GitHub Actions.',
      'Replaced New Relic with Datadog dashboards.',
      'Replaced a legacy Java/Scala platform with Node.js services.',
      'Moved the API from iOS 6 to iOS 7.',
      'Owned the front end across an AngularJS to Svelte migration.',
    );
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['GitHub Actions', 'Datadog', 'Node.js', 'iOS', 'Svelte']);
  });

  it('offers what a change left behind where other work names it too, or the resume is short ("Replaced Jenkins with Buildkite")', () => {
    const named = longResume('Switched the tests from Mocha to Jest.', 'Wrote 300 Mocha and Jest tests for the billing API.');
    assert.deepEqual(check(named).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Mocha', 'Jest']);
    const short = resume('work:', '  - highlights:', '      - Replaced Jenkins with Buildkite, taking builds from 25 to 8 minutes.', 'skills:', '  - name: Languages', '    keywords: [Go]');
    assert.deepEqual(check(short).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Jenkins', 'Buildkite']);
  });

  it('offers no protocol every program speaks ("TLS", "HTTP"), even where the skills list protocols; a routing protocol stays', () => {
    const app = resume('work:', '  - highlights:', '      - Moved 40 services to mTLS and TLS 1.3 behind Envoy, and 3 sites to BGP.', 'skills:', '  - name: Ops', '    keywords: [Kubernetes]');
    assert.deepEqual(check(app).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Envoy', 'BGP']);
    const network = resume('work:', '  - highlights:', '      - Moved 40 sites to TLS 1.3 and BGP.', 'skills:', '  - name: Networking', '    keywords: [TCP/IP]');
    assert.deepEqual(check(network).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['BGP']);
  });

  it('offers no browser a product is tested on ("Chrome and Safari"), unless the skills list browsers', () => {
    const tested = (skills: string): string[] =>
      check(resume('work:', '  - highlights:', '      - Tested the checkout on Chrome, Safari and Firefox with Playwright.', 'skills:', '  - name: Web', `    keywords: [${skills}]`))
        .filter((line) => line.includes('tech-not-in-skills'))
        .map((line) => line.split(':')[0]!);
    assert.deepEqual(tested('React'), ['Playwright']);
    assert.deepEqual(tested('React, Firefox'), ['Chrome', 'Safari', 'Playwright']);
  });

  it('takes a suite as listing its parts, and a part as showing its suite ("ELK Stack" and Kibana, Sass and SCSS)', () => {
    const text = resume('work:', '  - highlights:', '      - Built 12 Kibana dashboards and 30 Azure Pipelines, styled in SCSS.', 'skills:', '  - name: Ops', '    keywords: [ELK Stack, Azure DevOps, Sass]');
    assert.deepEqual(check(text).filter((line) => /tech-not-in-skills|skill-no-evidence/.test(line)), []);
  });

  it('leaves a technology beyond the most used named once among many (a niche one anywhere, another where no group fits), and says it named twice', () => {
    const listed = '[Python, Go, TypeScript, React, PostgreSQL, Redis, Docker, Kubernetes, Terraform, Apache Kafka, AWS, Git, Java, Rust, Helm]';
    const once = resume('work:', '  - highlights:', '      - Shipped 40 services in Go, Python, TypeScript, Rust and Java on Kubernetes, Docker, Helm and Terraform, over PostgreSQL, Redis and Kafka on AWS, sending logs to Graylog and signing users in with Keycloak.', 'skills:', '  - name: Languages & Platforms', `    keywords: ${listed}`);
    assert.deepEqual(check(once).filter((line) => line.includes('tech-not-in-skills')), []);
    const twice = once.replace('Keycloak.', 'Keycloak.\n      - Moved 3 more apps to Graylog and Keycloak.');
    assert.deepEqual(check(twice).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Graylog', 'Keycloak']);
  });

  it('does not offer the employer itself ("Arista" at Arista Networks, "SAS" at SAS NV, "a stint at Heroku" in a later role), only what the author used there', () => {
    const text = resume('work:', '  - name: Arista Networks, Inc.', '    highlights:', '      - Built 12 Arista Networks switch features in C++ and Go.', '  - name: SAS NV', '    highlights:', '      - Wrote 30 SAS reports for Kubernetes capacity.', '  - name: Heroku', '  - name: Flite', '    highlights:', '      - Came back after a stint at Heroku; moved 9 apps to Arista switches.', 'skills:', '  - name: Languages', '    keywords: [C++, Go]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Kubernetes']);
    // An employer named with a technology's word is not that technology: Swift at Swift Navigation is the language.
    const swift = resume('work:', '  - name: Swift Navigation', '    highlights:', '      - Built 12 iOS apps in Swift.', 'skills:', '  - name: Languages', '    keywords: [Python]');
    assert.deepEqual(check(swift).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['iOS', 'Swift']);
  });

  it('takes a listed Angular as listing AngularJS, its first version, and not the other way round', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 AngularJS screens to React.', 'skills:', '  - name: Web', '    keywords: [Angular, React]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
    const older = resume('work:', '  - highlights:', '      - Moved 40 Angular screens to React.', 'skills:', '  - name: Web', '    keywords: [AngularJS, React]');
    assert.deepEqual(check(older).filter((line) => line.includes('tech-not-in-skills')).length, 1);
  });

  it('takes Linux as listed where the skills list a Linux distribution by its full name, and Windows beside Windows Server', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 servers to Linux.', 'skills:', '  - name: Operating Systems', '    keywords: [Red Hat Enterprise Linux]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
    const windows = resume('work:', '  - highlights:', '      - Patched 40 Windows hosts.', 'skills:', '  - name: Operating Systems', '    keywords: [Linux, Windows Server]');
    assert.deepEqual(check(windows).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('says nothing when the resume has no skills, or when the name is an ordinary word', () => {
    assert.deepEqual(check(resume('work:', '  - highlights:', '      - Wrote the parser in Rust.')), []);
    const words = resume('work:', '  - highlights:', '      - Go live in spring with a swift rollout.', 'skills:', '  - name: Tools', '    keywords: [Git]');
    assert.deepEqual(check(words).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('counts a skill listed under another of its names', () => {
    const alias = resume('work:', '  - highlights:', '      - Ran Kubernetes clusters.', 'skills:', '  - name: Cloud', '    keywords: [k8s]');
    assert.deepEqual(check(alias).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('leaves out products only mentioned: an employer\'s description, an organisation, handed-over work, another vendor\'s abbreviations', () => {
    const mentioned = resume(
      'work:',
      '  - name: F5',
      '    description: Its CNFs are critical for the transition to 5G networks.',
      '    highlights:',
      '      - Presented our findings to OpenAI\'s Red Team department.',
      '      - Developed interfaces in HTML and CSS based on Photoshop comps.',
      '      - Taught the ASM, GTM, LTM and APM classes.',
      '      - Ran the Cisco BGP routers for 200 staff.',
      'skills:',
      '  - name: Languages',
      '    keywords: [HTML, CSS]',
      '  - name: Networking',
      '    keywords: [DNS]',
    );
    // BGP is the author's; "Cisco" before it is not Cisco Discovery Protocol.
    assert.deepEqual(check(mentioned).filter((line) => line.includes('tech-not-in-skills')), ['BGP: hint tech-not-in-skills: BGP is named here but in no skills group.']);
  });

  it('reads a name in capitals among abbreviations it does not know as that name, as tech-name does ("IIS/ASP, CORBA, PERL")', () => {
    const text = resume('work:', '  - highlights:', '      - Developed the final product (IIS/ASP, CORBA, PERL, Smalltalk).', 'skills:', '  - name: Languages', '    keywords: [Smalltalk]');
    assert.deepEqual(check(text).filter((line) => line.startsWith('PERL')).map((line) => line.split(': ')[1]!.split(' ')[1]), ['tech-name', 'tech-not-in-skills']);
  });

  it('leaves out the systems a program runs on, the employer by its name (also one of several: "Datadog, Deliverr"), and web APIs integrated', () => {
    const mentioned = resume(
      'work:',
      '  - name: Fedora Project',
      '    highlights:',
      '      - Improved Fedora infrastructure services with Kotlin, for 30,000 users.',
      '  - name: Datadog, Deliverr',
      '    highlights:',
      '      - Built a tray app for Windows, macOS and Linux in Go, used by 800K devices.',
      '      - Made the installer Linux/Windows compatible.',
      '      - Integrated web API’s including Google Analytics and Twilio into the Datadog admin.',
      '  - name: Northwind',
      '    highlights:',
      '      - Moved 12 services to Datadog, halving alerts.',
      'skills:',
      '  - name: Languages',
      '    keywords: [Go]',
    );
    const several = resume('work:', '  - name: Avalara, Indix R&D', '    highlights:', '      - Trained Avalara tax models in PyTorch on 40M invoices.', 'skills:', '  - name: Languages', '    keywords: [Python]');
    assert.deepEqual(check(several).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['PyTorch']);
    // In another role, the employer's name is its product again.
    assert.deepEqual(check(mentioned).filter((line) => line.includes('tech-not-in-skills')), [
      'Kotlin: information tech-not-in-skills: Kotlin is named here but in no skills group.',
      'Datadog: information tech-not-in-skills: Datadog is named here but in no skills group.',
    ]);
  });

  it('takes a listed "Shell scripting" as listing the shell it is done in (Bash)', () => {
    const text = resume('work:', '  - highlights:', '      - Wrote 40 Bash scripts that cut deploys to 5 minutes.', 'skills:', '  - name: Ops', '    keywords: [Shell scripting, Docker]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('leaves out phones\' systems listed as where an app runs ("for iOS and Android"), not the platforms\' own work ("the iOS and Android teams")', () => {
    const targets = resume('work:', '  - highlights:', '      - Shipped a photo app for iOS and Android in Flutter to 40K users.', 'skills:', '  - name: Languages', '    keywords: [Dart]');
    assert.deepEqual(check(targets).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Flutter']);
    const teams = resume('work:', '  - highlights:', '      - Managed the iOS and Android teams, 12 engineers.', 'skills:', '  - name: Languages', '    keywords: [Swift, Kotlin]');
    assert.deepEqual(check(teams).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['iOS', 'Android']);
  });

  it('leaves out an acronym the resume defines as something else, a vendor before its product, and a conference', () => {
    const other = resume(
      'basics:',
      '  summary: Speaker at SciPy India 2018 and PyCon US 2024 on testing data pipelines.',
      'work:',
      '  - highlights:',
      '      - Fed 40 clinics into the Master Patient Index (MPI) with Go, matching 2M patients.',
      '      - Reported on MPI data weekly.',
      "      - Built compliance apps on Google's App Engine for 12 banks.",
      'skills:',
      '  - name: Languages',
      '    keywords: [Go]',
    );
    assert.deepEqual(check(other).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['App Engine']);
    // Its words may be listed with commas between them: MEL here is no Maya Embedded Language.
    const listed = resume('work:', '  - position: Monitoring, Evaluation and Learning (MEL) Officer', '    highlights:', '      - Cut survey costs 30% with Go tools.', 'skills:', '  - name: Languages', '    keywords: [Go]');
    assert.deepEqual(check(listed).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('still suggests an operating system one administers or builds for alone', () => {
    const admin = resume(
      'work:',
      '  - highlights:',
      '      - Ran AIX and Linux servers for 40 clinics.',
      '      - Wrote the desktop client for macOS in Swift.',
      'skills:',
      '  - name: Languages',
      '    keywords: [Swift]',
    );
    // macOS alone goes only to a group named for operating systems (blind readers listed 1 of 11 elsewhere).
    assert.deepEqual(check(admin).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['AIX', 'Linux']);
    const systems = admin.replace('    keywords: [Swift]', '    keywords: [Swift]\n  - name: Operating Systems\n    keywords: [Solaris]');
    assert.deepEqual(check(systems).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['AIX', 'Linux', 'macOS']);
  });

  it('files a phone\'s system in a group of its own, not under "DevOps" because Fastlane is there', () => {
    const text = resume('work:', '  - highlights:', '      - Shipped 3 apps to iOS with React Native.', 'skills:', '  - name: Frontend', '    keywords: [React, React Native]', '  - name: DevOps & Practice', '    keywords: [Docker, Fastlane, Git]');
    assert.deepEqual(fixesOf(text)[0], ['Add iOS to a new skills group "Mobile"']);
  });

  it('does not add a language to a group named for another kind, nor a storage product to "Infrastructure as Code"', () => {
    const groups = resume(
      'work:',
      '  - highlights:',
      '      - Wrote the billing service in Python on NetApp storage, deployed with Ansible.',
      'skills:',
      '  - name: Front End',
      '    keywords: [HTML, CSS, JavaScript, React]',
      '  - name: Infrastructure as Code',
      '    keywords: [Argo CD, Kubernetes]',
    );
    const titles = service.codeActions(source(groups), { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }).map((action) => action.title);
    assert.ok(titles.includes('Add Python to a new skills group "Languages"'), titles.join('; '));
    assert.ok(titles.includes('Add NetApp to a new skills group "Infrastructure"'), titles.join('; '));
    assert.ok(titles.includes('Add Ansible to skills (Infrastructure as Code)'), titles.join('; '));
  });

  it('adds a framework to the group named for its language', () => {
    const ecosystem = resume(
      'work:',
      '  - highlights:',
      '      - Built web applications with AngularJS, Laravel and CodeIgniter.',
      'skills:',
      '  - name: Javascript',
      '    keywords: [React, Redux, Express, AngularJS]',
      '  - name: PHP',
      '    keywords: [Laravel]',
    );
    const titles = service.codeActions(source(ecosystem), { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } }).map((action) => action.title);
    assert.ok(titles.includes('Add CodeIgniter to skills (PHP)'), titles.join('; '));
  });
});

describe('tech-not-in-skills and skill-no-evidence: Bash and the shell', () => {
  it('takes a listed Bash for the shell, and shell scripts for Bash in use', () => {
    const text = resume('work:', '  - highlights:', '      - Cut deploys from 2 hours to 10 minutes with Shell automation.', 'skills:', '  - name: Scripting', '    keywords: [Bash, Python]');
    assert.deepEqual(check(text), ['Python: hint skill-no-evidence: No bullet, summary or project mentions Python: add one that shows it in use, or drop the keyword.']);
  });
});
