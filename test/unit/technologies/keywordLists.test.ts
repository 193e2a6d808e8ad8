// A keyword that lists several names, or one name with a note: each name is read, and fixed, at its own place.
import { strict as assert } from 'node:assert';
import { applyFix, check, resume } from './ruleHelpers';

describe('keywords that list several names', () => {
  const text = resume(
    'work:',
    '  - highlights:',
    '      - Served 2M requests a day from Express on AWS Lambda.',
    'skills:',
    '  - name: Backend',
    '    keywords:',
    '      - SQL (MS SQL Server, Postgres)',
    '      - AWS (Lambda, ElasticBeanstalk, Cloudformation, RDS, etc)',
    '      - Postgresql (Aurora)',
    '      - Node.js (Express)',
    '      - Kotlin Multiplatform Mobile(KMM)',
  );

  it('reports each misspelt name at its own place, and a name with itself in parentheses as one', () => {
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['ElasticBeanstalk', 'Cloudformation', 'Postgresql', 'Kotlin Multiplatform Mobile(KMM)']);
    assert.equal(applyFix(text, 'Change to PostgreSQL'), text.replace('Postgresql (Aurora)', 'PostgreSQL (Aurora)'));
    assert.equal(applyFix(text, 'Change to Kotlin Multiplatform'), text.replace('Kotlin Multiplatform Mobile(KMM)', 'Kotlin Multiplatform'));
    // Both former names, said once: the fix writes the name once.
    const former = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Java', '    keywords:', '      - J2EE (Java Enterprise Edition)');
    assert.deepEqual(check(former).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"J2EE (Java Enterprise Edition)" is now called Jakarta EE.']);
    assert.equal(applyFix(former, 'Change to Jakarta EE'), former.replace('J2EE (Java Enterprise Edition)', 'Jakarta EE'));
  });

  it('fixes the tool in a practice\'s parentheses where it is written, keeping the practice ("State machine (xState)"), and reads "(Basic)" as how well', () => {
    const practice = resume('work:', '  - highlights:', '      - Cut costs 30% with Python jobs.', 'skills:', '  - name: Backend', '    keywords:', '      - State machine (xState)', '      - Version Control (git)', '      - Python (Basic)');
    assert.deepEqual(check(practice).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['xState', 'git']);
    assert.equal(applyFix(practice, 'Change to XState'), practice.replace('State machine (xState)', 'State machine (XState)'));
  });

  it('reads a tool before the language it was used from ("Selenium - Python", "PhantomJS - Node") as the tool', () => {
    const text = resume('work:', '  - highlights:', '      - Tested 3 sites with Selenium and PhantomJS.', 'skills:', '  - name: Testing', '    keywords: [Selenium - Python, PhantomJS - Node, Capybara - Ruby]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['Capybara - Ruby']);
  });

  it('takes an ellipsis after the last name a keyword lists as "and more" ("(RSpec, Jasmine...)"), not part of the name', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Practices', '    keywords: ["Test Driven Development (RSpec, ExUnit, Jasmine...)", "AWS (EC2, VPC…)", "Java (Spring, Hibernate, Mongodb...)"]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['Mongodb']);
  });

  it('takes a word alone in parentheses after a name as how well ("Go (medium)"), and words among names as names', () => {
    const levels = resume('work:', '  - highlights:', '      - Wrote 3 services in Go and Java with Spring.', 'skills:', '  - name: Languages', '    keywords:', '      - Go (medium)', '      - Java (spring, hibernate)');
    assert.deepEqual(check(levels).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['spring', 'hibernate']);
    // A group named for how well is not BASIC.
    const basic = resume('work:', '  - highlights:', '      - Wrote 3 services in Go.', 'skills:', '  - name: Basic', '    keywords: [Go]');
    assert.deepEqual(check(basic).filter((line) => line.includes('tech-name')), []);
  });

  it('leaves a practice as a group\'s heading as written ("Dev-Ops"), and reports it in a bullet', () => {
    const text = resume('work:', '  - highlights:', '      - Led the Dev-Ops guild of 12 engineers.', 'skills:', '  - name: Dev-Ops', '    keywords: [Terraform]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['Dev-Ops']);
  });

  it('reports a name written otherwise among several a keyword lists with commas or "&", quoted or not, but not a command as typed', () => {
    const text = resume('work:', '  - highlights:', '      - Built 3 services on Hibernate with MySQL and GitLab.', 'skills:', '  - name: Backend', '    keywords: ["Hibernate, MySql & Gitlab", "Build tools: grunt, Gulp"]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['MySql', 'Gitlab']);
    assert.equal(applyFix(text, 'Change to MySQL'), text.replace('MySql &', 'MySQL &'));
  });

  it('reads a name before a note of how well ("Mac OS X: Very good experience"), and fixes only the name', () => {
    const text = resume('work:', '  - highlights:', '      - Ported 3 apps to macOS.', 'skills:', '  - name: Systems', '    keywords: ["Mac OS X: Very good experience", "Jetpack: Navigation Paging"]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"Mac OS X" is now called macOS.']);
    assert.equal(applyFix(text, 'Change to macOS'), text.replace('Mac OS X:', 'macOS:'));
  });

  it('reads a name before how long ("SASS ~ 4 years"), before its kind ("Linux Operating System") and after a practice ("Infrastructure as Code: Terraform")', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 12 sites to Sass and Terraform on Linux.', 'skills:', '  - name: Web', '    keywords: ["SASS ~ 4 years", "React ~ 1 week", "Linux Operating System", "Infrastructure as Code: Terraform"]');
    const lines = check(text);
    assert.deepEqual(lines.filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['SASS']);
    assert.equal(applyFix(text, 'Change to Sass'), text.replace('SASS ~', 'Sass ~'));
    // React is listed, for a week, and nothing shows it; Linux and Terraform are listed and shown.
    assert.deepEqual(lines.filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(': ')[0]), ['"React ~ 1 week"']);
  });

  it('reports a former name among those a keyword lists ("Machine Learning (Core ML, TensorFlow Lite)")', () => {
    const text = resume('work:', '  - highlights:', '      - Shipped 3 models with Core ML and LiteRT.', 'skills:', '  - name: Mobile', '    keywords:', '      - Machine Learning (Core ML, TensorFlow Lite)');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"TensorFlow Lite" is now called LiteRT.']);
    assert.equal(applyFix(text, 'Change to LiteRT'), text.replace('TensorFlow Lite)', 'LiteRT)'));
  });

  it('reads names joined by a bar as names joined by a slash ("Javascript | Typescript", "Redux | Apollo")', () => {
    const bars = resume('work:', '  - highlights:', '      - Moved the shop to Apollo and TypeScript.', 'skills:', '  - name: Frontend', '    keywords: [Javascript | Typescript, Redux | Apollo]');
    assert.deepEqual(check(bars).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['Javascript', 'Typescript']);
    assert.deepEqual(check(bars).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('asks no evidence of peers joined by a slash ("HTML/CSS", "C/C++"): an area of skill', () => {
    const pairs = resume('work:', '  - highlights:', '      - Served 2M requests a day from Express.', 'skills:', '  - name: Languages', '    keywords: [HTML/CSS, C/C++, Git / Jujutsu, Haskell]');
    assert.deepEqual(check(pairs).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(': ')[0]), ['Haskell']);
  });

  it('lists what the parentheses name, and takes their use as evidence', () => {
    const findings = check(text).filter((line) => !line.includes('tech-name'));
    assert.deepEqual(findings.map((line) => line.split(': ')[0]), ['SQL (MS SQL Server, Postgres)', 'Postgresql (Aurora)', 'Kotlin Multiplatform Mobile(KMM)']);
    assert.ok(findings.every((line) => line.includes('skill-no-evidence')));
  });
});
