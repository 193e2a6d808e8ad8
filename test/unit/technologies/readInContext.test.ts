// What a name means in its sentence decides what is said about it: a phrase, a common noun, a program as typed,
// a concept, the product another team built. What shows a skill in use is in evidence.test.ts.
import { strict as assert } from 'node:assert';
import { applyFix, check, resume, said, service } from './ruleHelpers';
import { source } from '../../helpers/text';

describe('names read in their sentence', () => {
  it('reads an acronym\'s plural, a "Go-Live", a company beside its own products and a "Dev" as what they are', () => {
    assert.deepEqual(said('Wrote SOPs and runbooks for 12 on-call teams'), []);
    assert.deepEqual(said('Encrypted 40 secrets files with SOPS', 'SOPS'), []);
    assert.deepEqual(said('Rehearsed 3 releases in a "Go-Live" environment'), []);
    assert.deepEqual(said('Shipped 4 apps on the Atlassian marketplace for Confluence and Jira', 'Confluence', 'Jira'), []);
    assert.deepEqual(said('Worked as the Lead Dev on 12 apps'), []);
  });

  it('reads a lower-case "v8" as a version ("Control-M v8 to v9"), "RevOps" as its own practice, "Make.com" as the platform, "mise en place" as French', () => {
    assert.deepEqual(said('Upgraded Control-M v8 to v9 for 40 jobs').map((line) => line.split(':')[0]), ['Control-M']);
    assert.deepEqual(said('Ran RevOps reporting for 12 sales teams'), []);
    assert.deepEqual(said('Automated 40 invoicing flows in Make.com').map((line) => line.split(': ').slice(1).join(': ')), ['tech-not-in-skills: Make.com is named here but in no skills group.']);
    assert.deepEqual(said('Built the glitch animation and the Microsoft Security Center rollout for 12 teams'), []);
    assert.deepEqual(said('Mise en place du pipeline; je pilote leur mise en oeuvre, avec une capa de cache pour 12 équipes'), []);
  });

  it('reads "MedTech" as an industry, "AppStore Connect" as App Store Connect run together, and writes a former name spelt otherwise as it was then ("OSX machines")', () => {
    assert.deepEqual(said('Built 12 apps for EdTech, MedTech and FinTech clients', 'Swift'), []);
    assert.deepEqual(said('Submitted 40 builds to AppStore Connect', 'App Store Connect'), ['AppStore Connect: tech-name: "AppStore Connect" is written "App Store Connect".']);
    const text = resume('work:', '  - startDate: 2009-01', '    endDate: 2012-01', '    highlights:', '      - Imaged 300 OSX machines', 'skills:', '  - name: Tools', '    keywords: [macOS]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), ['OSX: information tech-name: "OSX" is written "OS X".']);
    assert.equal(applyFix(text, 'Change to OS X'), text.replace('OSX', 'OS X'));
  });

  it('reads "ADA compliance" as the disabilities act and "a narrative FPS RPG" as a game, not Ada or IBM\'s RPG', () => {
    assert.deepEqual(said('Led UI revamps for 12 sites, ensuring ADA compliance'), []);
    assert.deepEqual(said('Shipped a narrative FPS RPG and 3 RPG games in Unity', 'Unity'), []);
    assert.deepEqual(said('Wrote 40 ADA packages and RPG programs for the AS/400', 'IBM i').map((line) => line.split(':')[0]), ['ADA', 'ADA', 'RPG']);
    // A game's entity component system is no Amazon ECS.
    assert.deepEqual(said('Wrote core game logic using ECS patterns for 3 titles', 'Unity'), []);
    assert.deepEqual(said('Moved 40 services to ECS on Fargate', 'AWS Fargate').map((line) => line.split(':')[0]), ['ECS']);
  });

  it('reads a company before the word for its database as that database ("a pair of Oracle databases"), and its work as PL/SQL\'s', () => {
    assert.deepEqual(said('Supported a pair of Oracle databases for 40 teams').map((line) => line.split(': ').slice(0, 2).join(': ')), ['Oracle: tech-not-in-skills']);
    assert.match(said('Supported a pair of Oracle databases for 40 teams')[0]!, /Oracle Database is named here/);
    assert.deepEqual(said('Supported a pair of Oracle databases for 40 teams', 'PL/SQL').filter((line) => line.includes('skill-no-evidence')), []);
  });

  it('reads "core ML techniques" and "standard ML metrics" as machine learning, a "YouTuber" as a person and "raycast" as a game technique, not Core ML, Standard ML, YouTube misspelt or Raycast', () => {
    assert.deepEqual(said('Applied core ML techniques to 40 datasets and computed standard ML metrics'), []);
    assert.deepEqual(said('Worked as a YouTuber for 3 years with 40k subscribers'), []);
    // "via raycast" in a game is the technique, not the Raycast launcher written in lower case.
    assert.deepEqual(said('Detected 6 surface types under the wheels via raycast and layer masks', 'Unity'), []);
    assert.deepEqual(said('Shipped 3 Core ML models on-device', 'Core ML'), []);
    // Two letters in title case are a symbol: "kp, Ti and Td" names no Texas Instruments.
    assert.deepEqual(said('Tuned a PID controller for 12 motors through kp, Ti and Td'), []);
  });

  it('reads "R2" after a year as a release ("Windows Server 2012 R2"), and "R2 and S3" as Cloudflare\'s storage', () => {
    assert.deepEqual(said('Configured 40 Windows Server 2012 R2 hosts'), []);
    assert.deepEqual(said('Moved 40 TB of backups to R2 and S3').map((line) => line.split(':')[0]), ['R2', 'S3']);
  });

  it('reads "a sass platform" and "SasS" as software as a service misspelt, not the stylesheets; "themes in SASS" stay Sass', () => {
    assert.deepEqual(said('Designed a sass platform for stock management with 40 customers'), []);
    assert.deepEqual(said('SasS provide post-purchase tracking for 200 shops'), []);
    assert.deepEqual(said('Styled 40 themes in SASS for the platform team'), ['SASS: tech-name: "SASS" is written "Sass".']);
  });

  it('reads a platform beside tools as the platform, not a tool named for it ("the Android app" is not Android Studio, "for Solana" not the Solana SDK)', () => {
    assert.match(said('Shipped the Android app with Gradle, Jenkins and Jira', 'Kotlin')[0]!, /^Android: .*Android is named here/);
    assert.match(said('Wrote the migration tooling in Rust and TypeScript for Solana', 'Rust', 'TypeScript')[0]!, /^Solana: .*Solana is named here/);
  });

  it('takes "droplets" and "helm charts" in lower case as what one runs, not misspelt names ("DigitalOcean droplets", "deployed to droplets")', () => {
    assert.deepEqual(said('Deployed 4 apps to DigitalOcean droplets from 30 helm charts', 'DigitalOcean', 'Helm'), []);
    assert.deepEqual(said('Deployed 4 apps to droplets', 'DigitalOcean'), []);
    // Any embedded browser view is a webview: WebView is Android's. Dataflow is a way of programming, and two words
    // joined make it ("Clinical Data Flow"), not Google's Dataflow.
    assert.deepEqual(said('Shipped a third-party app webview integration for 40K users', 'Android'), []);
    assert.deepEqual(said('Led the architecture for Clinical Data Flow, a platform of 10 source systems'), []);
  });

  it('reads a JavaScript library by its stem among web frameworks ("Django, HTMX and Alpine" is Alpine.js), and the stem beside systems as the system', () => {
    const unshown = (bullet: string): string[] =>
      check(resume('work:', '  - highlights:', `      - ${bullet}`, 'skills:', '  - name: Stack', '    keywords: [Django, htmx, Debian, Alpine.js, Alpine Linux]'))
        .filter((line) => line.includes('skill-no-evidence'))
        .map((line) => line.split(':')[0]!);
    assert.deepEqual(unshown('Built a podcast app with Django, HTMX and Alpine'), ['Debian']);
    assert.deepEqual(unshown('Shipped 40 images on Alpine and Debian for Django and htmx apps'), ['Alpine.js']);
  });

  it('reads a name before an acronym\'s plural as the name ("Airflow DAGs"), and a company before its hardware as the company', () => {
    assert.deepEqual(said('Developed Airflow DAGs and Kafka APIs for 12 teams').map((line) => line.split(':')[0]), ['Airflow', 'Kafka']);
    assert.deepEqual(said('Ran 3 Informix DBAs and 40 IBM storage devices', 'Informix'), []);
  });

  it('reads "Swift MT564 messages" as the banks\' network, and "in Swift and SwiftUI" as the language', () => {
    assert.deepEqual(said('Parsed Swift MT564 messages in full compliance with Swift ISO 20022 standards', 'ISO 20022'), []);
    assert.deepEqual(said('Wrote the iOS app in Swift and SwiftUI', 'iOS', 'SwiftUI').map((line) => line.split(':')[0]), ['Swift']);
  });

  it('takes a person named before what they are as a person ("Julia, our data lead"), not a name in a list going on', () => {
    assert.deepEqual(said('Partnered with Julia, our data lead, and Ruby, a new graduate, on 12 churn models'), []);
    assert.deepEqual(said('Built Cesium, a single platform for invoices, used by 40 contractors'), []);
    assert.deepEqual(said('Built the shop with Nuxt, the docs with Docusaurus and the API with Laravel').map((line) => line.split(':')[0]), ['Nuxt', 'Docusaurus', 'Laravel']);
  });

  it('takes a capitalised word after "X of" as a place\'s name ("University of Phoenix"), not a name styled with capitals inside ("Implementation of SiteCore")', () => {
    assert.deepEqual(said('Taught 3 courses at the University of Phoenix on 40 laptops'), []);
    assert.deepEqual(said('Implementation of SiteCore integration with 4 internal systems').map((line) => line.split(':')[0]), ['SiteCore', 'SiteCore']);
  });

  it('takes a word after a colon that opens a list as a name ("solution: React (frontend), Python"), not a sentence\'s first word', () => {
    assert.deepEqual(said('"Built a full-stack solution: React (frontend), Python (backend)"', 'Python').map((line) => line.split(':')[0]), ['React']);
    assert.deepEqual(said('"Note: Spring is our busiest season"', 'Python'), []);
  });

  it('takes dictionary words in a list of names that ends the sentence as names ("jQuery, bootstrap, HTML/CSS & grunt"), not a list of verbs or one that runs on', () => {
    assert.deepEqual(said('Built the product with jQuery, bootstrap, HTML/CSS & grunt.', 'jQuery', 'Bootstrap', 'HTML', 'CSS', 'Grunt'), ['bootstrap: tech-name: "bootstrap" is written "Bootstrap".', 'grunt: tech-name: "grunt" is written "Grunt".']);
    assert.deepEqual(said('We design, build and test the code with Python', 'Python'), []);
    assert.deepEqual(said('Worked on cloud, containers, devops and go services', 'Go', 'DevOps'), []);
  });

  it('reads a name whose last words run together in CamelCase as the name ("Spring WebFlow"), not its last word alone (Webflow)', () => {
    assert.deepEqual(said('Built 30 checkout flows in Spring WebFlow', 'Spring Web Flow'), ['Spring WebFlow: tech-name: "Spring WebFlow" is written "Spring Web Flow".']);
  });

  it('takes a plain phrase spelt apart as the phrase ("Multi Cloud Networking")', () => {
    assert.deepEqual(said('Multi Cloud Networking for banks'), []);
  });

  it('takes a lower-case word before a hyphen as the word\'s prefix ("hyper-parameter"), not "webpack-based"', () => {
    assert.deepEqual(said('Ran hyper-parameter tuning on a webpack-based build').map((line) => line.split(':')[0]), ['webpack']);
  });

  it('takes lower-case "bitcoin" and "pub-sub" as the common nouns, the capitalised names as the technologies', () => {
    assert.deepEqual(said('Developed contributions to the bitcoin core website and a JavaScript pub-sub framework', 'JavaScript'), []);
    assert.deepEqual(said('Wrote a Pub/Sub consumer in Go', 'Go').map((line) => line.split(':')[0]), ['Pub/Sub']);
    // "pub/sub" in lower case is the pattern too ("a pub/sub interface on top of nanomsg").
    assert.deepEqual(said('Used a pub/sub interface on top of nanomsg for 12 services'), []);
  });

  it('reads a skills group named "Dev" as development, not the DEV community site', () => {
    const text = resume('work:', '  - highlights:', '      - Built 12 services in TypeScript', 'skills:', '  - name: Dev', '    keywords: [TypeScript]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), []);
  });

  it('reads words in lower case as a name when one is no English word ("github actions"), not "schema registry"', () => {
    assert.deepEqual(said('Shipped it with github actions to the schema registry', 'GitHub Actions', 'Confluent Schema Registry'), ['github actions: tech-name: "github actions" is written "GitHub Actions".']);
  });

  it('reads a list of names after a label ("Tech Stack: Java 8, Spark, Hive") as names, not as Headline Case words', () => {
    assert.deepEqual(said('"Tech Stack: Java 8, Spark, Sqoop, Hive"', 'Java', 'Apache Sqoop').map((line) => line.split(':')[0]), ['Spark', 'Hive']);
    assert.deepEqual(said('Led Migration To Go And Spring'), []);
  });

  it('reads a dictionary word in lower case before what one makes with the product as the product ("helm charts", "a slack bot")', () => {
    assert.deepEqual(said('Wrote a helm chart and a slack bot for a super basic task scheduler', 'Helm', 'Slack').map((line) => line.split(':')[0]), ['helm', 'slack']);
    // A site one publishes on makes no modules: "medium" is the size here, not Medium.
    assert.deepEqual(said('Worked on professional iOS features using Swift (small to medium modules)', 'iOS', 'Swift'), []);
    // Graphics makes renders: "the render pipeline" is its own, not the Render platform's.
    assert.deepEqual(said('Adapted the render pipeline of Unreal Engine for stylized shaders', 'Unreal Engine'), []);
  });

  it('lets a program be written as it is typed ("zsh", "docker commands"), not "docker" as a product, nor Bash', () => {
    assert.deepEqual(said('Wrote deploy scripts using zsh and docker commands', 'Zsh', 'Docker'), []);
    assert.deepEqual(said('Wrote deploy scripts in bash', 'Bash'), ['bash: tech-name: "bash" is written "Bash".']);
    assert.deepEqual(said('Shipped docker containers to production', 'Docker'), ['docker: tech-name: "docker" is written "Docker".']);
  });

  it('offers no concept as a skill ("RBAC"), nor the product another team built ("for a Flutter application")', () => {
    assert.deepEqual(said('Designed REST APIs with RBAC for a Flutter activity-tracking application'), []);
    assert.deepEqual(said('Built the Flutter application for field staff').map((line) => line.split(':')[0]), ['Flutter']);
  });

  it('reads names written against Japanese or Chinese letters ("フロントをReact、バックエンドをLaravelで")', () => {
    const text = resume('work:', '  - highlights:', '      - フロントをReact、バックエンドをLaravelで実装した。', 'skills:', '  - name: Web', '    keywords: [PHP, React, Laravel, Vue.js]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Vue.js']);
  });

});

describe('names written apart, behind a vendor, in capitals or in a list of several', () => {
  it('reads a name spelt apart after its vendor\'s word as the longer name ("Azure Dev Ops" is Azure DevOps)', () => {
    assert.deepEqual(said('Ran CI/CD through Azure Dev Ops for 40 apps', 'Azure DevOps', 'CI/CD'), ['Azure Dev Ops: tech-name: "Azure Dev Ops" is written "Azure DevOps".']);
    assert.deepEqual(said('General Dev Ops work for 40 apps', 'DevOps'), ['Dev Ops: tech-name: "Dev Ops" is written "DevOps".']);
  });

  it('reads a name and the practice it serves ("Terraform & Infrastructure as Code") as the name', () => {
    const text = resume('work:', '  - highlights:', '      - Wrote Terraform modules for 14 teams.', 'skills:', '  - name: Ops', '    keywords: ["Terraform & Infrastructure as Code", "Kubernetes & container orchestration", React & Redux]');
    // Terraform is shown in use; Kubernetes is not; two names in one keyword are left as a list.
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(': ')[0]), ['"Kubernetes & container orchestration"']);
  });

  it('reads a JavaScript technology with ".js" added in a sentence ("Deno.js") as that technology, misspelt for a runtime', () => {
    assert.deepEqual(said('Built 12 Deno.js services with Hono.js', 'Deno', 'Hono'), ['Deno.js: tech-name: "Deno.js" is written "Deno".']);
    assert.deepEqual(said('Built 12 Deno.js services').map((line) => line.split(':')[0]), ['Deno.js', 'Deno.js']);
  });

  it('lets the ecosystem\'s tools pass with ".js" ("Vite.js"), and WebAssembly by the short name its makers write ("Wasm")', () => {
    assert.deepEqual(said('Moved the build to Vite.js and compiled Rust to Wasm', 'Vite', 'Rust', 'WebAssembly'), []);
  });

  it('reads a dictionary word before a version as the name ("Bootstrap 4", "Angular 10"), before a year as the word ("Spring 2023")', () => {
    assert.deepEqual(said('Built the portal in Angular 10 and Bootstrap 4', 'Angular').map((line) => line.split(':')[0]), ['Bootstrap']);
    assert.deepEqual(said('Launched the portal in Spring 2023', 'Angular'), []);
  });

  it('reads a misspelt name before words that describe another product ("Github workflows", "firebase functions") as that name misspelt, not one that makes the product\'s name once written right ("gitlab pipelines")', () => {
    assert.deepEqual(said('Moved the Github workflows and the firebase functions to one runner', 'GitHub', 'Firebase').map((line) => line.split(':')[0]), ['Github', 'firebase']);
    assert.deepEqual(said('Moved the gitlab pipelines to one runner', 'GitLab CI/CD'), []);
  });

  it('reads names joined by a plus as two names ("PHP+MySQL"), not the plus of C++', () => {
    assert.deepEqual(said('Rebuilt the PHP+MySQL admin in C++', 'C++').map((line) => line.split(':')[0]), ['PHP', 'MySQL']);
  });

  it('reads "workspaces" as a word, a chip maker as a company, and "Jetson Orin Nano" as the board, not GNU nano', () => {
    assert.deepEqual(said('Set up 12 Eclipse workspaces and ported the autopilot to a Jetson Orin Nano with Texas Instruments sensors', 'NVIDIA Jetson', 'Eclipse'), []);
  });

  it('leaves the names of a text written in capitals throughout ("SENIOR ANDROID DEVELOPER"), not a single word in capitals', () => {
    const text = resume('work:', '  - position: SENIOR ANDROID DEVELOPER', '    highlights:', '      - Shipped 12 apps.', 'skills:', '  - name: Mobile', '    keywords: [Android, HAML]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(':')[0]), ['HAML']);
  });

  it('flags a product\'s name of three letters in lower case in a sentence ("git", "aws"), not a shorter one ("js") unless the skills spell it otherwise, nor a program typed at a prompt ("ssh")', () => {
    assert.deepEqual(said('Moved 40 repos to git and 3 accounts to aws', 'Git', 'AWS'), ['git: tech-name: "git" is written "Git".', 'aws: tech-name: "aws" is written "AWS".']);
    assert.deepEqual(said('Moved 40 repos to git and 3 accounts to aws', 'Python'), [
      'git: tech-name: "git" is written "Git".',
      'git: tech-not-in-skills: Git is named here but in no skills group.',
      'aws: tech-name: "aws" is written "AWS".',
      'aws: tech-not-in-skills: Amazon Web Services is named here but in no skills group.',
    ]);
    assert.deepEqual(said('Wrote 30 js helpers and deployed them over ssh', 'Python').filter((line) => line.includes('tech-name')), []);
  });

  it('reads a short word, a colon and a word with no space as one name ("CS:GO", "re:Invent"), not Go', () => {
    assert.deepEqual(said('Detected CS:GO objects with PyTorch in Python, shown at re:Invent', 'Python').map((line) => line.split(':')[0]), ['PyTorch']);
  });

  it('reads an acronym and a word spelt apart as one name ("MS SQL", "Mongo DB", "Node JS", "Objective C"), not "Plan B"', () => {
    assert.deepEqual(said('Ran MS SQL and Mongo DB behind Node JS services', 'Microsoft SQL Server', 'MongoDB', 'Node.js').map((line) => line.split(':')[0]), ['MS SQL', 'Mongo DB', 'Node JS']);
    assert.deepEqual(said('Chose Plan B and moved the Objective C app to Swift', 'Objective-C', 'Swift').map((line) => line.split(':')[0]), ['Objective C']);
  });

  it('reads a product\'s hyphenated phrase written as a phrase as the thing it names ("Speech-to-text"), and plural nouns in lower case as nouns ("Redis keyspaces")', () => {
    assert.deepEqual(said('Built IBM Watson services (Speech-to-text, Text-to-speech) and Google Speech-to-Text', 'IBM Watson').map((line) => line.split(':')[0]), ['Speech-to-Text']);
    assert.deepEqual(said('Counted keys across Redis keyspaces and released packages using changesets through a Kinesis Data Stream', 'Redis', 'Amazon Kinesis').map((line) => line.split(':')[0]), ['Kinesis Data Stream']);
  });

  it('reads "MS SQL server" as the name misspelt, with its last word, so the fix does not write "Server server"; "MS SQL Server" as written well; "Unity engine" as Unity', () => {
    assert.deepEqual(said('Ran an MS SQL server database, MS SQL Server 2019 and the Unity engine', 'Unity', 'Microsoft SQL Server'), ['MS SQL server: tech-name: "MS SQL server" is written "MS SQL Server".']);
  });

  it('reads an English word that a name spelt apart makes when joined as the word ("adds" is no AD DS), and the name as spelt as the name', () => {
    assert.deepEqual(said('Wrote a plugin that adds save actions. Adds WebRTC to the API.', 'Kotlin'), []);
    assert.deepEqual(said('Ran AD DS for 3 sites.', 'Kotlin').map((line) => line.split(':')[0]), ['AD DS']);
  });

  it('fixes a misspelt name with the vendor written before it, not writing the vendor twice', () => {
    const text = resume('work:', '  - highlights:', '      - Fronted the audio service with AWS API-Gateway.', 'skills:', '  - name: Cloud', '    keywords: [Amazon API Gateway, AWS]');
    assert.equal(applyFix(text, 'Change to Amazon API Gateway'), text.replace('AWS API-Gateway', 'Amazon API Gateway'));
  });

  it('reads a name and a generic word in lower case as that name ("OpenTelemetry collector", "Helm charts"), not a vendor\'s product ("Google maps") or a name\'s own word ("Spring boot")', () => {
    assert.deepEqual(said('Deployed the OpenTelemetry collector and Google maps', 'OpenTelemetry', 'Google Maps'), ['Google maps: tech-name: "Google maps" is written "Google Maps".']);
    assert.deepEqual(said('Wrote Helm charts and Kotlin coroutines for a Spring boot service', 'Helm', 'Kotlin', 'Spring Boot'), ['Spring boot: tech-name: "Spring boot" is written "Spring Boot".']);
    // A phrase in lower case with a function word in it is English: "the graph" is not The Graph.
    assert.deepEqual(said('Indexed the graph of 2,000 services'), []);
  });

  it('reads "IOS" as iOS beside Android, and leaves "SOC" alone beside Splunk', () => {
    assert.deepEqual(said('Shipped apps for Android and IOS; ran the SOC with Splunk', 'Android', 'iOS', 'Splunk'), ['IOS: tech-name: "IOS" is written "iOS".']);
  });

  it('reads "DoS" as denial of service, not a misspelt DOS', () => {
    assert.deepEqual(said('Tracked DoS attacks in real time across 40 routers', 'Windows'), []);
  });

  it('reads short capitals as a library only beside its own language: "FX" beside Java is foreign exchange, beside Go Uber Fx', () => {
    assert.deepEqual(said('Built an in-house FX solution in Java for 40 desks', 'Java'), []);
    assert.deepEqual(said('Wired 12 Go services together with FX', 'Go').map((line) => line.split(': ').slice(0, 2).join(': ')), ['FX: tech-not-in-skills']);
  });

  it('reads a keyword in short capitals ("GRPC") as the name of a kind the skills list elsewhere (gRPC beside Spring Boot), and leaves "SOC" alone', () => {
    const text = resume('work:', '  - highlights:', '      - Served 40 GRPC and REST APIs from Spring Boot, watched by the SOC in Splunk.', 'skills:', '  - name: APIs', '    keywords: [REST, Spring Boot]', '  - name: Other', '    keywords: [GRPC, SOC, Splunk]');
    // In the bullet, as before, and now in the skills.
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"GRPC" is written "gRPC".', '"GRPC" is written "gRPC".']);
  });

  it('takes a protocol or a practice in lower case among a project\'s tags as the common noun, and "amd64" as the tools write it', () => {
    const text = resume('projects:', '  - name: Whiteboard', '    highlights:', '      - Built a whiteboard for 3,000 users on amd64 servers.', '    keywords: [websockets, finops, javascript]', 'skills:', '  - name: Web', '    keywords: [JavaScript]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(':')[0]), ['javascript']);
  });

  it('takes a practice in a sentence in lower case ("devops") or other casing ("Devops") as written, but not one word split ("micro-services")', () => {
    assert.deepEqual(said('Did cloud, containers and devops for 12 startups'), []);
    assert.deepEqual(said('Led 3 Devops engineers and split the monolith into micro-services').map((line) => line.split(':')[0]), ['micro-services']);
  });

  it('reads a name inside one of the resume\'s employers\' names as the employer ("companies like GIT America"), and the same name outside it as the technology', () => {
    const text = resume('work:', '  - name: GIT America, Inc.', '    highlights:', '      - Led 4 apps for GIT America and moved their 40 repos to GIT.', 'skills:', '  - name: Tools', '    keywords: [Mentoring]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')).map((line) => line.split(' tech-name: ')[1]), ['"GIT" is written "Git".']);
    assert.equal(applyFix(text, 'Change to Git'), text.replace('repos to GIT', 'repos to Git'));
  });

  it('says "micro-services" quietly, as a hint, and fixes it in the sentence\'s lower case, only when asked', () => {
    const text = resume('work:', '  - highlights:', '      - Split the monolith into micro-services, halving deploy time.', 'skills:', '  - name: Tools', '    keywords: [Mentoring]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-name')), ['micro-services: hint tech-name: "micro-services" is written "microservices".']);
    assert.equal(applyFix(text, 'Change to microservices'), text.replace('micro-services', 'microservices'));
    assert.equal(service.fixAll(source(text)).length, 0);
  });

  it('checks each name of a keyword that lists several ("Javascript / Typescript")', () => {
    const text = resume('work:', '  - highlights:', '      - Built the site in JavaScript and TypeScript.', 'skills:', '  - name: Web', '    keywords:', '      - Javascript / Typescript');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Javascript', 'Typescript']);
    assert.equal(applyFix(text, 'Change to TypeScript'), text.replace('/ Typescript', '/ TypeScript'));
  });
});

describe('titles', () => {
  it('reads a job title for names as a summary ("Javascript Engineer", "Java Developer")', () => {
    const text = resume('work:', '  - name: Acme', '    position: Javascript Engineer, Java Developer', '    highlights:', '      - Cut release time 40%.', 'skills:', '  - name: Tools', '    keywords: [Mentoring, JavaScript]');
    assert.deepEqual(check(text).map((line) => line.replace(/: (information|hint) /, ': ').split(':').slice(0, 2).join(':')), ['Javascript: tech-name', 'Java: tech-not-in-skills']);
  });
});

describe('short names inside longer ones', () => {
  it('reads "Hong Kong" and "Xoserve Gemini" as other names, and "Gemini" beside Claude as the model', () => {
    assert.deepEqual(said('Led teams in Hong Kong on trading platforms such as Xoserve Gemini'), []);
    // AI assistants are offered only to a group named for AI tools.
    const text = resume('work:', '  - highlights:', '      - Evaluated Gemini and Claude for support replies', 'skills:', '  - name: AI Tools', '    keywords: [Cursor]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Gemini', 'Claude']);
  });

  it('reads the company one works at, or one listed among companies, as the company ("at Cisco", "from Bing, Yahoo, and Google")', () => {
    assert.deepEqual(said('Senior engineer at Cisco building runtime security in Go and eBPF', 'Go', 'eBPF'), []);
    assert.deepEqual(said('Wrote C# wrappers for geocoding from Bing, Yahoo, and Google', 'C#'), []);
  });

  it('reads a company in the possessive as the company ("Google\'s Rust materials"), but "Anthropic\'s LLMs" as used', () => {
    assert.deepEqual(said('Helping to write Google\'s unsafe Rust onboarding materials for 400 engineers', 'Rust'), []);
    // A model's API is offered only to a group named for AI or language models, as a payments API is to one for payments.
    const llms = resume('work:', '  - highlights:', '      - Built code review for 40 teams using OpenAI and Anthropic\'s LLMs', 'skills:', '  - name: LLMs', '    keywords: [OpenAI API]');
    assert.deepEqual(check(llms).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Anthropic']);
  });

  it('reads an acronym\'s plural as the plural ("SOPs", "VMs"), and fixes a name with its vendor in lower case before it whole', () => {
    assert.deepEqual(said('Wrote 12 SOPs for 40 VMs'), []);
    const text = resume('work:', '  - highlights:', '      - Ran 40 food trucks on a google appengine backend.', 'skills:', '  - name: Cloud', '    keywords: [Google Cloud]');
    assert.equal(applyFix(text, 'Change to Google App Engine'), text.replace('google appengine', 'Google App Engine'));
  });

  it('reads a rate\'s unit as the unit ("50K+ RPM"), and an acronym after a product\'s first word as its name ("Credible EMR")', () => {
    assert.deepEqual(said('Served 5M+ products at 50K+ RPM to 12 teams'), []);
    assert.deepEqual(said('Tested 40 flows of the Credible EMR integration', 'Python'), []);
    assert.deepEqual(said('Ran 40 Spark jobs on Amazon EMR', 'Apache Spark').map((line) => line.split(':')[0]), ['Amazon EMR']);
  });

  it('reads a title\'s words as the title ("Information Systems Manager"), and "waypoint" and "mono" in lower case as words', () => {
    const text = resume('work:', '  - name: Acme', '    position: Information Systems Manager', '    highlights:', '      - Built waypoint following for 3 robots and mono/multivariable regression models.', 'skills:', '  - name: Tools', '    keywords: [Git]');
    assert.deepEqual(check(text).filter((line) => /tech-(name|not-in-skills)/.test(line)), []);
    assert.deepEqual(said('Patched 400 servers with Systems Manager').map((line) => line.split(':')[0]), ['Systems Manager']);
  });

  it('reads a capitalised word after a product as a word of its name ("Quartz Composer"), not a framework after its language', () => {
    assert.deepEqual(said('Drew the front end in Quartz Composer and earned the Linkerd Ambassador badge', 'Linkerd'), []);
    assert.deepEqual(said('Built 12 services in Java Spring', 'Java').map((line) => line.split(':')[0]), ['Spring']);
  });

  it('reads "SQL injection" as the attack and "SQL and NoSQL databases" as the two kinds, not work in SQL; "SQL queries" are, unless a relational database is listed', () => {
    assert.deepEqual(said('Found 12 SQL injection and XSS flaws in 40 apps'), []);
    assert.deepEqual(said('Ran 40 SQL and NoSQL databases and SQL/NoSQL stores'), []);
    assert.deepEqual(said('Wrote 40 SQL queries for the reports').map((line) => line.split(':')[0]), ['SQL']);
    // A dialect listed says the language, and so does a relational database (not a document store).
    assert.deepEqual(said('Wrote 40 SQL queries for the reports', 'T-SQL'), []);
    assert.deepEqual(said('Wrote 40 SQL queries for the reports', 'PostgreSQL'), []);
    assert.deepEqual(said('Wrote 40 SQL queries for the reports', 'MongoDB').map((line) => line.split(':')[0]), ['SQL']);
  });

  it('reads a single capital as a language after "in" or beside another language ("firmware in C", "Python and R"), not in "Plan C", "R&D" or "Pearson\'s R Correlation"', () => {
    assert.deepEqual(said('Wrote firmware in C for 40 sensors').map((line) => line.split(':')[0]), ['C']);
    assert.deepEqual(said('Built 12 dashboards in Python and R', 'Python').map((line) => line.split(':')[0]), ['R']);
    assert.deepEqual(said('Ported 3 drivers from Objective-C & C', 'Objective-C').map((line) => line.split(':')[0]), ['C']);
    assert.deepEqual(said('Chose Plan C for 12 clients and led R&D and R & D reviews'), []);
    assert.deepEqual(said('Used Pearson\'s R Correlation on 40 surveys in Python', 'Python'), []);
  });
});

describe('services a product was connected to', () => {
  it('offers no skill for "APIs like Facebook API, Google Maps" nor for "Shopify\'s cloud platform"', () => {
    assert.deepEqual(said('Connected the front end to APIs like Facebook API, Google Maps and YouTube API'), []);
    assert.deepEqual(said('Built dev environments on GKE for Shopify\'s cloud platform', 'Google Kubernetes Engine'), []);
  });
});
