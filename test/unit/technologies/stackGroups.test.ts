// tech-not-in-skills: the group "Add to skills" picks when the groups are named for a layer of the stack
// ("Frontend", "Backend") or for a field ("Messaging", "Containerization", "Databases"), not for a kind of thing.
import { strict as assert } from 'node:assert';
import { resume, service } from './ruleHelpers';
import { source } from '../../helpers/text';

/** The group each tech-not-in-skills finding's first quick fix adds to ("NEW …" for a new group), by technology. */
function picks(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of service.lint(source(text)).filter((diagnostic) => diagnostic.code === 'tech-not-in-skills')) {
    const data = d.data as { canonical: string; fixes?: Array<{ title: string }> };
    const title = data.fixes?.[0]?.title ?? '';
    out[data.canonical] = /new skills group "(.*)"$/.exec(title)?.[1]?.replace(/^/, 'NEW ') ?? /\(([^)]*)\)$/.exec(title)?.[1] ?? 'NONE';
  }
  return out;
}

const bullet = (line: string): string[] => ['work:', '  - highlights:', `      - ${line}`];

describe('tech-not-in-skills: groups named for a layer of the stack', () => {
  const layers = ['skills:', '  - name: Frontend', '    keywords: [React, TypeScript]', '  - name: Backend', '    keywords: [Java, Python, PostgreSQL]'];

  it('reads a group named as an identifier ("front_end", "otherTools") as its words, and keeps its name in the fix', () => {
    const text = resume(
      ...bullet('Moved the site to Astro and the API to Prisma.'),
      'skills:',
      '  - name: programming_language',
      '    keywords: [TypeScript, Go]',
      '  - name: front_end',
      '    keywords: [React, Svelte]',
      '  - name: back_end',
      '    keywords: [Express, Gin]',
    );
    assert.deepEqual(picks(text), { Astro: 'front_end', Prisma: 'back_end' });
  });

  it('files the browser\'s build tools under "Frontend" and the server languages\' tools under "Backend"', () => {
    const text = resume(...bullet('Moved the web bundle from webpack to Vite and the API tests to pytest and Groovy, cutting CI time 40%.'), ...layers);
    assert.deepEqual(picks(text), { webpack: 'Frontend', Vite: 'Frontend', pytest: 'Backend', Groovy: 'Backend' });
  });

  it('files a package manager under "Package Managers", Maven there too though it builds as well', () => {
    const text = resume('work:', '  - highlights:', '      - Packaged 12 services with Poetry and Maven, cutting build time 30%.', 'skills:', '  - name: Languages', '    keywords: [Python, Java]', '  - name: CI/CD Tools', '    keywords: [Jenkins, GitLab CI]', '  - name: Repositories & Package Managers', '    keywords: [Artifactory, npm]');
    assert.deepEqual(picks(text), { Poetry: 'Repositories & Package Managers', 'Apache Maven': 'Repositories & Package Managers' });
  });

  it('files a database under "Databases" before "Backend Frameworks", and a server library not under "Desktop Frameworks"', () => {
    const text = resume('work:', '  - highlights:', '      - Moved the desktop app from SQLite and Hibernate to JavaFX, cutting start-up time 50%.', 'skills:', '  - name: Backend Frameworks', '    keywords: [Spring, Django]', '  - name: Desktop Frameworks', '    keywords: [Eclipse RCP, Qt]', '  - name: Databases', '    keywords: [PostgreSQL, MongoDB, Oracle]');
    assert.deepEqual(picks(text), { SQLite: 'Databases', Hibernate: 'Backend Frameworks', JavaFX: 'Desktop Frameworks' });
  });

  it('files a library under "libraries" and a framework under "frameworks" when the resume has both', () => {
    const text = resume('work:', '  - highlights:', '      - Called the API with Axios from a FastAPI service, cutting latency 30%.', 'skills:', '  - name: frameworks', '    keywords: [Spring, Jest, jQuery, Bootstrap, JUnit]', '  - name: libraries', '    keywords: [Lombok, Jackson, Gson, Puppeteer]');
    assert.deepEqual(picks(text), { Axios: 'libraries', FastAPI: 'frameworks' });
  });

  it('files Node.js under "Languages" beside TypeScript, where no group is named for runtimes or the back end', () => {
    const text = resume('work:', '  - highlights:', '      - Wrote 12 Node.js services, cutting latency 30%.', 'skills:', '  - name: Languages', '    keywords: [Go, TypeScript, Python]', '  - name: Infrastructure', '    keywords: [Kubernetes, Docker]');
    assert.deepEqual(picks(text), { 'Node.js': 'Languages' });
  });

  it('files no NoSQL store under a group named "SQL", and no relational database under "NoSQL"', () => {
    const sql = resume('work:', '  - highlights:', '      - Cached 40 feeds in Redis and Cassandra, cutting reads 30%.', 'skills:', '  - name: SQL', '    keywords: [PostgreSQL, SQLite]');
    assert.deepEqual(picks(sql), { Redis: 'NEW Databases', 'Apache Cassandra': 'NEW Databases' });
    const nosql = resume('work:', '  - highlights:', '      - Moved 40 tables to MySQL, cutting costs 30%.', 'skills:', '  - name: NoSQL', '    keywords: [MongoDB, Redis]');
    assert.deepEqual(picks(nosql), { MySQL: 'NEW Databases' });
  });

  it('files Clojure among languages: it is one, though it runs on the JVM', () => {
    const text = resume('work:', '  - highlights:', '      - Rewrote the pricing engine in Clojure, cutting latency 30%.', 'skills:', '  - name: Languages', '    keywords: [Java, Kotlin]', '  - name: Libraries', '    keywords: [Guava, Jackson]');
    assert.deepEqual(picks(text), { Clojure: 'Languages' });
  });

  it('files no framework under a group named for the craft whose keywords are practices ("Software Engineering: Code review, …")', () => {
    const text = resume('work:', '  - highlights:', '      - Rebuilt the API in Sinatra, cutting response time 40%.', 'skills:', '  - name: Programming languages', '    keywords: [Ruby, Python]', '  - name: Software Engineering', '    keywords: [Code review, Continuous integration, Test-driven development]');
    assert.deepEqual(picks(text), { Sinatra: 'NEW Frameworks' });
  });

  it('files hypervisors under a group named for virtualization', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 300 VMs from Xen to KVM, cutting licence costs 40%.', 'skills:', '  - name: Languages', '    keywords: [C, Python]', '  - name: Cloud', '    keywords: [AWS, OpenStack]', '  - name: Virtualization', '    keywords: [Vagrant]');
    assert.deepEqual(picks(text), { Xen: 'Virtualization', KVM: 'Virtualization' });
  });

  it('files identity services (Okta, Auth0, Keycloak) under "Monitoring & Security", not "Cloud"', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 30 apps from Keycloak to Okta and Auth0, cutting login tickets 60%.', 'skills:', '  - name: Cloud', '    keywords: [AWS, Azure]', '  - name: Monitoring & Security', '    keywords: [Prometheus, SonarQube]');
    assert.deepEqual(picks(text), { Keycloak: 'Monitoring & Security', Okta: 'Monitoring & Security', Auth0: 'Monitoring & Security' });
  });

  it('offers HTML and CSS only to a group named for the web, never among languages nor as a group of their own', () => {
    const text = resume(...bullet('Built 12 dashboards in HTML and CSS over Python and R models.'), 'skills:', '  - name: Languages & Frameworks', '    keywords: [Python, R, pandas]');
    assert.deepEqual(picks(text), {});
  });

  it('files HTML under "Web" or "Front End", a database under "Back End", and Jenkins and CentOS under "Ops"', () => {
    const text = resume(
      ...bullet('Served 40 HTML templates from MongoDB, built by Jenkins on CentOS.'),
      'skills:',
      '  - name: Web',
      '    keywords: [JavaScript]',
      '  - name: Back End',
      '    keywords: [PHP, Laravel]',
      '  - name: Ops',
      '    keywords: [Docker]',
    );
    assert.deepEqual(picks(text), { HTML: 'Web', MongoDB: 'Back End', Jenkins: 'Ops', CentOS: 'Ops' });
  });

  it('files Kafka with data engineering, and a code search or a docs generator not under "DevOps"', () => {
    const text = resume(...bullet('Streamed 2 TB a day through Kafka, searched code in Sourcegraph and wrote the docs in VitePress.'), 'skills:', '  - name: Data Engineering', '    keywords: [Apache Spark, Airflow]', '  - name: DevOps', '    keywords: [Terraform]');
    assert.deepEqual(picks(text), { 'Apache Kafka': 'Data Engineering', Sourcegraph: 'NEW Tools', VitePress: 'NEW Tools' });
  });

  it('files what runs on the server under "Backend" though written in JavaScript, and React never there', () => {
    const text = resume(...bullet('Rewrote the 12 admin screens in Redux and the gateway in Express.'), ...layers);
    assert.deepEqual(picks(text), { Redux: 'Frontend', Express: 'Backend' });
    const backOnly = resume(...bullet('Rewrote the 12 admin screens in Redux and the gateway in Express.'), 'skills:', '  - name: Backend', '    keywords: [Java, Python]');
    assert.deepEqual(picks(backOnly), { Redux: 'NEW Libraries', Express: 'Backend' });
  });
});

describe('tech-not-in-skills: groups named for a field', () => {
  it('files monitoring under "DevOps" or a catch-all, but gives it its own group beside servers and clouds', () => {
    const line = 'Paged on Sentry and Datadog alerts for 30 services.';
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Infrastructure/Other', '    keywords: [Docker, AWS]')), { Sentry: 'Infrastructure/Other', Datadog: 'Infrastructure/Other' });
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: DevOps', '    keywords: [Docker, Jenkins]')), { Sentry: 'DevOps', Datadog: 'DevOps' });
    assert.deepEqual(picks(resume(...bullet(line), 'skills:', '  - name: Infrastructure', '    keywords: [Kubernetes, AWS]')), { Sentry: 'NEW Monitoring', Datadog: 'NEW Monitoring' });
  });

  it('files a cloud under "DevOps" when no group is named for clouds, before a group named for tools', () => {
    const line = 'Moved 30 services from Heroku to Azure.';
    const skills = ['skills:', '  - name: DevOps', '    keywords: [Docker, Jenkins]', '  - name: Tools', '    keywords: [Git, Jira]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { Heroku: 'DevOps', 'Microsoft Azure': 'DevOps' });
  });

  it('files a test tool under "Testing" and infrastructure code under "IaC", before a group full of its kind', () => {
    const line = 'Wrote 300 Karate API tests and moved 40 modules to OpenTofu.';
    const skills = ['skills:', '  - name: Git, Continuous Integration (CI)', '    keywords: [GitHub Actions, GitLab CI, Jenkins, Azure DevOps]', '  - name: IaC', '    keywords: [Terraform, AWS, GCP]', '  - name: Testing', '    keywords: [JUnit]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { Karate: 'Testing', OpenTofu: 'IaC' });
  });

  it('files warehouses under "Databases", brokers under "Messaging", Helm under "Containerization" and Ant under "Build tools"', () => {
    const text = resume(
      ...bullet('Streamed 2 TB a day from RabbitMQ into Snowflake, packaged it with Helm and built the jobs with Ant.'),
      'skills:',
      '  - name: Databases',
      '    keywords: [MySQL]',
      '  - name: Messaging',
      '    keywords: [Kafka]',
      '  - name: Containerization',
      '    keywords: [Docker]',
      '  - name: Build tools',
      '    keywords: [Gradle]',
    );
    assert.deepEqual(picks(text), { RabbitMQ: 'Messaging', Snowflake: 'Databases', Helm: 'Containerization', 'Apache Ant': 'Build tools' });
  });

  it('files Kubernetes\' add-ons under a group named for containers, not its CI/CD tools', () => {
    const text = resume(...bullet('Ran Cilium and Strimzi on 12 clusters, deployed by Argo CD.'), 'skills:', '  - name: Containerisation & Orchestration', '    keywords: [Kubernetes]', '  - name: CI/CD', '    keywords: [Jenkins]');
    assert.deepEqual(picks(text), { Cilium: 'Containerisation & Orchestration', Strimzi: 'Containerisation & Orchestration', 'Argo CD': 'CI/CD' });
  });

  it('files CI servers and monitoring under "Platforms" that lists clouds and containers (platform engineering), not under "Platforms" of phones', () => {
    const infra = resume(...bullet('Moved 40 builds from Jenkins to GitHub Actions, watched in Datadog.'), 'skills:', '  - name: Programming', '    keywords: [Java, TypeScript, Bash]', '  - name: Platforms', '    keywords: [AWS, GCP, Linux, Kubernetes (K8s), Docker]');
    assert.deepEqual(picks(infra), { Jenkins: 'Platforms', 'GitHub Actions': 'Platforms', Datadog: 'Platforms' });
    const reliability = resume(...bullet('Paged on Datadog monitors for 30 services.'), 'skills:', '  - name: Platform & Reliability', '    keywords: [Helm, Docker, CloudFormation / Terraform, Sentry]');
    assert.deepEqual(picks(reliability), { Datadog: 'Platform & Reliability' });
    const phones = resume(...bullet('Built 12 releases with Jenkins.'), 'skills:', '  - name: Platforms', '    keywords: [Android, iOS, Flutter]');
    assert.deepEqual(picks(phones), { Jenkins: 'NEW CI/CD' });
  });

  it('files systemd under "Linux", never Windows (and takes Ubuntu as said by the group\'s name)', () => {
    const text = resume(...bullet('Moved 40 Ubuntu hosts and 6 Windows servers to systemd units and Ansible.'), 'skills:', '  - name: Linux', '    keywords: [Debian, CentOS, Bash]', '  - name: Automation', '    keywords: [Terraform, Puppet]');
    assert.deepEqual(picks(text), { systemd: 'Linux', Ansible: 'Automation' });
    // Windows, Unix and macOS, the families one worked among, only where a group is named for operating systems.
    const systems = resume(...bullet('Moved 40 Ubuntu hosts, 6 Windows servers and 9 macOS laptops to systemd units and Jamf.'), 'skills:', '  - name: Linux', '    keywords: [Debian, CentOS]', '  - name: Tools', '    keywords: [Jira]');
    assert.deepEqual(Object.keys(picks(systems)).sort(), ['Jamf', 'systemd']);
    const named = systems.replace('  - name: Tools', '  - name: Operating Systems\n    keywords: [FreeBSD]\n  - name: Tools');
    assert.deepEqual(picks(named), { Windows: 'Operating Systems', macOS: 'Operating Systems', systemd: 'Linux', Jamf: 'Tools' });
  });

  it('reads what a group name qualifies: "CSS in JS" holds styling libraries, "C# Unit Test" nothing of JavaScript, "Continuous Integration Tools" no linter', () => {
    const text = resume(
      ...bullet('Built the React front end with Babel, ESLint and Mocha on ASP.NET with Emotion styles.'),
      'skills:',
      '  - name: CSS in JS',
      '    keywords: [styled-components, JSS]',
      '  - name: Continuous Integration Tools',
      '    keywords: [TeamCity, Jenkins]',
      '  - name: C# Unit Test',
      '    keywords: [xUnit, Moq]',
    );
    assert.deepEqual(picks(text), { React: 'NEW Frameworks', Babel: 'NEW Tools', ESLint: 'NEW Tools', Mocha: 'NEW Tools', 'ASP.NET': 'NEW Frameworks', Emotion: 'CSS in JS' });
    // "DevOps Tools" spans every tool of the practice, Git included.
    assert.deepEqual(picks(resume(...bullet('Kept 40 repos in Git.'), 'skills:', '  - name: DevOps Tools', '    keywords: [Jenkins, Terraform]')), { Git: 'DevOps Tools' });
  });

  it('files a web framework under no group named for testing, though test libraries are libraries too', () => {
    const text = resume(...bullet('Built the shop on Ruby on Rails with Cypress tests.'), 'skills:', '  - name: Web development', '    keywords: [HTML, CSS, React]', '  - name: Testing', '    keywords: [Jest, Sinon, Nock]');
    assert.deepEqual(picks(text), { 'Ruby on Rails': 'NEW Frameworks', Cypress: 'Testing' });
  });

  it('files frameworks and runtimes under "Programming", what one programs with, but not VMware, nor under "Programming Languages"', () => {
    const broad = resume(...bullet('Built 12 React apps on Node.js.'), 'skills:', '  - name: Programming', '    keywords: [Java, TypeScript, Bash]');
    assert.deepEqual(picks(broad), { React: 'Programming', 'Node.js': 'Programming' });
    const languages = resume(...bullet('Built 12 React apps.'), 'skills:', '  - name: Programming Languages', '    keywords: [Java, TypeScript, Bash]');
    assert.deepEqual(picks(languages), { React: 'NEW Frameworks' });
    // A platform one runs or uses is not programmed with: VMware and Supabase go elsewhere.
    const run = resume(...bullet('Ran 40 VMware hosts and 12 Supabase projects.'), 'skills:', '  - name: Programming', '    keywords: [Java, TypeScript, Bash]');
    assert.deepEqual(Object.values(picks(run)).filter((group) => group === 'Programming'), []);
  });

  it('files Jenkins under "Automation/Orchestration" before a group named for containers', () => {
    const text = resume(
      ...bullet('Ran 300 Jenkins jobs for 12 teams.'),
      'skills:',
      '  - name: Kubernetes, Docker, and containers',
      '    keywords: [Kubernetes, Docker]',
      '  - name: Automation/Orchestration',
      '    keywords: [Ansible]',
    );
    assert.deepEqual(picks(text), { Jenkins: 'Automation/Orchestration' });
  });

  it('says a cloud the skills do not list once, not each of its services that it will cover', () => {
    const text = resume(...bullet('Moved 40 jobs to AWS, with Lambda functions on AWS Kinesis streams cached in AWS ElastiCache.'), 'skills:', '  - name: Languages', '    keywords: [Python]');
    assert.deepEqual(Object.keys(picks(text)), ['Amazon Web Services']);
  });

  it('still takes a technology as listed when its family is listed in the same field (Kafka Streams beside Kafka, Alertmanager beside Prometheus)', () => {
    const text = resume(...bullet('Joined 3 topics with Kafka Streams, halving lag.'), 'skills:', '  - name: Messaging', '    keywords: [Kafka]');
    assert.deepEqual(picks(text), {});
    const alerts = resume(...bullet('Routed 40 Alertmanager alerts to on-call, halving pages.'), 'skills:', '  - name: Monitoring', '    keywords: [Prometheus]');
    assert.deepEqual(picks(alerts), {});
  });

  it('takes a technology as listed when a part named after it is (Spring beside Spring Boot, Redux beside Redux Toolkit, Shell beside Shell scripting), not beside its IDE', () => {
    const text = resume(...bullet('Moved 12 Spring services and the Redux store of the Android app to one repo.'), 'skills:', '  - name: Stack', '    keywords: [Spring Boot, Redux Toolkit, Android SDK]');
    assert.deepEqual(picks(text), {});
    const practice = resume(...bullet('Cut the release from 2 hours to 10 minutes with 30 shell scripts in Bash and Shell.'), 'skills:', '  - name: Practices', '    keywords: [Shell scripting, Bash]');
    assert.deepEqual(picks(practice), {});
    const ide = resume(...bullet('Shipped 3 Android apps with 1M installs.'), 'skills:', '  - name: Mobile', '    keywords: [Android Studio, Kotlin]');
    assert.deepEqual(picks(ide), { Android: 'Mobile' });
  });
});

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
    const skills = ['skills:', '  - name: Databases', '    keywords: [PostgreSQL, MySQL]', '  - name: Programming Languages', '    keywords: [Python, Go]'];
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

  it('files what one works with but does not program in under a group named only for tools ("Toolbox"), but no language nor an API', () => {
    const line = 'Shipped 30 Docker services behind Grafana, called the OpenAI API from Kotlin and scheduled jobs in Airflow.';
    const skills = ['skills:', '  - name: Programming', '    keywords: [Python, Java]', '  - name: Toolbox', '    keywords: [git]'];
    assert.deepEqual(picks(resume(...bullet(line), ...skills)), { Docker: 'Toolbox', Grafana: 'Toolbox', Kotlin: 'Programming', 'Apache Airflow': 'Toolbox' });
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

  it('offers the protocols a bullet names in passing only to a group named for networking, and those every program speaks (VPN, WebSocket) not at all', () => {
    const line = 'Answered ARP and DHCP requests for 2,000 devices over VPN, with WebSocket pushes and LDAP sign-in.';
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
});

