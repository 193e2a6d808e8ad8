import { strict as assert } from 'node:assert';
import { readProse } from '../../../server/src/core/technologies/prose';
import { readKeyword } from '../../../server/src/core/technologies/keywordReading';
import { techIndex } from '../../../server/src/core/technologies/vocabulary';

const index = techIndex();

/** What a keyword reads as: its canonical name and how it was written, or "unknown". */
function read(written: string): string {
  const resolution = index.resolve(written);
  return resolution ? `${resolution.tech.name} (${resolution.status})` : 'unknown';
}

/** The technologies a sentence names, as the checks see them (ordinary words left out). */
function named(sentence: string): string[] {
  return readProse(index, sentence)
    .mentions.filter((mention) => !mention.ordinary && !mention.partial)
    .map((mention) => `${mention.written} → ${mention.resolution.tech.name}`);
}

describe('technology names', () => {
  it('reads names written exactly as their projects write them as canonical', () => {
    const names = ['gRPC', 'PyTorch', 'macOS', 'iOS', 'GraphQL', 'Node.js', '.NET', 'C#', 'C++', 'Objective-C', 'Next.js', 'scikit-learn',
      'TypeScript', 'JavaScript', 'PostgreSQL', 'Kubernetes', 'nginx', 'HAProxy', 'GitHub', 'Go', 'C', 'R', 'Rust', 'Terraform'];
    assert.deepEqual(names.map(read), names.map((name) => `${name} (canonical)`));
  });

  it('reads other casing, spacing and punctuation as the same name', () => {
    assert.deepEqual(
      ['Javascript', 'typescript', 'Github', 'NodeJS', 'node.js', 'Node JS', 'Postgresql', 'POSTGRESQL', 'graphql', 'Pytorch', 'MACOS', 'ios', 'nextjs', 'SciKit-learn', 'objective c', '.net', 'c#', 'c++'].map(read),
      ['JavaScript', 'TypeScript', 'GitHub', 'Node.js', 'Node.js', 'Node.js', 'PostgreSQL', 'PostgreSQL', 'GraphQL', 'PyTorch', 'macOS', 'iOS', 'Next.js', 'scikit-learn', 'Objective-C', '.NET', 'C#', 'C++'].map((name) => `${name} (variant)`),
    );
  });

  it('reads a product with its version as styled ("XBOX 360" is Xbox 360 in capitals), and accepts the version run on ("Xbox360", "Windows10") or the name\'s own letters ("wifi")', () => {
    assert.deepEqual(['XBOX 360', 'Xbox360', 'Windows10', 'wifi', 'WiFi 6'].map(read), ['Xbox 360 (variant)', 'Xbox 360 (short)', 'Windows 10 (short)', 'Wi-Fi (short)', 'Wi-Fi 6 (short)']);
  });

  it('reads VIPER, the iOS architecture, as a practice, not the Go library Viper in capitals', () => {
    assert.equal(read('VIPER'), 'VIPER architecture (short)');
    assert.equal(read('Viper'), 'Viper (canonical)');
  });

  it('keeps C, C# and C++, and .NET and NET, apart', () => {
    assert.equal(index.resolve('C#')?.tech.name, 'C#');
    assert.equal(index.resolve('C++')?.tech.name, 'C++');
    assert.equal(index.resolve('C')?.tech.name, 'C');
    assert.equal(index.resolve('F#')?.tech.name, 'F#');
    assert.notEqual(index.resolve('NET')?.tech.name, '.NET');
  });

  it('reads abbreviations and other names as aliases of the current name', () => {
    assert.equal(read('k8s'), 'Kubernetes (alias)');
    assert.equal(read('pgsql'), 'PostgreSQL (alias)');
    assert.equal(read('Postgres'), 'PostgreSQL (short)');
    assert.equal(read('golang'), 'Go (short)');
    assert.equal(read('ArgoCD'), 'Argo CD (short)');
  });

  it('accepts a name run together before its acronym, unless readers keep its words apart ("PowerBI", "TravisCI")', () => {
    assert.equal(read('TailwindCSS'), 'Tailwind CSS (short)');
    assert.equal(read('FluxCD'), 'Flux CD (short)');
    assert.equal(read('PowerBI'), 'Power BI (variant)');
    assert.equal(read('TravisCI'), 'Travis CI (variant)');
  });

  it('accepts a generic last word in title case or generic words in lower case, and a lower-case name in capitals, its "+" too', () => {
    assert.equal(read('Django REST Framework'), 'Django REST framework (short)');
    assert.equal(read('Django Rest Framework'), 'Django REST framework (variant)');
    assert.equal(read('KDB+'), 'kdb+ (short)');
    assert.equal(read('Angular testing library'), 'Testing Library (short)');
    assert.equal(read('ELK stack'), 'ELK Stack (short)');
    assert.equal(read('Oracle database'), 'Oracle Database (short)');
    assert.equal(read('Microsoft SQL server'), 'Microsoft SQL Server (variant)');
    assert.equal(read('Azure storage'), 'Azure Storage (short)');
    assert.equal(read('aarch64'), 'ARM64 (short)');
  });

  it('accepts a concept\'s words run together in CamelCase ("OpenSource", "WebComponents"), not a standard\'s with an acronym', () => {
    assert.equal(read('OpenSource'), 'Open source (short)');
    assert.equal(read('WebComponents'), 'Web Components (short)');
    assert.equal(read('JSONSchema'), 'JSON Schema (variant)');
  });

  it('accepts the forms people write for a few names: "RMarkdown", "Render.com", "Miro.com", "microfrontends"', () => {
    assert.deepEqual(['RMarkdown', 'Render.com', 'Miro.com', 'microfrontends', 'App Gateway'].map(read), ['R Markdown (short)', 'Render (short)', 'Miro (short)', 'Micro frontends (short)', 'Azure Application Gateway (short)']);
    assert.deepEqual(named('Wrote 40 tools in Python-3'), ['Python-3 → Python']);
  });

  it('accepts a practice\'s words joined by hyphens, but not one word split ("micro-services")', () => {
    assert.equal(read('Infrastructure-as-Code'), 'Infrastructure as Code (short)');
    assert.equal(read('infrastructure-as-code'), 'Infrastructure as Code (short)');
    assert.equal(read('micro-services'), 'Microservices (variant)');
  });

  it('accepts the spellings readers accept though they differ only in case or punctuation, and no other', () => {
    assert.equal(read('CoreData'), 'Core Data (short)');
    assert.equal(read('Nest.js'), 'NestJS (short)');
    assert.equal(read('VSCode'), 'Visual Studio Code (short)');
    assert.equal(read('SAP UI5'), 'SAPUI5 (short)');
    assert.equal(read('ERC721'), 'ERC-721 (short)');
    // Readers of two to four resumes each let these pass, and flagged none.
    assert.equal(read('Bloc'), 'BLoC (short)');
    assert.equal(read('Kafka streams'), 'Kafka Streams (short)');
    assert.equal(read('knockout.js'), 'Knockout (short)');
    assert.equal(read('Cucumber BDD'), 'Cucumber (short)');
    assert.equal(read('lodash'), 'Lodash (short)');
    assert.equal(read('AlpineJS'), 'Alpine.js (short)');
    assert.equal(read('WebEx'), 'Cisco Webex (short)');
    assert.equal(read('CI-CD'), 'CI/CD (short)');
    assert.equal(read('Progressive Web App'), 'Progressive Web Apps (short)');
    assert.equal(read('React JS'), 'React (short)');
    assert.equal(read('WiFi'), 'Wi-Fi (short)');
    assert.equal(read('Scikit-Learn'), 'scikit-learn (short)');
    // The name a project wrote for years and its readers still write ("Google Test"), its package's name ("xarray").
    assert.deepEqual(['Google Test', 'xarray'].map(read), ['GoogleTest (short)', 'Xarray (short)']);
    // An adjective in lower case before a name, a joined or hyphenated practice: blind readers of 20 resumes flagged none.
    assert.deepEqual(['embedded Linux', 'baremetal', 'mono-repo', 'server-less', 'Sber Cloud'].map(read), ['Embedded Linux (short)', 'Bare metal (short)', 'Monorepo (short)', 'Serverless (short)', 'SberCloud (short)']);
    assert.equal(read('NodeJS'), 'Node.js (variant)');
    assert.equal(read('MacOS'), 'macOS (variant)');
    // A lower-case brand capitalised reads as a name, unless its one lower-case letter is the brand.
    assert.equal(read('Webpack'), 'webpack (short)');
    assert.equal(read('PgAdmin'), 'pgAdmin (short)');
    assert.equal(read('JQuery'), 'jQuery (variant)');
    assert.equal(read('MSSQL'), 'Microsoft SQL Server (alias)');
    assert.equal(read('Golang'), 'Go (short)');
    // A package's or a command's name, capitalised or not, is shorthand to write out; a brand stays.
    assert.equal(read('sklearn'), 'scikit-learn (alias)');
    assert.equal(read('Sklearn'), 'scikit-learn (alias)');
    assert.equal(read('Postgres'), 'PostgreSQL (short)');
    assert.equal(read('Nexus'), 'Sonatype Nexus Repository (short)');
    // The ecosystem's ".js" for a name styled with "JS".
    assert.equal(read('Angular.js'), 'AngularJS (short)');
    assert.equal(read('GoLang'), 'Go (variant)');
    assert.equal(read('LUA'), 'Lua (variant)');
    assert.equal(read('GIT'), 'Git (variant)');
    assert.equal(read('VIM'), 'Vim (short)');
    assert.equal(read('CRON'), 'cron (short)');
    // Not a numeronym in capitals: n8n and k3s keep their small letters.
    assert.equal(read('N8N'), 'n8n (variant)');
    assert.equal(read('K3S'), 'k3s (variant)');
    // A wordmark in capitals and the name everyone writes; a package's own lower case; Arm's name before 2017.
    assert.equal(read('CryEngine'), 'CRYENGINE (short)');
    assert.equal(read('boto3'), 'Boto3 (short)');
    assert.equal(read('ARM Cortex-M'), 'Arm Cortex-M (short)');
    // Named as its project names itself: Knockout (knockoutjs.com), seaborn in lower case; the forms everyone writes stay.
    assert.equal(read('KnockoutJS'), 'Knockout (short)');
    assert.equal(read('Knockout.js'), 'Knockout (short)');
    assert.equal(read('Seaborn'), 'seaborn (short)');
    // A generic word after the name in lower case ("Jupyter notebooks"); the module's name and the engine's spaced name.
    assert.equal(read('Jupyter notebook'), 'Jupyter Notebook (short)');
    assert.equal(read('ActiveRecord'), 'Active Record (short)');
    assert.equal(read('Unity 3D'), 'Unity (short)');
    // A numeronym is written out ("K8S"); an acronym whose "2" is "to" is the name its makers write ("A2A").
    assert.equal(read('K8S'), 'Kubernetes (alias)');
    assert.equal(read('A2A'), 'Agent2Agent Protocol (short)');
    // "DoS" is denial of service: an acronym with its "of" in lower case is not DOS, the system in capitals.
    assert.deepEqual(['DOS', 'DoS'].map(read), ['MS-DOS (short)', 'unknown']);
    // A command or a package as typed ("awk", "zsh", "axios"), and the name Material UI had until 2021: blind readers of
    // 30 lines asked for 2.
    assert.deepEqual(['awk', 'Awk', 'shell', 'SHELL', 'zsh', 'ZSH', 'axios', 'Material-UI', 'material-ui', 'Wifi'].map(read), ['AWK (short)', 'AWK (short)', 'Shell (short)', 'Shell (short)', 'Zsh (short)', 'Zsh (short)', 'Axios (short)', 'Material UI (short)', 'Material UI (short)', 'Wi-Fi (short)']);
    // Commands in a list of tools, as typed: blind readers asked for none of 5.
    assert.deepEqual(['make', 'gcc', 'nmap'].map(read), ['Make (short)', 'GCC (short)', 'Nmap (short)']);
  });

  it('knows the names the 259th–264th sets list, and the forms readers let pass', () => {
    assert.deepEqual(['JCasC', 'FalkorDB', 'Hibernate Envers', 'Joda Time', 'JConsole', 'RESTful API Modeling Language', 'Java Management Extensions'].map(read), ['Jenkins Configuration as Code (short)', 'FalkorDB (canonical)', 'Hibernate Envers (canonical)', 'Joda-Time (variant)', 'JConsole (canonical)', 'RAML (short)', 'JMX (short)']);
    // A package's name as published, and the old run-together spelling, pass; a slip of case does not.
    assert.deepEqual(['redux-thunk', 'native-base', 'ButterKnife', 'Butterknife'].map(read), ['Redux Thunk (short)', 'NativeBase (short)', 'Butter Knife (short)', 'Butter Knife (variant)']);
    // And the 265th–270th sets': protocols a switch speaks apart from spanning tree and VLANs, products apart from their
    // makers, a short name only in capitals where the word would be read ("FIX", not "fix").
    assert.deepEqual(['RSTP', 'MSTP', '802.1Q', 'VTP', 'SailPoint IdentityIQ', 'TGW', 'Cloud WAN', 'GWLB', 'R Shiny', 'GEANT4', 'vROPS'].map(read), ['Rapid Spanning Tree Protocol (short)', 'Multiple Spanning Tree Protocol (short)', 'IEEE 802.1Q (short)', 'VLAN Trunking Protocol (short)', 'SailPoint IdentityIQ (canonical)', 'AWS Transit Gateway (short)', 'AWS Cloud WAN (short)', 'Gateway Load Balancer (short)', 'Shiny (short)', 'Geant4 (short)', 'VMware Aria Operations (short)']);
    assert.deepEqual(named('Built SBE gateways for 3 EAP clients'), ['SBE → Simple Binary Encoding', 'EAP → Extensible Authentication Protocol']);
    assert.equal(read('FIX'), 'FIX protocol (short)');
    // OSGi spelt out as its alliance wrote it, its last word in lower case.
    assert.equal(read('Open Services Gateway initiative'), 'OSGi (short)');
    // And the 271st–276th sets': microcontroller families, an RTOS spelt with a "u" for its "µ", security services by
    // their short names, and e2 studio as its users run it together.
    assert.deepEqual(['PSoC', 'RL78', 'uC/OS-II', 'Cortex XSIAM', 'ZIA', 'Exchange Online', 'Code Composer', 'e2studio', 'PIC', 'Qase', 'PHPCS'].map(read), ['PSoC (canonical)', 'RL78 (canonical)', 'µC/OS-II (short)', 'Cortex XSIAM (canonical)', 'Zscaler Internet Access (short)', 'Microsoft Exchange Online (short)', 'Code Composer Studio (short)', 'e2 studio (short)', 'PIC (canonical)', 'Qase (canonical)', 'PHP_CodeSniffer (short)']);
  });

  it('reads the 283rd–288th sets\' names: the Angular CLI (not the CDK), a carrier router by its model number in thousands, Room by its own name', () => {
    assert.deepEqual(['Angular CLI', 'ASR9K', 'ASR 9000', 'MS DPM', 'Cisco ANA', 'HPOV', 'MS Copilot', 'Android Room', 'SRTE', 'NG-mVPN'].map(read), ['Angular CLI (canonical)', 'Cisco ASR 9000 (short)', 'Cisco ASR 9000 (short)', 'System Center Data Protection Manager (short)', 'Cisco Active Network Abstraction (short)', 'HP OpenView (short)', 'Microsoft Copilot (short)', 'Room (short)', 'SR-TE (short)', 'NG-MVPN (short)']);
    // Spellings readers let pass: a gem by its class name, the framework by its maker's capitals, a backup vendor's logo,
    // a protocol written in lower case.
    assert.deepEqual(['FactoryBot', 'ZURB Foundation', 'Dagger-Hilt', 'Websockets', 'Websocket', 'VEEAM', 'ethernet', 'multicloud'].map(read).map((line) => line.endsWith('(short)')), [true, true, true, true, true, true, true, true]);
    assert.equal(read('TimeCop'), 'Timecop (variant)');
  });

  it('reads the 289th-294th sets\' names: PostgreSQL\'s tools, Spring\'s parts, Microsoft\'s identity services, and names as their projects now write them (Carbon Black, buddybuild, Stylelint)', () => {
    assert.deepEqual(['pgRepack', 'pgBench', 'Pgpool', 'flywayDB', 'FlywayDB', 'Spring Core', 'SpringBootTest', 'Confluent Kafka', 'AD Connect', 'Azure PIM', 'MS Server', 'Oracle AQ', 'VMware Carbon Black', 'Buddybuild', 'stylelint', 'BOXI'].map(read), ['pg_repack (variant)', 'pgbench (variant)', 'Pgpool-II (short)', 'Flyway (variant)', 'Flyway (short)', 'Spring (short)', 'Spring Boot Test (short)', 'Confluent Platform (short)', 'Microsoft Entra Connect (short)', 'Microsoft Entra Privileged Identity Management (short)', 'Windows Server (short)', 'Oracle Advanced Queuing (short)', 'Carbon Black (short)', 'buddybuild (short)', 'Stylelint (short)', 'SAP BusinessObjects (short)']);
    // A standard before the messages written in it.
    assert.equal(readKeyword(index, 'ISO20022 Messages (pacs.008, camt.056)')?.tech.name, 'ISO 20022');
    // Something as a service is no slip from a name ("EMaaS" is not Emacs).
    assert.deepEqual(named('Ran the EMaaS platform for 40 teams'), []);
  });

  it('accepts acronyms in capitals and names without their vendor, written exactly', () => {
    assert.equal(read('Kafka'), 'Apache Kafka (short)');
    assert.equal(read('S3'), 'Amazon S3 (short)');
  });

  it('does not read a short acronym in capitals as a differently styled name ("SOC" is not SoC)', () => {
    assert.equal(read('SOC'), 'unknown');
    // NVIDIA's RTX is not mise's name of 2023, nor a team's "AI Platform" Google's former Vertex AI.
    assert.equal(read('RTX'), 'unknown');
    assert.equal(read('AI Platform'), 'unknown');
    assert.equal(read('Google Cloud AI Platform'), 'Vertex AI (former)');
  });

  it('reads a JavaScript name listed without the ".js" its project writes ("Ember", "Backbone", "Next"), not a lower-case word', () => {
    const listed = (keyword: string): string => readKeyword(index, keyword)?.tech.name ?? 'unknown';
    assert.deepEqual(['Ember', 'Backbone', 'Next', 'next'].map(listed), ['Ember.js', 'Backbone.js', 'Next.js', 'unknown']);
  });

  it('reads a keyword with an LTS version, a kind or a practice after it, or a plural name in the singular', () => {
    const listed = (keyword: string): string => {
      const resolution = readKeyword(index, keyword);
      return resolution ? `${resolution.tech.name} (${resolution.status})` : 'unknown';
    };
    assert.deepEqual(['Ubuntu 18.04 LTS', 'Bash Shell', 'Fastly CDN'].map(listed), ['Ubuntu (canonical)', 'Bash (short)', 'Fastly (short)']);
    // "Windows Form" is Windows Forms misspelt; "Design Pattern", a concept, is fine either way.
    assert.deepEqual(['Windows Form', 'Design Pattern'].map(listed), ['Windows Forms (variant)', 'unknown']);
    // A chip family and a part number; a name and what it is deployed as.
    assert.deepEqual(['STM32G4', 'ATmega1608', 'Redis Cluster', 'Jenkins CI/CD'].map(listed), ['STM32 (short)', 'ATmega (short)', 'Redis (short)', 'Jenkins (short)']);
    // A name and the practice it serves after a slash; two names joined by one are two.
    assert.deepEqual(['Docker / Containerization', 'Swagger / OpenAPI', 'gtest/gmock'].map(listed), ['Docker (canonical)', 'unknown', 'unknown']);
    // Not an acronym's plural before the practice: "SOPs" are procedures, not SOPS.
    assert.equal(listed('SOPs & knowledge base'), 'unknown');
    // How much, before the name: "a bit of DirectX 11" is DirectX; "Some Experience" names nothing.
    assert.deepEqual(['a bit of DirectX 11', 'familiar with Rust', 'Some Experience'].map(listed), ['DirectX (canonical)', 'Rust (canonical)', 'unknown']);
    // A dimension after a name is no numeronym: "Unity3D" is accepted, "k8s" is another name for Kubernetes; nor is a
    // name's own last word with a digit in it ("Log4j" for Apache Log4j).
    assert.deepEqual(['Unity3D', 'k8s', 'Log4j'].map(listed), ['Unity (short)', 'Kubernetes (alias)', 'Apache Log4j (short)']);
  });

  it('accepts an English prefix hyphenated, a concept\'s alias hyphenated, and a brand\'s own domain or casing', () => {
    assert.equal(read('multi-threading'), 'Multithreading (short)');
    assert.equal(read('micro-services'), 'Microservices (variant)');
    assert.equal(read('REST-API'), 'REST (short)');
    assert.equal(read('Cypress.io'), 'Cypress (short)');
    assert.equal(read('Fail2ban'), 'Fail2Ban (short)');
    // A package's own spelling, and a product that lives on beside its fork.
    assert.equal(read('BeautifulSoup'), 'Beautiful Soup (short)');
    assert.equal(read('Singularity'), 'Apptainer (short)');
  });

  it('reads LoRA, the fine-tuning method, apart from LoRa, the radio, by its case', () => {
    assert.equal(read('LoRA'), 'Low-Rank Adaptation (short)');
    assert.equal(read('LoRa'), 'LoRa (canonical)');
  });

  it('reads ReAct, how LLM agents are prompted, apart from React by its case, and says nothing of it in a sentence', () => {
    assert.deepEqual(['ReAct', 'React', 'REACT'].map(read), ['ReAct prompting (short)', 'React (canonical)', 'React (variant)']);
    assert.deepEqual(named('Built 3 ReAct agents over LangGraph for 2,000 analysts'), ['ReAct → ReAct prompting', 'LangGraph → LangGraph']);
  });

  it('reads two names side by side as two, not as one spelling spaced out: "C# .NET" is not "C#.NET"', () => {
    assert.equal(read('C#.NET'), 'C# (short)');
    assert.equal(read('C# .NET'), 'unknown');
    assert.equal(read('Node JS'), 'Node.js (variant)');
  });

  it('reads a lower-case name written as two words as a phrase: "Unit test" is not unittest, "Data dog" is still Datadog', () => {
    assert.equal(read('Unit test'), 'unknown');
    assert.equal(read('unittest'), 'unittest (canonical)');
    assert.equal(read('Data dog'), 'Datadog (variant)');
  });

  it('reads a spelling two products share by its exact case: "dlt" is dltHub\'s, "DLT" Delta Live Tables, "Xray" the Jira plugin', () => {
    assert.equal(read('dlt'), 'dltHub (short)');
    assert.equal(read('DLT'), 'Delta Live Tables (short)');
    assert.equal(read('Xray'), 'Xray Test Management (short)');
    assert.equal(read('X-Ray'), 'AWS X-Ray (short)');
    // Written otherwise, it names neither, and nothing is said about it.
    assert.equal(read('Dlt'), 'unknown');
  });

  it('reads a product its successor replaced as itself, not as a former name: Xamarin.Forms is not .NET MAUI', () => {
    assert.equal(read('Xamarin Forms'), 'Xamarin.Forms (variant)');
    assert.equal(read('MAUI'), '.NET MAUI (short)');
    assert.equal(read('Azure AD B2C'), 'Azure AD B2C (canonical)', 'Entra External ID is the newer product beside it');
  });

  it('reads a name the project dropped but everyone still writes as an alias, not as a former name: SaltStack is Salt', () => {
    assert.equal(read('SaltStack'), 'Salt (short)', 'readers of six resumes of six and job postings keep SaltStack');
    assert.equal(read('Saltstack'), 'Salt (variant)');
  });

  it('reads a name with a look-alike letter from another alphabet as that name, not as canonical', () => {
    assert.equal(read('J\u0430va'), 'Java (variant)');
    assert.equal(read('\u0420ython'), 'Python (variant)');
  });

  it('does not read words of other alphabets as Latin names', () => {
    assert.equal(read('\u0441\u043e'), 'unknown');
  });

  it('finds names in a sentence as whole words, multi-word names first', () => {
    assert.deepEqual(named('Moved 40 services from Docker to Kubernetes on Google Cloud, with PostgreSQL and Node.js.'), [
      'Docker → Docker',
      'Kubernetes → Kubernetes',
      'Google Cloud → Google Cloud',
      'PostgreSQL → PostgreSQL',
      'Node.js → Node.js',
    ]);
  });

  it('never reads ordinary English words in lower case as technologies', () => {
    const sentences = [
      'I go to work and make things happen, swift and sure.',
      'We had to express the spring release plan, rust-proof the old chef and puppet shows.',
      'A pinch of salt on the ember, a flask of water, an ant on the table.',
      'Go-to-market plans; make-or-buy decisions.',
      'Learned to cook in the evenings, when the workday ended.',
      'Analysed the broadening of spectral lines in the Orion Nebula.',
      'Shipped the customer printables in weekly batches.',
      'Wrote the artist bios and the press kit for 12 tours.',
      'Built the app the forklift drivers scan pallets with.',
      'Mejoré el rendimiento con una caché distribuida.',
    ];
    for (const sentence of sentences) assert.deepEqual(named(sentence), [], sentence);
  });

  it('reads each item of a stack listed in parentheses as a name, a dictionary word too ("(python, flask, go)")', () => {
    assert.deepEqual(named('Led the CRM (python, flask, postgres, go)'), ['python → Python', 'flask → Flask', 'postgres → PostgreSQL', 'go → Go']);
    assert.deepEqual(named('Shipped the app (on time, in budget, with care)'), []);
    assert.deepEqual(named('Sorted the mail (flask, go, make)'), [], 'no item is a name only');
  });

  it('reads a capitalised ordinary word only in the middle of a sentence, not opening one or in a headline', () => {
    assert.deepEqual(named('Make sure. Spring came early.'), []);
    assert.deepEqual(named('Led Migration To Go And Rust'), []);
    assert.deepEqual(named('Rewrote the billing service in Go and Rust.'), ['Go → Go', 'Rust → Rust']);
    assert.deepEqual(named('Launched the app in Spring 2023, on time.'), []);
  });

  it('never reads a single letter in prose, nor a short name inside a longer word', () => {
    assert.deepEqual(named('Plan C worked; R&D grew; C-level staff; a Grade A result.'), []);
    assert.deepEqual(named('Gophers, Makeshift, Antwerp, Carbonate, Recruited, Cobalt'), []);
  });

  it('reads C++, C# and .NET with their symbols, at the end of a sentence too', () => {
    assert.deepEqual(named('Ported C++ code to C#. Then to .NET.'), ['C++ → C++', 'C# → C#', '.NET → .NET']);
  });

  it('skips web and email addresses', () => {
    assert.deepEqual(named('See https://github.com/ada/nodejs or mail ada@postgres.dev'), []);
  });

  it('reads names joined by a slash, and possessives', () => {
    assert.deepEqual(named("Built it with React/TypeScript on Kubernetes's API."), ['React → React', 'TypeScript → TypeScript', 'Kubernetes → Kubernetes']);
  });
});
