// A name slipped on the keyboard ("PostgresSQL", "lighgbm", "Github Actons") is named with the technology it was meant
// to be, in a keyword or a sentence; an English word, a plural, an acronym or a name of its own is not a slip.
import { strict as assert } from 'node:assert';
import { applyFix, check, resume, said } from './ruleHelpers';

/** What is said of each keyword of a skills list: the name a hint asks evidence of, or the whole line. */
const asked = (keywords: readonly string[]): string[] =>
  check(resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Tools', `    keywords: [${keywords.join(', ')}]`)).map((line) => / mentions (.+?): add one/.exec(line)?.[1] ?? line);

describe('slips of the keyboard', () => {
  it('reads "C language" as C, not as R language slipped at its first letter; and qmake as Qt writes it', () => {
    const text = resume('work:', '  - highlights:', '      - Wrote 40 BLE drivers.', 'skills:', '  - name: Embedded', '    keywords: [C language, qmake]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), []);
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['C language', 'qmake']);
  });

  it('names the technology a misspelt keyword was meant to be, and leaves other words alone', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Cloud', '    keywords: [PostgresSQL, lighgbm, Github Actons, Architecture, Design Pattern, Moshi]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), [
      '"PostgresSQL" looks like a misspelling of PostgreSQL.',
      '"lighgbm" looks like a misspelling of LightGBM.',
      '"Github Actons" looks like a misspelling of GitHub Actions.',
    ]);
    assert.equal(applyFix(text, 'Change to PostgreSQL'), text.replace('PostgresSQL', 'PostgreSQL'));
  });

  it('names a less used technology from one slip inside its name ("Alomofire", "Readmine"), not a word or a name of its own', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: iOS', '    keywords: [Alomofire, CoocoaPods, readmine, SmartKos, AST Design, Jobs System]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), [
      '"Alomofire" looks like a misspelling of Alamofire.',
      '"CoocoaPods" looks like a misspelling of CocoaPods.',
      '"readmine" looks like a misspelling of Redmine.',
    ]);
  });

  it('reads a library\'s name in capitals as that name ("GRPC", "JOOQ"), not a protocol\'s or a platform Cisco shares ("EBGP", "IOS")', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Backend', '    keywords: [GRPC, JOOQ, EBGP, IOS]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"GRPC" is written "gRPC".', '"JOOQ" is written "jOOQ".']);
  });

  it('leaves a practice\'s parts spaced instead of slashed as written ("CI CD"), in a sentence and in the skills', () => {
    const text = resume('work:', '  - highlights:', '      - Set up a CI CD process for 12 services.', 'skills:', '  - name: DevOps', '    keywords: [CI CD]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), []);
  });

  it('reads a name written apart as that name ("C Sharp" is C#), and two names joined as two ("Docker + Compose")', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Languages', '    keywords: [C Sharp, F Sharp, Docker + Compose]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"C Sharp" is written "C#".', '"F Sharp" is written "F#".']);
  });

  it('offers to list the name a slip in a sentence was meant to be, as its fix would write it ("SonarCube\'s metrics")', () => {
    const text = resume('work:', '  - highlights:', '      - Introduced SonarCube\'s complexity metrics to 12 teams.', 'skills:', '  - name: Tools', '    keywords: [Git]');
    assert.deepEqual(check(text).filter((line) => !line.includes('skill-no-evidence')).map((line) => line.split(' ').slice(1).join(' ')), [
      'information tech-name: "SonarCube" looks like a misspelling of SonarQube.',
      'hint tech-not-in-skills: SonarQube is named here but in no skills group.',
    ]);
  });

  it('names a slip in a quoted keyword and fixes it inside the quotes, and takes an acronym as its own ("SCADA" is no Scala)', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Others', '    keywords: ["PostgresSql", "SCADA", SCADA]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"PostgresSql" looks like a misspelling of PostgreSQL.']);
    assert.equal(applyFix(text, 'Change to PostgreSQL'), text.replace('"PostgresSql"', '"PostgreSQL"'));
  });

  it('names a slip in a sentence when the word has the name\'s capitals ("PostgresSQL", "MongodDB"), not another name ("JupyterHub") or a word', () => {
    const text = resume('work:', '  - highlights:', '      - Upgraded the Aurora PostgresSQL cluster and MongodDB behind JupyterHub for Lamba and foundational work.', 'skills:', '  - name: Data', '    keywords: [PostgreSQL, MongoDB, JupyterHub]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), [
      '"PostgresSQL" looks like a misspelling of PostgreSQL.',
      '"MongodDB" looks like a misspelling of MongoDB.',
    ]);
    assert.equal(applyFix(text, 'Change to MongoDB'), text.replace('MongodDB behind', 'MongoDB behind'));
    const listed = resume('work:', '  - highlights:', '      - Upgraded the PostgreSQL cluster for 40% faster reads.', 'skills:', '  - name: Data', '    keywords: [PostgresSQL]');
    assert.deepEqual(check(listed).filter((line) => line.includes('tech-not-in-skills')), [], 'a misspelt keyword lists the name it was meant to be');
  });

  it('names a slip in a capitalised word of a sentence from a well-used name with its first letter ("Kuberentes", "Boostrap"), not a word, a name or a longer word', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 170 apps to Kuberentes and rebuilt the site in Boostrap.', 'skills:', '  - name: Platform', '    keywords: [Kubernetes, Bootstrap]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), [
      '"Kuberentes" looks like a misspelling of Kubernetes.',
      '"Boostrap" looks like a misspelling of Bootstrap.',
    ]);
    assert.equal(applyFix(text, 'Change to Kubernetes'), text.replace('Kuberentes', 'Kubernetes'));
    const words = resume('work:', '  - highlights:', '      - Reviews of 40 Finatra services on Jupiter and Algorithmes for Kubernetes.', 'skills:', '  - name: Platform', '    keywords: [Kubernetes, Finatra]');
    assert.deepEqual(check(words).filter((line) => line.includes('tech-')), []);
    // Four hundred capitalised words before it (each opening a sentence) spend none of the guesses a slip needs.
    const opening = Array.from({ length: 400 }, (_, i) => `Delivered${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))} work.`).join(' ');
    const long = resume('work:', '  - highlights:', `      - ${opening} Moved 170 apps to Kuberentes.`, 'skills:', '  - name: Platform', '    keywords: [Kubernetes]');
    assert.deepEqual(check(long).filter((line) => line.includes('tech-name')).map((line) => line.split(':')[0]), ['Kuberentes']);
  });

  it('takes a word styled with a small letter before a capital as a product of its own ("eLink" is no Flink, "iBoss" no JBoss)', () => {
    const text = resume('work:', '  - highlights:', '      - Integrated eLink and iBoss with 12 hospital systems.', 'skills:', '  - name: Platform', '    keywords: [Kubernetes]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-')), []);
  });

  it('takes words joined in CamelCase with more capitals than the name has as words, not a slip ("PreStop" hook, no Presto)', () => {
    const text = resume('work:', '  - highlights:', '      - Cut deploy downtime to zero with a PreStop hook on 40 Kubernetes services.', 'skills:', '  - name: Platform', '    keywords: [Kubernetes]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-')), []);
  });

  it('takes a name misspelt in a bullet as evidence of the skill, so the keyword\'s fix leaves nothing to report', () => {
    const text = resume('work:', '  - highlights:', '      - Upgraded the Aurora PostgresSQL cluster from 10 to 14.', 'skills:', '  - name: Data', '    keywords:', '      - PostgresSQL');
    const fixed = applyFix(text, 'Change to PostgreSQL');
    assert.deepEqual(check(fixed).filter((line) => line.includes('skill-no-evidence')), []);
  });

  it('takes a name slipped at its end in a bullet ("Memcache" for Memcached) as evidence too, but not an English word ("container" for containerd)', () => {
    const text = resume('work:', '  - highlights:', '      - Cached sessions in Memcache and ran each service in a container.', 'skills:', '  - name: Data', '    keywords:', '      - Memcache', '      - containerd');
    const fixed = applyFix(text, 'Change to Memcached');
    assert.deepEqual(check(fixed).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(': ')[0]), ['containerd']);
  });

  it('takes a name without its version ("Visual Basic") or a part ("Foundation", not FoundationDB), or a word ("Compose", not Composer), for itself, not a slip', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Languages', '    keywords: [Visual Basic, Foundation, Styled Components, Compose]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), []);
  });

  it('takes a name joined to its number ("Vue3", "Route53") or in the capitals its owner writes ("UNIX") as written well, and a word that names another product as no slip', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Tools', '    keywords: [Vue3, Vue 2, Route53, UNIX, PCI-DSS, IntelliJ Rider, Github Actons]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), [
      '"Github Actons" looks like a misspelling of GitHub Actions.',
    ]);
  });

  it('reads a name with several versions ("Swift 3/4", "Java 8 to 21+", "Oracle 9i/10g/11g") or its kind ("Caddy Server") as that name, written well', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 12 Swift apps and the Java 8 services behind Caddy to Oracle.', 'skills:', '  - name: Tools', '    keywords: [Swift 3/4, Java 8 to 21+, Oracle 9i/10g/11g, JavaScript ES6/7, Caddy Server]');
    assert.deepEqual(check(text).filter((line) => !line.includes('bullet-')), ['JavaScript ES6/7: hint skill-no-evidence: No bullet, summary or project mentions JavaScript: add one that shows it in use, or drop the keyword.']);
  });

  it('reads the name in a keyword that says what it was used for or what it served ("ARKit for iOS", "Unix Administration", "Istio Mesh")', () => {
    assert.deepEqual(asked(['ARKit for iOS', 'C++ for Embedded Software', 'Rspec for Ruby on Rails', 'AWS Services', 'Unix Administration', 'Linux Kernel Programming', 'Istio Mesh']), ['ARKit', 'C++', 'Rspec: information tech-name: "Rspec" is written "RSpec".', 'RSpec', 'Amazon Web Services', 'Unix', 'Linux kernel', 'Istio']);
  });

  it('reads the name in a keyword for a range of models, a plural in "-ies", a note in parentheses or a one-letter language ("Cisco Catalyst 9000 series", "Azure Policies", "Bootstrap 4 (alpha)", "R Programming")', () => {
    assert.deepEqual(asked(['Cisco Catalyst 9000 series', 'Azure Policies', 'Linux Server Management', 'Bootstrap 4 (alpha)', 'R Programming']), ['Cisco Catalyst', 'Azure Policy', 'Linux', 'Bootstrap', 'R']);
  });

  it('reads a distribution and its system, a name and its field after a slash, a two-letter name with its versions, and a version "and later" ("Debian Linux", "ReactJS / Frontend", "Qt 5/6", "JavaScript ES6+")', () => {
    // "EFK Stack" may be a name the vocabulary does not know: "ELK/EFK Stack" names two things, neither asked for.
    assert.deepEqual(asked(['Debian Linux', 'ReactJS / Frontend', 'WordPress/CMS', 'HTML/Web Development', 'Qt 5/6', 'JavaScript ES6+', 'ELK/EFK Stack']), ['Debian', 'React', 'WordPress', 'HTML', 'Qt', 'JavaScript']);
  });

  it('reads a name and its layer or store, a version written "5.X" or "and later", and a plural with a capital inside ("Vue.js Frontend", "PHP 5.X", "ES6+", "XCTests")', () => {
    assert.deepEqual(asked(['Vue.js Frontend', 'SQLite Database', 'Golang Backend', 'PHP 5.X', 'ES6+', 'Windows XP+', 'XCTests']), ['Vue.js', 'SQLite', 'Go', 'PHP', 'JavaScript', 'Windows XP', 'XCTest']);
  });

  it('reads the longest name before what the work is or what it is ("SQL Server Administrator" is SQL Server, not SQL; "Cursor IDE", "Slack Bots")', () => {
    assert.deepEqual(asked(['SQL Server Administrator', 'SharePoint Administrator', 'Windows Server Administration', 'Bash Shell Scripting', 'Cursor IDE', 'Slack Bots']), ['Microsoft SQL Server', 'SharePoint', 'Windows Server', 'Bash', 'Cursor', 'Slack']);
  });

  it('reads a name, then how well after a dash ("Drupal 6/7 - strong", "Kotlin-Beginner"), its kind in capitals ("Swift Programming Language") and a framework after its language ("Java Spring Boot"), not the hyphen inside "react-native"', () => {
    assert.deepEqual(asked(['Drupal 6/7 - strong', 'PHP (procedural) - learning', 'Kotlin-Beginner', 'Swift Programming Language', 'Java Spring Boot']), ['Drupal', 'PHP', 'Kotlin', 'Swift', 'Spring Boot']);
    assert.deepEqual(asked(['react-native']), ['react-native: information tech-name: "react-native" is written "React Native".', 'React Native']);
  });

  it('reads a company and its product in parentheses ("Google (GCP)"), an architecture\'s assembly ("MIPS Assembly"), a tool after its vendor ("MS Visual Studio Code") and "Docker Products"', () => {
    assert.deepEqual(asked(['Google (GCP)', 'MIPS Assembly', 'MS Visual Studio Code', 'Docker Products']), ['Google Cloud', 'Assembly', 'Visual Studio Code', 'Docker']);
    // Not a language: "Oracle SQL" is Oracle's dialect, and asks nothing as SQL would.
    assert.deepEqual(asked(['Oracle SQL']), []);
  });

  it('reads a name and one word for the work it did after a slash ("Windows PowerShell/Scripting"), not a second name ending so ("Cloudformation/Sparkleformation")', () => {
    assert.deepEqual(asked(['Windows PowerShell/Scripting', 'Handlebars/Templating']), ['PowerShell', 'Handlebars']);
    assert.deepEqual(asked(['Cloudformation/Sparkleformation']), ['Cloudformation: information tech-name: "Cloudformation" is written "CloudFormation".']);
  });

  it('reads a one-letter language with its words in full ("C Programming Language"), a model by what it is ("Claude LLM", "Hugging Face LLMs"), and a name and its kind across a spaced slash ("Bash / Shell", "SSL / TLS") without a word on the spacing', () => {
    assert.deepEqual(asked(['C Programming Language', 'Claude LLM', 'Hugging Face LLMs']), ['C', 'Claude', 'Hugging Face']);
    assert.deepEqual(asked(['Bash / Shell', 'SSL / TLS', 'PL / SQL']), ['Bash', 'PL/SQL']);
    assert.deepEqual(asked(['Shell/Bash', 'TLS/SSL']), ['Bash']);
  });

  it('reads a short name after its vendor ("Microsoft SCOM"), a model\'s family and size ("Qwen2.5-7B"), a model number apart ("Solarflare X3"), a cloud\'s networking ("AWS Networking"), a vendor\'s name with its version ("MS Visio 2010"), a note in square brackets and a mark before the name', () => {
    assert.deepEqual(asked(['Microsoft SCOM', 'Microsoft SSIS', 'Qwen2.5-7B', 'Solarflare X3', 'AWS Networking', 'Azure Infrastructure', 'MS Visio 2010', '♥️ Neovim']), ['System Center Operations Manager', 'SQL Server Integration Services', 'Qwen', 'Solarflare', 'Amazon Web Services', 'Microsoft Azure', 'Microsoft Visio', 'Neovim']);
    const bracketed = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Tools', '    keywords:', '      - Wireshark [Dissector]');
    assert.deepEqual(check(bracketed).map((line) => / mentions (.+?): add one/.exec(line)?.[1] ?? line), ['Wireshark']);
    // Not the wildcard of "*nix", nor a list in brackets.
    assert.deepEqual(asked(['*nix', 'Windows Mobile [CE/5/6, XPe]']), []);
  });

  it('reads a product before its maker ("Umbrella (Cisco)"), the name before what of it was used ("Flask, including flask blueprints"), before a theme or a schematic ("WordPress Theme Development", "Altium Schematic Entry"), before the language it was programmed in ("MSP430 series development in C") and a two-letter language by its work ("Go Development")', () => {
    assert.deepEqual(asked(['Flask, including flask blueprints', 'WordPress Theme Development', 'Altium Schematic Entry', 'MSP430 series development in C', 'Go Development']), ['Flask', 'WordPress', 'Altium Designer', 'MSP430', 'Go']);
    // A kind after "&" ("Golang & Frameworks"), an operating system's or a runtime's word ("Linux OS", "Objective-C
    // Runtime"), a language on a platform in parentheses ("Move (Sui)"); not a distribution in them ("Linux (Ubuntu)"),
    // nor another vendor's product ("SAP DMS" is no AWS DMS).
    assert.deepEqual(asked(['Golang & Frameworks', 'Linux OS', 'Objective-C Runtime', 'Move (Sui)', 'Linux (Ubuntu)', 'SAP DMS']), ['Go', 'Linux', 'Objective-C', 'Sui Move', 'Linux']);
    const umbrella = resume('work:', '  - highlights:', '      - Rolled out Cisco Umbrella to 3,000 laptops.', 'skills:', '  - name: Security', '    keywords: [Umbrella (Cisco)]');
    assert.deepEqual(check(umbrella), []);
  });

  it('reads the 289th-294th sets\' keywords: the name before its containers, migration, permissions or EDR, a release after its version ("Oracle 10g R2"), an engine\'s dimensions ("Unity 2D/3D"), how much is known of it ("Basic knowledge of Go") and a two-letter name as its project writes it ("Nx Monorepos")', () => {
    assert.deepEqual(asked(['Docker Containers', 'O365 Migration', 'NTFS Permissions', 'Carbon Black EDR', 'Windows Server 2008 R2', 'Unity 2D/3D', 'Basic knowledge of Go', 'Nx Monorepos']), ['Docker', 'Microsoft 365', 'NTFS', 'Carbon Black', 'Windows Server', 'Unity', 'Go', 'Nx']);
    // Not one letter before a word ("C family"): a family of languages, asked about as nothing.
    assert.deepEqual(asked(['C family']).filter((line) => !line.startsWith('"C family"')), []);
  });

  it('reads the 295th-300th sets\' keywords: the name before an integration, a stack, its packaging, repositories, wiki or extensions, a note inside the keyword ("Bash (Unix) Scripting"), a field\'s abbreviation before its tool ("HPC (SLURM)") and a learner of it', () => {
    assert.deepEqual(asked(['Google Maps Integration', 'Bluetooth Stack', 'NuGet Packaging', 'GitHub Repositories', 'Python Programming Fundamentals', 'Bash (Unix) Scripting', 'Expo(Managed/Bare) Development', 'HPC (SLURM)', 'an active learner of Rust']), ['Google Maps', 'Bluetooth', 'NuGet', 'GitHub', 'Python', 'Bash', 'Expo', 'Slurm', 'Rust']);
    // Not a phrase that begins with an abbreviation ("API Testing (Postman)"): readers take it for two things.
    assert.deepEqual(asked(['API Testing (Postman)']), []);
  });

  it('reads the 301st-306th sets\' keywords: the name before a bucket, virtualization, filesystem, VPN, storage, SDN, partnership or DNN module, and before a PCB design', () => {
    assert.deepEqual(asked(['AWS S3 Bucket', 'KVM Virtualization', 'Linux Filesystem', 'WireGuard VPN', 'ZFS Storage', 'UniFi SDN', 'Shopify Partner', 'OpenCV DNN', 'KiCad PCB design']), ['Amazon S3', 'KVM', 'Linux', 'WireGuard', 'ZFS', 'Ubiquiti UniFi', 'Shopify', 'OpenCV', 'KiCad']);
  });

  it('reads the 307th-312th sets\' keywords: the name before its devices, FPGA, SoC or proxy, and a version written "ver."', () => {
    assert.deepEqual(asked(['Zynq UltraScale+ MPSoC FPGA', 'Android Devices', 'Cisco Umbrella Proxy', 'ArcGIS ver. 10']), ['Zynq UltraScale+', 'Android', 'Cisco Umbrella', 'ArcGIS']);
  });

  it('reads how much before the name and the word for it after ("Some docker experience"), and work done with a tool ("Application deployment using Pyinstaller"), judging and fixing the name where it is written', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Tools', '    keywords: [Some docker experience, Application deployment using Pyinstaller, Some FIGMA]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), [
      'docker: information tech-name: "docker" is written "Docker".',
      'Pyinstaller: information tech-name: "Pyinstaller" is written "PyInstaller".',
      'FIGMA: information tech-name: "FIGMA" is written "Figma".',
    ]);
    assert.equal(applyFix(text, 'Change to Docker'), text.replace('Some docker', 'Some Docker'));
    // Not a list that starts with how well it is known.
    assert.deepEqual(asked(['Familiar with Git for code versioning and DVC (Data Version Control) for efficient data management']).filter((line) => !line.includes('Familiar with')), []);
  });

  it('reads the words of a trade in lower case as the words ("core data center", "laminar flow", "a deployer"), and the names as their projects let them be written ("rust-lang", "PHP CodeSniffer")', () => {
    assert.deepEqual(said('Modernized the core data center and cut laminar flow losses 20% with a deployer for 3 sites'), []);
    assert.deepEqual(said('Contributed 40 patches to rust-lang and wired PHP CodeSniffer into CI').filter((line) => line.includes('tech-name')), []);
  });

  it('reads the Compact Muon Solenoid\'s magnet as the word, not Selenoid slipped', () => {
    assert.deepEqual(said('Calibrated the Compact Muon Solenoid trigger for 3 runs'), []);
  });

  it('judges, and fixes, a name written otherwise where it is written after a label ("Code management - Github")', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Tools', '    keywords: [Code management - Github]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), ['Github: information tech-name: "Github" is written "GitHub".']);
    assert.equal(applyFix(text, 'Change to GitHub'), text.replace('- Github', '- GitHub'));
  });

  it('reads the name before up to three words of what it is ("Webkit browsers", "GCC Toolchains", "Kafka event-driven architectures"), not a phrase or two names', () => {
    const keywords = ['Webkit browsers', 'GCC Toolchains', 'Kafka event-driven architectures', 'Flutter cross-platform SDK', 'Claude and coding agents', 'Basic test equipment', 'Junit karma jasmine'];
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Tools', `    keywords: [${keywords.join(', ')}]`);
    const said = check(text).map((line) => / mentions (.+?): add one/.exec(line)?.[1] ?? line.split(' tech-name: ')[1] ?? line);
    assert.deepEqual(said, ['"Webkit" is written "WebKit".', 'WebKit', 'GCC', 'Apache Kafka', 'Flutter']);
  });

  it('reads a keyword with a list\'s full stop after it ("Scrum.", "Kotlin.") as its name, written well', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Tools', '    keywords: [Scrum., Kotlin.]');
    assert.deepEqual(check(text).map((line) => / mentions (.+?): add one/.exec(line)?.[1] ?? line), ['Kotlin']);
    // Short capitals read as no name alone are none with a full stop ("JS."); a stop after parentheses is no name of the
    // vendor's ("Azure(SQL db).").
    const more = resume('work:', '  - highlights:', '      - Cut Azure costs 30%.', 'skills:', '  - name: Tools', '    keywords: [JS., Azure(SQL db).]');
    assert.deepEqual(check(more), []);
  });

  it('reads the name in a keyword that says how well, with what, how many or under which two names ("advanced SQL", "observability with Grafana", "Contract Testing (Pact)", "AWS Lambdas")', () => {
    assert.deepEqual(asked(['advanced SQL', 'observability with Grafana', 'Static site generation (Jekyll)', 'Message queues (RabbitMQ)', 'Contract Testing (Pact)', 'Dependency Injection (Koin)', 'AWS Lambdas', 'AWS Cloud', 'Flutter 1 & 2', '"GNU Bash; shell scripting"', 'Golang/Go', 'Jest Unit Testing', 'Temporal Workflows', 'BLoC Pattern']), ['SQL', 'Grafana', 'Jekyll', 'RabbitMQ', 'Pact', 'Koin', 'AWS Lambda', 'Amazon Web Services', 'Flutter', 'Bash', 'Go', 'Jest', 'Temporal', 'BLoC']);
    // A name written as its site's address is the name, written otherwise; a version Oracle names "23ai" is a version.
    const sites = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Data', '    keywords: [dagster.io, Oracle 23ai, PostgreSQL]');
    assert.deepEqual(check(sites).filter((line) => line.includes('tech-name')), ['dagster.io: information tech-name: "dagster.io" is written "Dagster".']);
    assert.deepEqual(check(sites).map((line) => / mentions (.+?): add one/.exec(line)?.[1]).filter(Boolean), ['Dagster', 'PostgreSQL']);
    // How well, in parentheses, is no name: "Worked with (less)" is not Less, "Accessibility (WCAG)" asks for no standard.
    const levels = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Worked with (less)', '    keywords: [Accessibility (WCAG), Bundlers, Languages (Basic)]');
    assert.deepEqual(check(levels), []);
  });

  it('takes no plural ("Controls"), English word ("State"), word as close to a less used name ("StatD": StatsD or Stata) nor product styled with a letter before a name ("iGoogle") for a slip, nor "CI / CD" for a misspelling', () => {
    const text = resume('work:', '  - highlights:', '      - Built a rival to iGoogle for 2M users.', 'skills:', '  - name: Gameplay', '    keywords:', '      - Camera, Character, Controls', '      - CI / CD', '  - name: Design Patterns', '    keywords: [State, Observer, Kuberntes, StatD]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['Kuberntes']);
  });

  it('takes a place\'s or an unknown product\'s proper name, or a term of the trade, for itself, not a slip ("Geneva" is no Geneve, "Intex" no Intel, "AuthN" no Auth0, "Sigma" no Figma)', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30% with Angular, Jest, AuthN / AuthZ.', 'skills:', '  - name: 3rd Party Systems', '    keywords: [Geneva, Intex, Calypso, Angular, Jest, Sigma]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), []);
  });

  it('takes a site\'s former name as people still name it ("Twitter"), but a product\'s as outdated', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Social', '    keywords:', '      - Twitter', '      - Twitter/Bluesky bots', '      - OS X');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(': ')[0]), ['OS X']);
  });

  it('keeps the separator the author wrote where the name has one ("TCP-IP" is written TCP/IP, not TCPIP)', () => {
    // "CI-CD" passes as readers of three resumes wrote it (names.test.ts).
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Ops', '    keywords: [TCP-IP, Co-Pilot]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"TCP-IP" is written "TCP/IP".', '"Co-Pilot" is written "Copilot".']);
  });

  it('writes the name for a lower-case alias given a capital inside ("GoLang" is written Go, not golang)', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Languages', '    keywords: [GoLang, Openshift]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"GoLang" is written "Go".', '"Openshift" is written "OpenShift".']);
    assert.equal(applyFix(text, 'Change to Go'), text.replace('GoLang', 'Go'));
  });

  it('writes the name, not its singular, for a name run together ("GithubAction" is written GitHub Actions)', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: CI/CD', '    keywords: [GithubAction]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"GithubAction" is written "GitHub Actions".']);
  });

  it('reads short capitals beside a name of their kind in one keyword as that name ("Lerna/NX": Nx, listed and written otherwise)', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 12 packages to Nx and Lerna.', 'skills:', '  - name: Tools', '    keywords: [Lerna/NX]');
    assert.deepEqual(check(text).map((line) => line.split(': ').slice(1).join(': ')), ['information tech-name: "NX" is written "Nx".']);
  });

  it('reads a well-used framework before one of its features ("Angular Signals", "React Hooks") as the framework, not a longer proper name', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 screens to Angular Signals and the admin to React Hooks.', 'skills:', '  - name: Languages', '    keywords: [TypeScript]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(': ')[0]), ['Angular', 'React']);
  });

  it('reads "android" in lower case as Android in a resume, as "python" is Python', () => {
    assert.deepEqual(said('Shipped 3 android apps to 2M users.', 'Android').map((line) => line.split(': ')[0]), ['android']);
  });

  it('reads a capitalised word for an acronym before another capitalised word as a place, not the technology ("San Francisco")', () => {
    assert.deepEqual(said('Worked from Mexico City with teams in San Francisco and Monterrey.'), []);
    assert.deepEqual(said('Moved 40 TB from the San to Amazon S3.', 'Amazon S3').map((line) => line.split(':')[0]), ['San']);
  });

  it('reads "next-gen" and "speech-to-text" as compounds, and "micro-services", "github-actions" and a language\'s "objective-c" as misspelt', () => {
    assert.deepEqual(said('Wrote objective-c code for 3 apps', 'Core Data').filter((line) => line.includes('tech-name')), ['objective-c: tech-name: "objective-c" is written "Objective-C".']);
    assert.deepEqual(said('Built a next-gen forecasting platform of micro-services with github-actions', 'GitHub Actions').map((line) => line.split(':')[0]), ['micro-services', 'github-actions']);
    assert.deepEqual(said('Added speech-to-text to the ingress-nginx kiosk', 'Kubernetes'), []);
    assert.deepEqual(said('Moved the Apollo  Federation gateway to NestJS', 'Apollo Federation', 'NestJS'), []);
  });

  it('takes no plural for a slip ("iPads" is no iPadOS), nor two slips one of them at the first letter ("Trometheis" is no Prometheus)', () => {
    assert.deepEqual(said('Shipped the app to 400 iPads and Android tablets', 'Android'), []);
    assert.deepEqual(said('Led the Trometheis co-signer migration for 12 vaults', 'Trometheis'), []);
  });

  it('takes, of two names a slip away, the one that starts as written ("Lamda": Lambda, not Ramda), and reads slips inside a list', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30%.', 'skills:', '  - name: Cloud', '    keywords:', '      - Lamda', '      - Backend - Python, Django, PostgresSQL');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), [
      '"Lamda" looks like a misspelling of AWS Lambda.',
      '"PostgresSQL" looks like a misspelling of PostgreSQL.',
    ]);
    assert.equal(applyFix(text, 'Change to PostgreSQL'), text.replace('Django, PostgresSQL', 'Django, PostgreSQL'));
  });
});
