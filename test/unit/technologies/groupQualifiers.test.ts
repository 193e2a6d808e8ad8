// tech-not-in-skills: what a group's name qualifies, names or leaves open ("AI Tooling", "Kafka", "Technologies",
// "Secondary"), and what the rule leaves when a technology is named only in older work.
import { strict as assert } from 'node:assert';
import { bullet, picks, resume } from './ruleHelpers';

describe('tech-not-in-skills: what a group\'s name qualifies, names or leaves open', () => {
  it('keeps "AI Tooling" for AI tools and lets "DevOps Tools" take Git', () => {
    const line = 'Moved 40 builds from Gradle to Bazel and the repo to Git.';
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: AI Tooling', '    keywords: [Claude Code]')), { Gradle: 'NEW Tools', Bazel: 'NEW Tools', Git: 'NEW Tools' });
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: DevOps Tools', '    keywords: [Terraform]')), { Gradle: 'DevOps Tools', Bazel: 'DevOps Tools', Git: 'DevOps Tools' });
  });

  it('files under a group named for one technology only what is its own ("Kafka" takes no Hadoop, "Java" takes Maven)', () => {
    const text = resume(...bullet('Ported 12 Hadoop jobs to Kafka consumers built with Maven.'), 'skills:', '  - name: Java', '    keywords: [Spring Boot]', '  - name: Kafka', '    keywords: [Kafka Streams, ksqlDB]');
    assert.deepEqual(picks(text), { 'Apache Hadoop': 'NEW Data', 'Apache Maven': 'Java' });
  });

  it('files what fits no group under a group named for nothing in particular ("Technologies"), but not under "Other"', () => {
    const line = 'Shipped 30 services in Docker containers.';
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Languages', '    keywords: [Python]', '  - name: Technologies', '    keywords: [Redis, NumPy]')), { Docker: 'Technologies' });
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Languages', '    keywords: [Python]', '  - name: Other', '    keywords: [Excel]')), { Docker: 'NEW Containers' });
    // "Others" and "More" are the rest of one's skills (blind readers of 3 resumes), "Other" the odd tool.
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Languages', '    keywords: [Python]', '  - name: Others', '    keywords: [Excel]')), { Docker: 'Others' });
    // A name that lists technologies in general among its parts.
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Distributed Systems', '    keywords: [Finagle]', '  - name: Tools, Technologies & Languages', '    keywords: [Scala, Java]')), { Docker: 'Tools, Technologies & Languages' });
    // Or software in general, beside other parts ("Software" alone is the craft's: what one programs with).
    const proficiencies = ['  - name: Language, Software, and Operating System Proficiencies', '    keywords: [PowerShell, VMware, Windows Server]'];
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Data', '    keywords: [MySQL]', ...proficiencies)), { Docker: 'Language, Software, and Operating System Proficiencies' });
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Languages', '    keywords: [Python]', '  - name: Software', '    keywords: [Excel]')), { Docker: 'NEW Containers' });
    // "technical" beside "professional": the technical skills, whatever their kind (readers of two resumes).
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: technical', '    keywords: [OpenShift, Ansible]', '  - name: professional', '    keywords: [Mentoring]')), { Docker: 'technical' });
  });

  it('files no language under a group named for another language or its platform (no Ruby under ".NET", no Kotlin under "Python & Backend")', () => {
    const line = 'Built 3 Ruby services and a Kotlin client for 2M users.';
    const skills = ['skills:', '  - name: .NET', '    keywords: [C#, ASP.NET, F#]', '  - name: Python & Backend', '    keywords: [Python, Django, Go]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { Ruby: 'NEW Languages', Kotlin: 'NEW Languages' });
  });

  it('files a language with the languages before its field (SQL under "Programming Languages", not "Databases")', () => {
    const line = 'Wrote 200 SQL reports for finance.';
    const skills = ['skills:', '  - name: Databases', '    keywords: [MongoDB, Redis]', '  - name: Programming Languages', '    keywords: [Python, Go]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { SQL: 'Programming Languages' });
  });

  it('files Bash, a shell\'s language, with the languages (blind readers of 8 resumes)', () => {
    const line = 'Automated 40 deploys with Bash scripts.';
    const skills = ['skills:', '  - name: Languages', '    keywords: [Python, Go]', '  - name: Tools', '    keywords: [Docker, Git]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { Bash: 'Languages' });
  });

  it('files a CMS under "CMS", not with the language its plugins are written in', () => {
    const line = 'Built 30 client sites on WordPress and Drupal.';
    const skills = ['skills:', '  - name: Programming Languages', '    keywords: [PHP, JavaScript]', '  - name: Tools', '    keywords: [Git]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { WordPress: 'NEW Platforms', Drupal: 'NEW Platforms' });
    assert.deepEqual(picks(resume(...bullet(line), ...skills, '  - name: CMS', '    keywords: [Joomla]')), { WordPress: 'CMS', Drupal: 'CMS' });
  });

  it('files what a site is built with under "Web Development" (a CMS, a web framework, a site generator), not the cloud it runs on', () => {
    const line = 'Built 30 client sites on WordPress, Express and Hugo, hosted on AWS.';
    const skills = ['skills:', '  - name: Web Development', '    keywords: [HTML, CSS]', '  - name: Databases', '    keywords: [MySQL]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { WordPress: 'Web Development', Express: 'Web Development', Hugo: 'Web Development', 'Amazon Web Services': 'NEW Cloud' });
  });

  it('reads "Web Technology" as "Web Technologies", files an Android or iOS library under "Mobile" and Room with the databases, and takes "Mobile Security" for security', () => {
    const web = ['skills:', '  - name: Web Technology', '    keywords: [HTML, CSS]', '  - name: Languages', '    keywords: [Java]'];
    assert.deepEqual(picks(resume(...bullet('Built 3 sites in Express for 40,000 users.'), ...web)), { Express: 'Web Technology' });
    const line = 'Shipped 4 Android apps with Retrofit, Glide and Room to 2 million users.';
    const mobile = ['skills:', '  - name: Mobile', '    keywords: [Android, Kotlin]', '  - name: Databases', '    keywords: [SQLite]', '  - name: Frontend', '    keywords: [React]'];
    assert.deepEqual(picks(resume(...bullet(line), ...mobile)), { Retrofit: 'Mobile', Glide: 'Mobile', Room: 'Databases' });
    const security = ['skills:', '  - name: Mobile Security', '    keywords: [ProGuard]', '  - name: Libraries', '    keywords: [OkHttp]'];
    assert.deepEqual(picks(resume(...bullet('Cut crashes 40% with Glide on 3 Android apps.'), ...security)), { Glide: 'Libraries', Android: 'NEW Mobile' });
  });

  it('files no framework under "Testing Frameworks" and no Azure under "AWS Services", but lets "Testing & DevOps" take a cloud', () => {
    const line = 'Moved 12 Rails apps from Heroku to Azure, cutting costs 30%.';
    const skills = ['skills:', '  - name: Testing Frameworks', '    keywords: [RSpec, Capybara]', '  - name: AWS Services', '    keywords: [Amazon S3, AWS Lambda]', '  - name: Relevant Technologies', '    keywords: [Capistrano, jQuery]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { 'Ruby on Rails': 'Relevant Technologies', Heroku: 'NEW Cloud', 'Microsoft Azure': 'NEW Cloud' });
    assert.deepEqual(picks(resume(...bullet('Moved 12 apps to Cloudflare, cutting costs 30%.'), 'skills:', '  - name: Testing & DevOps', '    keywords: [Cypress, Docker]')), { Cloudflare: 'Testing & DevOps' });
  });

  it('files GraphQL, an API\'s language, under no group named for programming languages', () => {
    const line = 'Built a GraphQL gateway in Go over 12 services.';
    const skills = ['skills:', '  - name: Programming Languages', '    keywords: [Go, Python]', '  - name: Languages', '    keywords: [Rust]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { GraphQL: 'Languages' });
  });

  it('files what the skills miss under the lesser of skills graded by how well they are known ("Secondary", "Some familiarity"), unless a group is named for its kind', () => {
    const line = 'Shipped 3 Flask services on MongoDB, built with Jenkins.';
    const graded = ['skills:', '  - name: Experienced in', '    keywords: [Go, Python, Docker]', '  - name: Some familiarity', '    keywords: [AWS, Terraform, C++]'];
    assert.deepEqual(picks(resume(...bullet(line), ...graded)), { Flask: 'Some familiarity', MongoDB: 'Some familiarity', Jenkins: 'Some familiarity' });
    const withKinds = ['skills:', '  - name: Primary', '    keywords: [Python, Django]', '  - name: Secondary', '    keywords: [Docker, Redis]', '  - name: Databases', '    keywords: [PostgreSQL]'];
    assert.deepEqual(picks(resume(...bullet(line), ...withKinds)), { Flask: 'Secondary', MongoDB: 'Databases', Jenkins: 'Secondary' });
  });

  it('files what one works with but does not program in under a group named only for tools ("Toolbox"), a database too, but no language nor an API', () => {
    const line = 'Shipped 30 Docker services on InfluxDB behind Grafana, called the OpenAI API from Kotlin and scheduled jobs in Airflow.';
    const skills = ['skills:', '  - name: Programming', '    keywords: [Python, Java]', '  - name: Toolbox', '    keywords: [git]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { Docker: 'Toolbox', InfluxDB: 'Toolbox', Grafana: 'Toolbox', Kotlin: 'Programming', 'Apache Airflow': 'Toolbox' });
    // Heroku is a tool one deploys with; AWS, Azure and Google Cloud start a "Cloud" group.
    assert.deepEqual(picks(resume(...bullet('Moved 3 apps from Heroku to AWS.'), ...skills)), { Heroku: 'Toolbox', 'Amazon Web Services': 'NEW Cloud' });
    // Tools beside languages in one name ("Recent Tools & Languages"): the tools' part takes them.
    const mixed = ['skills:', '  - name: Recent Tools & Languages', '    keywords: [Python, Go]'];
    assert.deepEqual(picks(resume(...bullet('Moved 40 detection jobs from Splunk to Kafka consumers.'), ...mixed)), { Splunk: 'Recent Tools & Languages', 'Apache Kafka': 'Recent Tools & Languages' });
  });


  it('files what one programs with under a group named for the craft ("Software Development"), and anything when it is the only group', () => {
    const line = 'Moved 30 React screens to Supabase and shipped the Android app to 2M users, watched in New Relic.';
    const craft = ['  - name: Software Development', '    keywords: [TypeScript, Node.js]'];
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', ...craft)), { React: 'Software Development', Supabase: 'Software Development', Android: 'Software Development', 'New Relic': 'Software Development' });
    const beside = ['  - name: Databases', '    keywords: [PostgreSQL]'];
    // Supabase, a database, goes beside the databases.
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', ...craft, ...beside)), { React: 'Software Development', Supabase: 'Databases', Android: 'NEW Mobile', 'New Relic': 'NEW Monitoring' });
  });

  it('files only languages under "Programming/scripting" when it lists languages alone, and anything one programs with where it lists frameworks too', () => {
    const line = 'Built the dashboard in React with Redux, the services in Spring, and the tools in Go.';
    const languages = ['  - name: Programming/scripting', '    keywords: [Rust, C++, Python, Java]'];
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', ...languages)), { React: 'NEW Frameworks', Redux: 'NEW Libraries', Spring: 'NEW Frameworks', Go: 'Programming/scripting' });
    const wider = ['  - name: Programming & Scripting', '    keywords: [Python, Java, Node.js, Vue]'];
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', ...wider)), { React: 'Programming & Scripting', Redux: 'Programming & Scripting', Spring: 'Programming & Scripting', Go: 'Programming & Scripting' });
  });

  it('files anything under the only group when it is named for no kind ("tags", "Selected Technologies")', () => {
    const line = 'Wrote the release scripts in Git hooks and PL/SQL, and transcoded the videos with FFmpeg.';
    const only = ['  - name: tags', '    keywords: [python, django, postgresql]'];
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', ...only)), { Git: 'tags', 'PL/SQL': 'tags', FFmpeg: 'tags' });
    const beside = ['  - name: Databases', '    keywords: [MySQL]'];
    assert.equal(picks(resume(...bullet(line), 'skills:', ...only, ...beside))['PL/SQL'], 'Databases');
  });
  it('files under a group named for a phone\'s platform only what is written for it: no SwiftUI among Android libraries', () => {
    const line = 'Shipped 12 SwiftUI screens and 8 Jetpack Compose screens, styled the web shop with Tailwind CSS.';
    const skills = ['skills:', '  - name: Android libraries', '    keywords: [Retrofit, Dagger, Room]', '  - name: iOS Frameworks & APIs', '    keywords: [UIKit, Core Data]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { SwiftUI: 'iOS Frameworks & APIs', 'Jetpack Compose': 'Android libraries', 'Tailwind CSS': 'NEW Frameworks' });
  });

  it('files the phone\'s platform and its frameworks under "App Development", the mobile field by another name', () => {
    const line = 'Shipped 10 iOS apps in SwiftUI and a React Native app for 5k users.';
    const skills = ['skills:', '  - name: App Development', '    keywords: [Swift, Objective-C, Dart]', '  - name: Web Development', '    keywords: [JavaScript, React, Express]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { iOS: 'App Development', SwiftUI: 'App Development', 'React Native': 'App Development' });
  });

  it('files what runs on a device under "Firmware", what one programs with under "Software", and no database under "Data Science"', () => {
    const line = 'Ported the FreeRTOS tasks and the LVGL screens, stored readings in MongoDB and queried them in SQL.';
    const skills = ['skills:', '  - name: Firmware', '    keywords: [C, STM32Cube]', '  - name: Software', '    keywords: [Python, Git]', '  - name: ML Frameworks & Data Science', '    keywords: [scikit-learn, pandas]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { FreeRTOS: 'Firmware', LVGL: 'Firmware', MongoDB: 'NEW Databases', SQL: 'Software' });
  });

  it('files ML libraries under a group named for libraries', () => {
    const ml = resume(...bullet('Trained 12 Keras and XGBoost models.'), 'skills:', '  - name: Languages', '    keywords: [Python]', '  - name: Libraries/Tools', '    keywords: [OpenCV, Git]');
    assert.deepEqual(picks(ml), { Keras: 'Libraries/Tools', XGBoost: 'Libraries/Tools' });
  });

  it('files Android under "Platforms", not among server operating systems nor under "Platform and Delivery"', () => {
    const line = 'Shipped the Android app to 2M users.';
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Platforms', '    keywords: [iOS]')), { Android: 'Platforms' });
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: GNU/Linux and BSD Server Administration', '    keywords: [Debian, Ubuntu, FreeBSD]')), { Android: 'NEW Mobile' });
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Platform and Delivery', '    keywords: [Docker, Kubernetes]')), { Android: 'NEW Mobile' });
  });

  it('offers the consoles and stores a game ships to only to a group named for them (Steam, Xbox)', () => {
    const text = resume(...bullet('Shipped 3 titles on Steam and Xbox with Unity.'), 'skills:', '  - name: Languages', '    keywords: [C#]');
    assert.deepEqual(picks(text), { Unity: 'NEW Tools' });
    const consoles = text.replace('  - name: Languages', '  - name: Consoles\n    keywords: [Nintendo Switch]\n  - name: Languages');
    assert.deepEqual(picks(consoles), { Steam: 'Consoles', Xbox: 'Consoles', Unity: 'NEW Tools' });
  });

  it('offers a standard that is a skill in its own right under a new "Standards" group, a format only where there is room', () => {
    const text = resume(...bullet('Mapped 40 HL7 feeds to FHIR resources, exported as JSON.'), 'skills:', '  - name: Languages', '    keywords: [Java]');
    assert.deepEqual(picks(text), { HL7: 'NEW Standards', FHIR: 'NEW Standards' });
    // An API's description is the API work's format: offered only where a group has room (blind readers: 1 of 9).
    const api = resume(...bullet('Described 40 endpoints in OpenAPI for the billing service.'), 'skills:', '  - name: Languages', '    keywords: [Java]');
    assert.deepEqual(picks(api), {});
    // Room is a group named for standards, formats or protocols, not one that lists another format among its tools
    // (blind readers wanted none of 6 so offered).
    assert.deepEqual(picks(api.replace('  - name: Languages\n    keywords: [Java]', '  - name: Other\n    keywords: [Git, YAML]')), {});
    assert.deepEqual(picks(api.replace('  - name: Languages\n    keywords: [Java]', '  - name: Formats\n    keywords: [YAML]')), { OpenAPI: 'Formats' });
  });

  it('offers an AI assistant one chats with only to a group named for AI tools, as office programs are, and a model\'s API only to a group named for AI (a service called, as payments are)', () => {
    const line = 'Drafted 40 test plans with ChatGPT and Copilot, and called the OpenAI API from Python.';
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Languages', '    keywords: [Python]')), {});
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Languages', '    keywords: [Python]', '  - name: GenAI', '    keywords: [LangChain]')), { 'OpenAI API': 'GenAI' });
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Languages', '    keywords: [Python]', '  - name: AI Tools', '    keywords: [Cursor]')), { ChatGPT: 'AI Tools', 'GitHub Copilot': 'AI Tools', 'OpenAI API': 'AI Tools' });
  });

  it('offers the protocols a bullet names in passing only to a group named for networking, and those every program speaks (VPN, WebSocket, QUIC) not at all', () => {
    const line = 'Answered ARP and DHCP requests for 2,000 devices over VPN and QUIC, with WebSocket pushes and LDAP sign-in.';
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Languages', '    keywords: [C]')), {});
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Networking', '    keywords: [BGP]')), { ARP: 'Networking', DHCP: 'Networking', LDAP: 'Networking' });
  });
});

describe('tech-not-in-skills: history', () => {
  it('leaves a niche technology named only in an older role, and says it when a current role or the summary names it', () => {
    const work = (first: string, second: string, third: string): string[] => [
      'work:',
      '  - name: Now',
      '    startDate: 2024-01',
      '    highlights:',
      `      - ${first}`,
      '  - name: Before',
      '    startDate: 2020-01',
      '    endDate: 2023-12',
      '    highlights:',
      `      - ${second}`,
      '  - name: Long ago',
      '    startDate: 2012-01',
      '    endDate: 2019-12',
      '    highlights:',
      `      - ${third}`,
    ];
    const skills = ['skills:', '  - name: Ops', '    keywords: [Docker]'];
    assert.deepEqual(Object.keys(picks(resume(...work('Ran 40 services.', 'Ran 30 services.', 'Shaped 12 overlays with Kustomize and Kubernetes.'), ...skills))), ['Kubernetes']);
    assert.deepEqual(Object.keys(picks(resume(...work('Shaped 12 overlays with Kustomize.', 'Ran 30 services.', 'Ran 20 services.'), ...skills))), ['Kustomize']);
  });

  it('leaves any technology named only in work that ended eight years before the latest, and says it when later work names it', () => {
    const work = (latest: string, early: string, earlyEnd: string): string[] => [
      'work:',
      '  - name: Now',
      '    startDate: 2021-01',
      '    highlights:',
      `      - ${latest}`,
      '  - name: First job',
      '    startDate: 2008-01',
      `    endDate: ${earlyEnd}`,
      '    highlights:',
      `      - ${early}`,
    ];
    const skills = ['skills:', '  - name: Languages', '    keywords: [Go]'];
    assert.deepEqual(Object.keys(picks(resume(...work('Ran 40 services in Go.', 'Built 12 order screens in Java.', '2012-12'), ...skills))), []);
    assert.deepEqual(Object.keys(picks(resume(...work('Ran 40 services in Go.', 'Built 12 order screens in Java.', '2013-06'), ...skills))), ['Java']);
    assert.deepEqual(Object.keys(picks(resume(...work('Ported 12 order screens from Java to Go.', 'Built 12 order screens in Java.', '2012-12'), ...skills))), ['Java']);
  });

  it('leaves the stack of a project that ended eight years before the latest work, as it leaves such a role\'s', () => {
    const text = (end: string): string =>
      resume(
        'work:', '  - name: Now', '    startDate: 2021-01', '    highlights:', '      - Ran 40 services in Go.',
        'projects:', '  - name: Old shop', `    endDate: ${end}`, '    keywords: [Go, AngularJS]',
        'skills:', '  - name: Languages', '    keywords: [Go]',
      );
    assert.deepEqual(Object.keys(picks(text('2012-12'))), []);
    assert.deepEqual(Object.keys(picks(text('2015-06'))), ['AngularJS']);
  });
});
