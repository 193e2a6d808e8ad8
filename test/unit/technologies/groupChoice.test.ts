// tech-not-in-skills: the group "Add to skills" picks, by what the group is named for (a kind, a field of work, a
// technology, a vendor) and what it lists, and the new group it names when none fits.
import { strict as assert } from 'node:assert';
import { applyFix, check, fixesOf, resume, service } from './ruleHelpers';
import { source } from '../../helpers/text';

describe('tech-not-in-skills: the group a field of work is named for', () => {
  it('puts Solana in "Blockchain" over "Backend", and Terraform in "Infrastructure as Code" over a new group', () => {
    const text = resume(
      'work:',
      '  - highlights:',
      '      - Bridged names from Injective to Solana for 20,000 users.',
      '      - Provisioned 40 accounts with Terraform.',
      'skills:',
      '  - name: Backend',
      '    keywords: [Express, PostgreSQL]',
      '  - name: Blockchain',
      '    keywords: [Cosmos SDK]',
      '  - name: Infrastructure as Code',
      '    keywords: [Ansible, Argo CD]',
    );
    assert.equal(applyFix(text, 'Add Solana to skills (Blockchain)'), text.replace('[Cosmos SDK]', '[Cosmos SDK, Solana]'));
    assert.equal(applyFix(text, 'Add Terraform to skills (Infrastructure as Code)'), text.replace('[Ansible, Argo CD]', '[Ansible, Argo CD, Terraform]'));
  });

  it('files Terraform or nginx under "DevOps" rather than start a group, but not a message broker', () => {
    const text = resume('work:', '  - highlights:', '      - Provisioned 40 nginx hosts with Terraform.', '      - Moved 12 queues to RabbitMQ.', 'skills:', '  - name: Languages', '    keywords: [Go, Python]', '  - name: DevOps', '    keywords: [Docker, Kubernetes, Ansible]');
    const first = fixesOf(text).map((titles) => titles[0]);
    assert.ok(first.includes('Add Terraform to skills (DevOps)'), first.join('; '));
    assert.ok(first.includes('Add nginx to skills (DevOps)'), first.join('; '));
    assert.ok(!first.includes('Add RabbitMQ to skills (DevOps)'), first.join('; '));
  });

  it('files a database beside two others in a long list of everything, rather than start a group', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 services to PostgreSQL.', 'skills:', '  - name: Experience', '    keywords: [MongoDB, Redis, Git, Docker, Jira, Figma, Slack, Postman, Vim, npm]');
    assert.equal(applyFix(text, 'Add PostgreSQL to skills (Experience)'), text.replace('Postman, Vim, npm]', 'Postman, Vim, npm, PostgreSQL]'));
  });

  it('files a database where the author keeps three others, whatever that group is named for ("Infrastructure")', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 services to MySQL.', 'skills:', '  - name: Infrastructure', '    keywords: [PostgreSQL, MongoDB, Redis, Docker, Terraform]');
    assert.equal(fixesOf(text)[0]![0], 'Add MySQL to skills (Infrastructure)');
  });

  it('puts Supabase, a Postgres database with an API, in "databases" rather than "frameworks"', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 12 apps to Supabase.', 'skills:', '  - name: frameworks', '    keywords: [Angular, React]', '  - name: databases', '    keywords: [Firebase, PostgreSQL]');
    assert.equal(fixesOf(text)[0]![0], 'Add Supabase to skills (databases)');
  });

  it('puts Dart in a group named for Flutter, the framework written in it', () => {
    const text = resume('work:', '  - highlights:', '      - Shipped 12 Flutter apps written in Dart to 40,000 users.', 'skills:', '  - name: Flutter & Mobile', '    keywords: [Flutter, Firebase]', '  - name: Python & Backend', '    keywords: [Python, FastAPI]');
    assert.equal(applyFix(text, 'Add Dart to skills (Flutter & Mobile)'), text.replace('[Flutter, Firebase]', '[Flutter, Firebase, Dart]'));
  });

  it('puts the CI server, the build tool and the artifact store in "Release Engineering", not among the servers', () => {
    const text = resume(
      'work:',
      '  - highlights:',
      '      - Moved 200 builds from Maven to Gradle on Jenkins, publishing to Artifactory.',
      'skills:',
      '  - name: Release Engineering',
      '    keywords: [Continuous Integration, Git]',
      '  - name: Infrastructure',
      '    keywords: [IIS, CentOS]',
    );
    assert.deepEqual(fixesOf(text).map((fixes) => fixes[0]), ['Add Apache Maven to skills (Release Engineering)', 'Add Gradle to skills (Release Engineering)', 'Add Jenkins to skills (Release Engineering)', 'Add JFrog Artifactory to skills (Release Engineering)']);
  });
});


describe('tech-not-in-skills: what a person would file where', () => {
  it('reads a project\'s keywords as the stack it used', () => {
    const text = resume('projects:', '  - name: Roguelike', '    keywords: [TypeScript, Procedural generation]', 'skills:', '  - name: Languages', '    keywords: [Python, C++]');
    assert.equal(applyFix(text, 'Add TypeScript to skills (Languages)'), text.replace('[Python, C++]', '[Python, C++, TypeScript]'));
  });

  it('reads the names a project keyword lists in parentheses ("Python (PyTorch, pandas)") as its stack too', () => {
    const text = resume('projects:', '  - name: Forecast', '    keywords: ["Python (PyTorch, pandas)"]', 'skills:', '  - name: Languages', '    keywords: [Python]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(' tech-not-in-skills: ')[1]), ['PyTorch is named here but in no skills group.', 'pandas is named here but in no skills group.']);
  });

  it('reads a misspelt project keyword as the technology its fix writes ("Kuberentes": Kubernetes)', () => {
    const text = resume('projects:', '  - name: Alerts', '    keywords: [Kuberentes]', 'skills:', '  - name: Languages', '    keywords: [Python]');
    assert.deepEqual(check(text).map((line) => line.split(' ').slice(0, 3).join(' ')), ['Kuberentes: information tech-name:', 'Kuberentes: information tech-not-in-skills:']);
  });

  it('files an OS, a security tool and another vendor\'s cloud under "DevOps & Cloud", not under "AWS" or "CI/CD"', () => {
    const text = resume(
      'work:',
      '  - highlights:',
      '      - Hardened 300 RHEL hosts and gated images with Snyk and Confluent Cloud topics.',
      'skills:',
      '  - name: AWS',
      '    keywords: [Amazon EC2, Amazon S3]',
      '  - name: CI/CD',
      '    keywords: [Jenkins, GitHub Actions]',
      '  - name: DevOps & Cloud',
      '    keywords: [Kubernetes, Terraform]',
    );
    assert.deepEqual(fixesOf(text), [
      ['Add Red Hat Enterprise Linux to skills (DevOps & Cloud)', 'Add Red Hat Enterprise Linux to a new skills group "Operating systems"'],
      ['Add Snyk to skills (DevOps & Cloud)', 'Add Snyk to a new skills group "Security"'],
      ['Add Confluent Cloud to skills (DevOps & Cloud)', 'Add Confluent Cloud to a new skills group "Cloud"'],
    ]);
  });

  it('offers, after the group a person would pick, the next likeliest group and a new one, for who files it otherwise', () => {
    const text = resume('work:', '  - highlights:', '      - Cut query time 40% by moving reports to ClickHouse.', 'skills:', '  - name: Storage', '    keywords: [PostgreSQL]', '  - name: Data', '    keywords: [dbt]');
    assert.deepEqual(fixesOf(text), [['Add ClickHouse to skills (Storage)', 'Add ClickHouse to skills (Data)', 'Add ClickHouse to a new skills group "Databases"']]);
  });

  it('offers Apple\'s SDK frameworks (UIKit, Core Data) only to a group named for Apple\'s platforms, and SwiftUI anywhere', () => {
    const frameworks = resume('work:', '  - highlights:', '      - Rebuilt 12 UIKit screens in SwiftUI over Core Data.', 'skills:', '  - name: Frameworks', '    keywords: [React]');
    assert.deepEqual(check(frameworks).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['SwiftUI']);
    const ios = frameworks.replace('name: Frameworks', 'name: iOS');
    assert.deepEqual(fixesOf(ios).map((fixes) => fixes[0]).filter((fix) => fix.endsWith('(iOS)')), ['Add UIKit to skills (iOS)', 'Add Core Data to skills (iOS)']);
  });

  it('files a CI server under a group named for CI/CD before one named for infrastructure, and Ansible the other way round', () => {
    const text = resume(
      'work:',
      '  - highlights:',
      '      - Moved 40 builds to Jenkins and provisioned 300 hosts with Ansible.',
      'skills:',
      '  - name: Infrastructure & Cloud',
      '    keywords: [Terraform, AWS, CloudFormation]',
      '  - name: CI/CD & DevOps',
      '    keywords: [GitHub Actions]',
    );
    assert.deepEqual(fixesOf(text).map((fixes) => fixes[0]), ['Add Jenkins to skills (CI/CD & DevOps)', 'Add Ansible to skills (Infrastructure & Cloud)']);
  });

  it('files a CI server under a group named for DevOps and automation, not under the servers beside it', () => {
    const text = resume(
      'work:',
      '  - highlights:',
      '      - Moved 40 builds to Jenkins.',
      'skills:',
      '  - name: Cloud & Infrastructure',
      '    keywords: [Azure, GCP, Terraform, Docker, Kubernetes]',
      '  - name: DevOps & Automation',
      '    keywords: [CI/CD, Azure DevOps, Python, Linux, Git]',
    );
    assert.deepEqual(fixesOf(text).map((fixes) => fixes[0]), ['Add Jenkins to skills (DevOps & Automation)']);
  });

  it('offers a machine\'s parts and buses (a GPU, I2C) only to a group named for hardware, not to "Graphics", "Equipment" or the hardware\'s languages', () => {
    const text = (groups: string[]): string[] =>
      fixesOf(resume('work:', '  - highlights:', '      - Cut frame time 40% on the GPU and read 12 sensors over I2C.', 'skills:', ...groups)).map((fixes) => fixes[0]!);
    assert.deepEqual(text(['  - name: Graphics', '    keywords: [OpenGL ES, ARM Mali]', '  - name: Hardware Description Languages', '    keywords: [Verilog, VHDL]', '  - name: Equipment', '    keywords: [Oscilloscope, STM32, FPGA]']), []);
    assert.deepEqual(text(['  - name: Graphics', '    keywords: [OpenGL, Vulkan]', '  - name: Hardware', '    keywords: [Arduino]']), ['Add GPU to skills (Hardware)', 'Add I2C to skills (Hardware)']);
  });

  it('files the Model Context Protocol with the AI work it serves, or starts "AI" for it, not "Standards"', () => {
    const bullet = ['work:', '  - highlights:', '      - Built 12 Model Context Protocol servers for our agents.', 'skills:'];
    assert.equal(fixesOf(resume(...bullet, '  - name: Tools', '    keywords: [Git]', '  - name: AI & Automation', '    keywords: [LangChain]'))[0]?.[0], 'Add Model Context Protocol to skills (AI & Automation)');
    assert.equal(fixesOf(resume(...bullet, '  - name: Languages', '    keywords: [Go]'))[0]?.at(-1), 'Add Model Context Protocol to a new skills group "AI"');
  });

  it('names a new group for a DevOps tool by what it does: "CI/CD" for Jenkins, "Containers" for Helm, "DevOps" for Ansible', () => {
    const text = resume('work:', '  - highlights:', '      - Deployed 40 services with Jenkins, Helm and Ansible.', 'skills:', '  - name: Languages', '    keywords: [Go]');
    assert.deepEqual(fixesOf(text).map((fixes) => fixes.at(-1)), ['Add Jenkins to a new skills group "CI/CD"', 'Add Helm to a new skills group "Containers"', 'Add Ansible to a new skills group "DevOps"']);
  });

  it('offers no new group named as one the resume has ("Databases" beside "databases")', () => {
    const text = resume('work:', '  - highlights:', '      - Cut query time 40% by moving reports to ClickHouse.', 'skills:', '  - name: databases', '    keywords: [PostgreSQL]', '  - name: Data', '    keywords: [dbt]');
    assert.deepEqual(fixesOf(text), [['Add ClickHouse to skills (databases)', 'Add ClickHouse to skills (Data)']]);
  });

  it('says nothing of a format or a chip where the skills have no room for it', () => {
    const text = resume('work:', '  - highlights:', '      - Exported 2 TB of JSON from the GPU cluster each night.', 'skills:', '  - name: Languages', '    keywords: [Go]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')), []);
  });

  it('offers a service the product calls (Stripe, Google Maps, Google Analytics) only to a group named for its kind', () => {
    const bullet = ['work:', '  - highlights:', '      - Built checkout on Stripe with store maps from Google Maps and funnels in Google Analytics, in Django.'];
    const backend = resume(...bullet, 'skills:', '  - name: Backend', '    keywords: [Python]');
    assert.deepEqual(check(backend).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Django']);
    const named = resume(...bullet, 'skills:', '  - name: Payments', '    keywords: [Adyen]', '  - name: Analytics', '    keywords: [Mixpanel]', '  - name: Backend', '    keywords: [Python, Django]');
    assert.equal(applyFix(named, 'Add Stripe to skills (Payments)'), named.replace('[Adyen]', '[Adyen, Stripe]'));
    assert.equal(applyFix(named, 'Add Google Analytics to skills (Analytics)'), named.replace('[Mixpanel]', '[Mixpanel, Google Analytics]'));
    // A store or a CRM the product syncs with is such a service too (blind readers listed 3 of 25).
    const synced = resume('work:', '  - highlights:', '      - Synced 40,000 orders between Shopify and Salesforce in Django.', 'skills:', '  - name: Backend', '    keywords: [Python]');
    assert.deepEqual(check(synced).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Django']);
    const integrations = synced.replace('  - name: Backend', '  - name: Integrations\n    keywords: [HubSpot]\n  - name: Backend');
    assert.deepEqual(check(integrations).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Shopify', 'Salesforce', 'Django']);
  });

  it('offers an editor or an API client (VS Code, Postman) only to a group named for editors or IDEs, and a platform\'s own IDE (Xcode) anywhere', () => {
    const text = resume('work:', '  - highlights:', '      - Shipped 12 app releases from Xcode, debugging the API in Postman and VS Code.', 'skills:', '  - name: Languages', '    keywords: [Swift]');
    assert.deepEqual(check(text).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Xcode']);
    const ides = text.replace('  - name: Languages', '  - name: IDEs\n    keywords: [IntelliJ IDEA]\n  - name: Languages');
    assert.deepEqual(check(ides).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Xcode', 'Postman', 'VS Code']);
  });

  it('offers office programs (Excel, PowerPoint) only to a group named for them, as Jira and Slack', () => {
    const bullet = ['work:', '  - highlights:', '      - Replaced the Excel and PowerPoint reports with a Grafana board read by 40 managers.'];
    const tools = resume(...bullet, 'skills:', '  - name: Tools', '    keywords: [Docker]');
    assert.deepEqual(check(tools).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Grafana']);
    const named = resume(...bullet, 'skills:', '  - name: Office', '    keywords: [Microsoft Word]');
    assert.equal(applyFix(named, 'Add Microsoft Excel to skills (Office)'), named.replace('[Microsoft Word]', '[Microsoft Word, Microsoft Excel]'));
  });

  it('offers Jira and Slack only to a group named for collaboration, and Go not to "Bash/Shell Scripting"', () => {
    const bullet = ['work:', '  - highlights:', '      - Tracked 300 incidents in Jira and wrote the Go agent that pages on Slack.'];
    const tools = resume(...bullet, 'skills:', '  - name: DevOps', '    keywords: [Docker]', '  - name: Bash/Shell Scripting', '    keywords: [Bash]');
    assert.deepEqual(check(tools).filter((line) => line.includes('tech-not-in-skills')).map((line) => line.split(':')[0]), ['Go']);
    assert.equal(applyFix(tools, 'Add Go to a new skills group "Languages"').endsWith('  - name: Languages\n    keywords: [Go]'), true);
    const named = resume(...bullet, 'skills:', '  - name: Collaboration', '    keywords: [Confluence]');
    assert.equal(applyFix(named, 'Add Jira to skills (Collaboration)'), named.replace('[Confluence]', '[Confluence, Jira]'));
  });

  it('files JavaScript or TypeScript beside what is written in it when no group is named for languages', () => {
    const text = resume('work:', '  - highlights:', '      - Rewrote the shop in TypeScript, cutting bugs 40%.', 'skills:', '  - name: Backend', '    keywords: [Django, PostgreSQL]', '  - name: Frontend', '    keywords: [React, Redux, Sass]', '  - name: Testing', '    keywords: [Jest]');
    assert.deepEqual(fixesOf(text)[0]![0], 'Add TypeScript to skills (Frontend)');
  });

  it('takes a group named for the rest of one\'s skills ("Other Technologies", "VCS and other") as a catch-all, not "Other" alone', () => {
    const rest = resume('work:', '  - highlights:', '      - Moved 40 services to Kubernetes.', 'skills:', '  - name: Languages', '    keywords: [Go]', '  - name: Other Technologies', '    keywords: [Git]');
    assert.deepEqual(fixesOf(rest)[0]![0], 'Add Kubernetes to skills (Other Technologies)');
    const other = resume('work:', '  - highlights:', '      - Moved 40 services to Kubernetes.', 'skills:', '  - name: Languages', '    keywords: [Go]', '  - name: Other', '    keywords: [Git]');
    assert.deepEqual(fixesOf(other)[0]![0], 'Add Kubernetes to a new skills group "Containers"');
  });

  it('takes "Storages and queues" as a group for databases', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 reports to ClickHouse.', 'skills:', '  - name: Languages', '    keywords: [Ruby, Go]', '  - name: Storages and queues', '    keywords: [Redis, Kafka]');
    assert.deepEqual(fixesOf(text)[0]![0], 'Add ClickHouse to skills (Storages and queues)');
  });

  it('takes "Current stack" or "Technical Stack" beside a group for languages as a catch-all', () => {
    const stack = resume('work:', '  - highlights:', '      - Moved 40 services to Kubernetes.', 'skills:', '  - name: Languages', '    keywords: [Go, Python]', '  - name: Current stack', '    keywords: [FastAPI, Gin]');
    assert.deepEqual(fixesOf(stack)[0]![0], 'Add Kubernetes to skills (Current stack)');
    assert.deepEqual(fixesOf(stack.replace('Current stack', 'Technical Stack'))[0]![0], 'Add Kubernetes to skills (Technical Stack)');
  });

  it('takes "Hard Skills" beside the soft ones, or "Buzzwords", as a catch-all, and files no protocol under "Hardware Description Languages"', () => {
    const hard = resume('work:', '  - highlights:', '      - Moved 40 services to Kubernetes.', 'skills:', '  - name: Hard Skills', '    keywords: [Go, Ruby on Rails]');
    assert.deepEqual(fixesOf(hard)[0]![0], 'Add Kubernetes to skills (Hard Skills)');
    assert.deepEqual(fixesOf(hard.replace('Hard Skills', 'Buzzwords'))[0]![0], 'Add Kubernetes to skills (Buzzwords)');
    // "Tech stack and tools" and "Skills" in Chinese, "Skill" in Japanese: catch-alls too.
    for (const name of ['技术栈和工具', '技能', 'スキル']) assert.deepEqual(fixesOf(hard.replace('Hard Skills', name))[0]![0], `Add Kubernetes to skills (${name})`);
    // "technicalskills": "Technical Skills" run together as a data key.
    assert.deepEqual(fixesOf(hard.replace('Hard Skills', 'technicalskills'))[0]![0], 'Add Kubernetes to skills (technicalskills)');
    // "Secondary skills" beside "Primary skills": the rest of one's skills, where what is missing goes.
    const rest = resume('work:', '  - highlights:', '      - Moved 40 services to Kubernetes.', 'skills:', '  - name: Primary skills', '    keywords: [Go, Ruby on Rails]', '  - name: Secondary skills', '    keywords: [Git]');
    assert.deepEqual(fixesOf(rest)[0]![0], 'Add Kubernetes to skills (Secondary skills)');
    const hdl = resume('work:', '  - highlights:', '      - Wrote the I2C driver for 4 sensor boards in Rust.', 'skills:', '  - name: Programming Languages', '    keywords: [C, Python]', '  - name: Hardware Description Languages', '    keywords: [Verilog, VHDL]');
    assert.deepEqual(fixesOf(hdl).map((titles) => titles[0]), ['Add Rust to skills (Programming Languages)']);
  });

  it('files a charting library under "Visualization" before a group named for its kind ("Big Data")', () => {
    const text = resume('work:', '  - highlights:', '      - Charted 40 pipelines\' costs in Matplotlib for the finance team.', 'skills:', '  - name: Big Data', '    keywords: [Apache Spark]', '  - name: Visualization', '    keywords: [Tableau]');
    assert.deepEqual(fixesOf(text)[0]![0], 'Add Matplotlib to skills (Visualization)');
  });

  it('reads the groups again after a keystroke renames one in place (the parsed document is updated, not replaced)', () => {
    const before = resume('work:', '  - highlights:', '      - Moved 40 services to Kubernetes.', 'skills:', '  - name: Languages', '    keywords: [Go]', '  - name: Other Technologies', '    keywords: [Git]');
    const after = before.replace('Other Technologies', 'Other');
    const uri = 'file:///renamed.yaml';
    const titles = (text: string): string[] => service.lint(source(text, uri)).filter((d) => d.code === 'tech-not-in-skills').flatMap((d) => ((d.data as { fixes?: Array<{ title: string }> }).fixes ?? []).map((fix) => fix.title));
    assert.deepEqual(titles(before)[0], 'Add Kubernetes to skills (Other Technologies)');
    assert.deepEqual(titles(after)[0], 'Add Kubernetes to a new skills group "Containers"');
  });

  it('never files Spring or Django under "Frontend"', () => {
    const text = resume('work:', '  - highlights:', '      - Rebuilt the billing API on Spring Boot and the admin site on Django.', 'skills:', '  - name: Frontend', '    keywords: [React, TypeScript]');
    assert.deepEqual(fixesOf(text), [['Add Spring Boot to a new skills group "Frameworks"'], ['Add Django to a new skills group "Frameworks"']]);
  });
});

describe('tech-not-in-skills: groups named for testing and for clouds', () => {
  it('puts Maven beside the back end\'s code, not among its tests ("Backend QA")', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 30 Java services to Maven.', 'skills:', '  - name: Backend', '    keywords: [Java, Spring Boot]', '  - name: Backend QA', '    keywords: [JUnit, Mockito, Cucumber]');
    assert.equal(fixesOf(text)[0]![0], 'Add Apache Maven to skills (Backend)');
  });

  it('starts a group for an operating system rather than file it under "Cloud"', () => {
    const text = resume('work:', '  - highlights:', '      - Moved 40 servers to CentOS.', 'skills:', '  - name: Cloud', '    keywords: [AWS, Google Cloud]', '  - name: Languages', '    keywords: [Python, Go]');
    assert.equal(fixesOf(text)[0]![0], 'Add CentOS to a new skills group "Operating systems"');
    // A desktop's distribution (Ubuntu, Debian, Arch Linux) only where a group is named for Linux or operating systems.
    assert.deepEqual(fixesOf(text.replace('CentOS', 'Ubuntu')), []);
    assert.equal(fixesOf(text.replace('CentOS', 'Ubuntu').replace('  - name: Cloud', '  - name: Operating Systems\n    keywords: [Windows]\n  - name: Cloud'))[0]![0], 'Add Ubuntu to skills (Operating Systems)');
  });
});
