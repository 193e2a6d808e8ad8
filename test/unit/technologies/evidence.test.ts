// What shows a skill in use (skill-no-evidence): its own name in any form, and the names tied to it by what they are
// built on, written in or done with; no evidence is asked of knowledge, fields, practices or what one is learning.
import { strict as assert } from 'node:assert';
import { check, resume } from './ruleHelpers';

describe('what shows a skill in use', () => {
  it('takes a framework or tool as evidence of the language it is written in (Django for Python, Terraform for HCL)', () => {
    const text = resume('work:', '  - highlights:', '      - Built Django APIs provisioned with Terraform modules', 'skills:', '  - name: Languages', '    keywords: [Python, HCL, Rust]', '  - name: Tools', '    keywords: [Django, Terraform]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Rust']);
  });

  it('takes no word in lower case read as a library\'s name as evidence of its language ("cached Maps requests" shows no Python)', () => {
    const text = resume('work:', '  - highlights:', '      - Built a Go API that cached Google Maps requests, cutting latency 40%.', 'skills:', '  - name: Languages', '    keywords: [Go, Python]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Python']);
  });

  it('takes a cloud\'s services as evidence of the cloud ("EC2 and S3" for AWS), as "Add to skills" offers the cloud for them', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 services to EC2 and S3, cutting hosting cost 30%.', 'skills:', '  - name: Cloud', '    keywords: [Docker]');
    assert.deepEqual(check(text).map((line) => line.split(': ').slice(0, 2).join(': ')), ['EC2: information tech-not-in-skills', 'Docker: hint skill-no-evidence']);
    const added = resume('work:', '  - highlights:', '      - Moved 40 services to EC2 and S3, cutting hosting cost 30%.', 'skills:', '  - name: Cloud', '    keywords: [Docker, Amazon Web Services, Azure]');
    assert.deepEqual(check(added).map((line) => line.split(':')[0]), ['Docker', 'Azure']);
  });

  it('takes no tool that every language drives as evidence of one of them (Selenium work shows no Python)', () => {
    const text = resume('work:', '  - highlights:', '      - Built a test automation framework with Ruby and Selenium', 'skills:', '  - name: Languages', '    keywords: [Ruby, Python]', '  - name: Tools', '    keywords: [Selenium]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Python']);
  });

  it('takes a name\'s words run together in a sentence as the name in use ("vendors including Checkpoint" for Check Point), so its fix leaves no hint behind', () => {
    const text = resume('work:', '  - highlights:', '      - Ran firewalls from vendors including Checkpoint, Cisco and Juniper for 40 sites.', 'skills:', '  - name: Firewalls', '    keywords: [Check Point]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')), []);
  });

  it('takes a plural phrase as evidence ("Web Application Firewalls" for WAF), and asks for evidence of GitHub', () => {
    const text = resume('work:', '  - highlights:', '      - Ran Web Application Firewalls for 40 banks', 'skills:', '  - name: Security', '    keywords: [WAF, GitHub]');
    assert.deepEqual(check(text), ['GitHub: hint skill-no-evidence: No bullet, summary or project mentions GitHub: add one that shows it in use, or drop the keyword.']);
  });

  it('takes a console generation as evidence of its console (PS3 for PlayStation), a generation being a platform of its own', () => {
    const text = resume('work:', '  - highlights:', '      - Shipped 3 titles on PS3 and PlayStation 4', 'skills:', '  - name: Platforms', '    keywords: [PlayStation, Nintendo Switch]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Nintendo Switch']);
  });

  it('asks no evidence of a regulation, a compliance framework or a certification (GDPR, SOC 2, TOGAF), but of a tool', () => {
    const text = resume('work:', '  - highlights:', '      - Cut audit findings 40%', 'skills:', '  - name: Security', '    keywords: [GDPR, SOC 2, ISO 27001, TOGAF, OWASP Top 10, Burp Suite]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Burp Suite']);
  });

  it('asks no evidence of the internet\'s own protocols (HTTP, DNS, SSH), a network engineer\'s (BGP, OSPF, spanning tree), those systems talk through (SOAP, JWT, SNMP, LDAP) nor of a notation (UML), but of the gear that runs them (Cisco IOS)', () => {
    const text = resume('work:', '  - highlights:', '      - Ran 40 edge sites for a regional ISP, cutting outages 30%.', 'skills:', '  - name: Networking', '    keywords: [HTTP, DNS, TCP/IP, SMTP, SSH, VPN, BGP, OSPF, HSRP, Spanning Tree, VLANs, SOAP, JWT, SNMP, LDAP, UML, BPMN, Cisco IOS]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Cisco IOS']);
    // A switch's and a wireless network's own protocols, and a trading system's (FIX), too.
    const more = resume('work:', '  - highlights:', '      - Ran 40 edge sites for a regional ISP, cutting outages 30%.', 'skills:', '  - name: Networking', '    keywords: [RSTP, MSTP, 802.1Q, 802.1D, VTP, EAP, MACsec, WPA2, PROXY protocol, FIX, Nornir]');
    assert.deepEqual(check(more).map((line) => line.split(':')[0]), ['Nornir']);
    // A building's and a microcontroller's (BACnet, USART); and CAPL, the language CANoe runs, shown by CANoe work.
    const embedded = resume('work:', '  - highlights:', '      - Wrote CANoe test configurations for 12 ECUs.', 'skills:', '  - name: Embedded', '    keywords: [BACnet, USART, CAPL, Zephyr]');
    assert.deepEqual(check(embedded).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['Zephyr']);
    // Nor of a kind of system one builds, named for what it is (an RTOS, device drivers, a PWA).
    const kinds = resume('work:', '  - highlights:', '      - Shipped 4 boards for a regional ISP, cutting outages 30%.', 'skills:', '  - name: Embedded', '    keywords: [RTOS, Device drivers, PWA, Zephyr]');
    assert.deepEqual(check(kinds).map((line) => line.split(':')[0]), ['Zephyr']);
  });

  it('asks no evidence of a field of study ("Deep learning", "PCA") or a technique (RAG), but of a tool (PyTorch)', () => {
    const text = resume('work:', '  - highlights:', '      - Shipped a churn model that cut losses 12%', 'skills:', '  - name: ML', '    keywords: [Deep learning, PCA, NLP, RAG, PyTorch]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['PyTorch']);
  });

  it('asks no evidence of what a group says the author is learning or curious about ("Currently Learning", "Interests"), but of what they are "Familiar" with', () => {
    const text = resume('work:', '  - highlights:', '      - Cut costs 30% with Python jobs.', 'skills:', '  - name: Languages', '    keywords: [Python]', '  - name: Currently Learning', '    keywords: [Elixir, Phoenix]', '  - name: INTERESTS', '    keywords: [Rust, Clojure]', '  - name: Familiar', '    keywords: [Haskell]', '  - name: Machine Learning', '    keywords: [PyTorch]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Haskell', 'PyTorch']);
  });

  it('takes a name tied to the skill as evidence (OpenShift for Kubernetes, Prometheus for PromQL, Kibana for ELK, ESP-IDF for FreeRTOS)', () => {
    const text = resume('work:', '  - highlights:', '      - Ran 40 OpenShift clusters with Prometheus alerts and Kibana boards', 'skills:', '  - name: Ops', '    keywords: [Kubernetes, PromQL, ELK, Red Hat OpenShift, Prometheus, Kibana, Helm]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Helm']);
    const firmware = resume('work:', '  - highlights:', '      - Wrote ESP-IDF firmware and Azure Durable Functions for 40 sensors', 'skills:', '  - name: Embedded', '    keywords: [FreeRTOS, ESP-IDF, Azure Functions, Zephyr]');
    assert.deepEqual(check(firmware).map((line) => line.split(':')[0]), ['Zephyr'], 'ESP-IDF runs on FreeRTOS; Durable Functions are Azure Functions');
    const queries = resume('work:', '  - highlights:', '      - Ran the Jira setup of 12 teams.', 'skills:', '  - name: Tools', '    keywords: [Jira, JQL, Confluence]');
    assert.deepEqual(check(queries).map((line) => line.split(':')[0]), ['Confluence'], 'JQL is written in Jira');
  });

  it('takes a database\'s work as evidence of its dialect (SQL Server for T-SQL), C# for .NET Framework and Angular for RxJS', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 reports to SQL Server and 3 apps from C# WinForms to Angular', 'skills:', '  - name: Stack', '    keywords: [T-SQL, .NET Framework, RxJS, Microsoft SQL Server, C#, Angular, PL/SQL]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['PL/SQL']);
    // And the other way: T-SQL written is work on SQL Server.
    const dialect = resume('work:', '  - highlights:', '      - Wrote 200 T-SQL procedures for billing.', 'skills:', '  - name: Data', '    keywords: [T-SQL, SQL Server 7.0 - 2016, MySQL]');
    assert.deepEqual(check(dialect).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['MySQL']);
  });

  it('takes an extension\'s work as evidence of its database (TimescaleDB for PostgreSQL), and a misspelt former name of its product', () => {
    const text = resume('work:', '  - highlights:', '      - Kept 3 years of meter readings in TimescaleDB and the fleet in SalkStack', 'skills:', '  - name: Data', '    keywords: [PostgreSQL, TimescaleDB, SaltStack]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')), []);
  });

  it('takes the products a practice is done with as its evidence (MongoDB for NoSQL, Datadog for observability)', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 services to MongoDB, watched in Datadog, reported from Snowflake', 'skills:', '  - name: Data', '    keywords: [NoSQL, Observability, Data Warehousing, MongoDB, Datadog, Snowflake]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')), []);
  });

  it('takes GitLab or GitHub work as evidence of Git, GitLab\'s of its CI, Next.js work of React, Express work of Node.js', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 repos to GitLab and built the shop in Next.js on Express, code on GitHub', 'skills:', '  - name: Tools', '    keywords: [Git, GitLab CI/CD, React, Node.js, GitLab, Next.js, Express, GitHub]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')), []);
    const github = resume('work:', '  - highlights:', '      - Published 12 libraries on GitHub', 'skills:', '  - name: Tools', '    keywords: [Git, GitHub, Mercurial]');
    assert.deepEqual(check(github).map((line) => line.split(':')[0]), ['Mercurial']);
    // A Vue framework is Vue work, a Svelte one Svelte work, and Laravel's models are Eloquent's; not Node.js work.
    const frameworks = resume('work:', '  - highlights:', '      - Built the shop with Nuxt, the docs with SvelteKit and the API with Laravel', 'skills:', '  - name: Web', '    keywords: [Vue.js, Svelte, Eloquent, Node.js, Nuxt, SvelteKit, Laravel]');
    assert.deepEqual(check(frameworks).map((line) => line.split(':')[0]), ['Node.js']);
    // Android work is done in Android Studio and iOS work in Xcode; a named RTOS is RTOS work, BGP peering TCP/IP work.
    const mobile = resume('work:', '  - highlights:', '      - Shipped 3 Android and iOS apps to 1M users on FreeRTOS boards over BGP links', 'skills:', '  - name: Mobile', '    keywords: [Android, iOS, Android Studio, Xcode, FreeRTOS, BGP, RTOS, TCP/IP, Vim]');
    assert.deepEqual(check(mobile).map((line) => line.split(':')[0]), ['Vim']);
    // An embedded Linux built with Yocto is Linux work; functions deployed with AWS SAM are Lambda work.
    const built = resume('work:', '  - highlights:', '      - Built the board image with Yocto and deployed 40 functions with AWS SAM', 'skills:', '  - name: Platforms', '    keywords: [Linux, AWS Lambda, Yocto, AWS SAM, FreeBSD]');
    assert.deepEqual(check(built).map((line) => line.split(':')[0]), ['FreeBSD']);
    // vCenter is run from its clients: work on vCenter is work in them.
    const clients = resume('work:', '  - highlights:', '      - Moved 300 VMs between 4 clusters with VMware vCenter', 'skills:', '  - name: Virtualization', '    keywords: [VMware vCenter, vCenter Thick Client, vCenter Web Client, vMotion]');
    assert.deepEqual(check(clients).map((line) => line.split(':')[0]), ['vMotion']);
    // dbt models are SQL work, Power BI measures DAX, Gerrit reviews Git.
    const data = resume('work:', '  - highlights:', '      - Modelled 40 marts in dbt, reported them in Power BI and reviewed every change in Gerrit', 'skills:', '  - name: Data', '    keywords: [SQL, DAX, Git, dbt, Power BI, Gerrit, Looker]');
    assert.deepEqual(check(data).map((line) => line.split(':')[0]), ['Looker']);
  });

  it('takes a name built on the skill\'s as evidence (Dockerfile, PySpark), not JavaScript for Java', () => {
    const text = resume('work:', '  - highlights:', '      - Wrote Dockerfile templates, PySpark jobs, Shell deploy scripts and JavaScript widgets', 'skills:', '  - name: Tools', '    keywords: [Docker, Spark, Java, Dockerfile, PySpark, Shell, JavaScript]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Java']);
  });

  it('takes the product made a verb as evidence ("dockerized microservices"), not another word that starts so', () => {
    const text = resume('work:', '  - highlights:', '      - Built 12 dockerized microservices and a terraforming game.', 'skills:', '  - name: Tools', '    keywords: [Docker, Terraform]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Terraform']);
  });

  it('takes web framework work as evidence of HTML and CSS (React, Bootstrap), not "websites" alone', () => {
    const react = resume('work:', '  - highlights:', '      - Rebuilt the checkout in React with Bootstrap themes', 'skills:', '  - name: Web', '    keywords: [HTML, CSS, React, Bootstrap]');
    assert.deepEqual(check(react), []);
    const sites = resume('work:', '  - highlights:', '      - Built 12 websites for local shops', 'skills:', '  - name: Web', '    keywords: [HTML, CSS]');
    assert.deepEqual(check(sites).map((line) => line.split(':')[0]), ['HTML', 'CSS']);
  });

  it('takes Compose work as evidence of Docker, Bash of Shell, Flutter of Dart, Keras of TensorFlow', () => {
    const text = resume('work:', '  - highlights:', '      - Ran 40 services with Docker Compose, deployed by Bash scripts, for a Flutter app with a Keras model', 'skills:', '  - name: Tools', '    keywords: [Docker, Shell, Dart, TensorFlow, Docker Compose, Bash, Flutter, Keras]');
    assert.deepEqual(check(text), []);
  });

  it('takes kernel, driver and bootloader work as evidence of C, which no sentence about it names', () => {
    const text = resume('work:', '  - highlights:', '      - Ported 3 Linux kernel drivers and the U-Boot bootloader to a new board', 'skills:', '  - name: Languages', '    keywords: [C, Rust]', '  - name: Systems', '    keywords: [Linux kernel, U-Boot]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Rust']);
  });

  it('does not take Kubernetes work as evidence of Docker (blind readers asked for its own in 35 resumes of 50)', () => {
    const text = resume('work:', '  - highlights:', '      - Ran 40 services on Kubernetes', 'skills:', '  - name: Tools', '    keywords: [Docker, Kubernetes]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Docker']);
  });

  it('takes work with a library written for the skill\'s language as evidence (pandas and Airflow for Python), not for another', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 pandas reports to Airflow DAGs', 'skills:', '  - name: Languages', '    keywords: [Python, Scala]', '  - name: Data', '    keywords: [pandas, Airflow]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['Scala']);
  });
});

describe('skills the vocabulary does not know', () => {
  const skills = (...keywords: string[]): string[] =>
    check(resume('work:', '  - highlights:', '      - Parsed the feed with Moshi and Modernizr checks, on Canary releases.', 'skills:', '  - name: Libraries', `    keywords: [Retrofit, Hilt, ${keywords.join(', ')}]`))
      .filter((line) => line.includes('skill-no-evidence'))
      .map((line) => line.split(':')[0]);

  it('asks for evidence of a name among technologies, as of any known one (Stetho, Timber)', () => {
    assert.deepEqual(skills('Moshi', 'Stetho', 'Timber'), ['Retrofit', 'Hilt', 'Stetho', 'Timber']);
  });

  it('finds it written in any casing or without ".js", and leaves practices, abbreviations and soft skills alone', () => {
    assert.deepEqual(skills('moshi', 'Modernizr.js', 'Canary', 'HPA/VPA', 'Mentoring', 'Leadership'), ['Retrofit', 'Hilt']);
  });

  it('takes the word a group is named with as a kind of thing, not a product ("Databases", "Frameworks")', () => {
    assert.deepEqual(skills('Databases', 'Frameworks', 'Tools'), ['Retrofit', 'Hilt']);
  });

  it('takes a plural, an adverb, words joined by hyphens in lower case, "etc.", a word in another script and a field as no product ("Callbacks", "APIs", "design-systems", "Методологии", "Photography"), but "Canvas" as one', () => {
    assert.deepEqual(skills('Callbacks', 'sockets', 'APIs', 'Programmatically', 'design-systems', 'etc.', 'Методологии', 'Photography', 'Topology', 'Canvas'), ['Retrofit', 'Hilt', 'Canvas']);
  });

  it('takes a short name or an alias before what was built on it as evidence ("Kafka-based", "MSSQL-backed"), and a database\'s work as its own client\'s (SSMS)', () => {
    const text = resume('work:', '  - highlights:', '      - Led a Kafka-based ingestion framework feeding an MSSQL-backed warehouse of 4 TB.', 'skills:', '  - name: Data', '    keywords: [Kafka, Microsoft SQL Server, SSMS, MySQL Workbench]');
    assert.deepEqual(check(text).map((line) => line.split(':')[0]), ['MySQL Workbench']);
  });

  it('takes an unknown keyword among protocols known rather than used as another such technique ("Inter-AS", "CsC" beside OSPF, MP-BGP and EVPN)', () => {
    const text = resume('work:', '  - highlights:', '      - Ran the backbone of 40 routers.', 'skills:', '  - name: Skills', '    keywords: [OSPF, IS-IS, MP-BGP, MPLS-TE, EVPN, Inter-AS, CsC, Junos]');
    assert.deepEqual(check(text).filter((line) => line.includes('skill-no-evidence')).map((line) => line.split(':')[0]), ['Junos']);
  });

  it('asks no evidence of a field, a style, a quality of a system or a craft ("Distributed systems", "REST", "Serverless", "Shell scripting"), but of a technique used by name ("Distributed tracing")', () => {
    assert.deepEqual(skills('Distributed systems', 'Observability', 'Serverless', 'Technical writing', 'REST', 'Shell scripting', 'Distributed tracing'), ['Retrofit', 'Hilt', 'Distributed tracing']);
  });
});
