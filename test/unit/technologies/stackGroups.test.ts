// tech-not-in-skills: the group "Add to skills" picks when the groups are named for a layer of the stack
// ("Frontend", "Backend") or for a field ("Messaging", "Containerization", "Databases"), not for a kind of thing.
import { strict as assert } from 'node:assert';
import { bullet, picks, resume } from './ruleHelpers';

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
    // "Web Services" names the services one builds or calls, "Amazon Web Services" a cloud: neither is the web's field.
    for (const group of ['Web Services', 'Amazon Web Services', 'Web Servers']) {
      assert.deepEqual(picks(resume(...bullet('Built 12 pages in HTML and CSS.'), 'skills:', `  - name: ${group}`, '    keywords: [SOAP, REST, nginx]')), {});
    }
    assert.deepEqual(picks(resume(...bullet('Built 12 pages in HTML and CSS.'), 'skills:', '  - name: Web', '    keywords: [React]')), { HTML: 'Web', CSS: 'Web' });
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
    assert.deepEqual(picks(text), { 'Ruby on Rails': 'Web development', Cypress: 'Testing' });
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
