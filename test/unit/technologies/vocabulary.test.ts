import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUGGESTED_VALUES } from '../../../server/src/core/data/values';
import { ORDINARY_WORDS, TECHNOLOGIES, type TechCategory, type Technology } from '../../../server/src/core/technologies/data';

/**
 * How the engine compares spellings: case, spaces, dots, hyphens and underscores do not count; + and # do, and so
 * does a leading dot (.NET); compatibility forms are read as plain letters (I²C is I2C).
 */
function squash(text: string): string {
  const lower = text.normalize('NFKC').trim().toLowerCase();
  return (lower.startsWith('.') ? '.' : '') + lower.replace(/[\s._-]+/g, '');
}

const CATEGORIES: readonly TechCategory[] = [
  'language', 'framework', 'library', 'database', 'cloud', 'devops', 'infrastructure', 'networking', 'observability',
  'data', 'ml', 'os', 'hardware', 'security', 'tool', 'platform', 'standard', 'methodology', 'network',
  'company',
];

const byName = new Map(TECHNOLOGIES.map((technology) => [technology.name, technology]));

/** The technology a written spelling resolves to: its name, an alias or a former name, compared squashed. */
function resolve(written: string): Technology | undefined {
  const key = squash(written);
  return TECHNOLOGIES.find((technology) =>
    [technology.name, ...technology.aliases, ...technology.formerNames].some((spelling) => squash(spelling) === key));
}


const DATA = join(__dirname, '..', '..', '..', 'server', 'data', 'technologies');
describe('the technology vocabulary', () => {
  it('knows at least 3,000 technologies', () => {
    assert.ok(TECHNOLOGIES.length >= 3000, `only ${TECHNOLOGIES.length}`);
  });

  it('gives every technology a non-empty name, a known category and its rank by popularity', () => {
    TECHNOLOGIES.forEach((technology, index) => {
      assert.ok(technology.name.trim().length > 0 && technology.name === technology.name.trim(), JSON.stringify(technology));
      assert.ok(CATEGORIES.includes(technology.category), `${technology.name}: ${technology.category}`);
      assert.equal(technology.rank, index + 1, technology.name);
    });
  });

  it('lets each spelling name one technology only: no name, alias or former name is shared, but an exact one', () => {
    // `exact:` in a curated file: a spelling that is its technology's in exactly that case ("dlt" beside "DLT", "LoRA" beside LoRa).
    const exact = new Set(
      readdirSync(DATA)
        .filter((file) => file.endsWith('.yaml'))
        .flatMap((file) => [...readFileSync(join(DATA, file), 'utf8').matchAll(/exact: \[([^\]]*)\]/g)].flatMap((match) => match[1]!.split(',').map((word) => word.trim()))),
    );
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const technology of TECHNOLOGIES) {
      for (const spelling of [technology.name, ...technology.aliases, ...technology.formerNames]) {
        if (exact.has(spelling)) continue;
        const key = squash(spelling);
        const holder = owner.get(key);
        if (holder !== undefined && holder !== technology.name) clashes.push(`"${spelling}" of ${technology.name} is also ${holder}`);
        owner.set(key, technology.name);
      }
    }
    assert.deepEqual(clashes, []);
    assert.deepEqual([...exact].sort(), ['2GP', 'ADB', 'ALV', 'AMDP', 'CloudVision', 'DETR', 'EAP', 'EWS', 'FIX', 'GMI', 'Hydrogen', 'Input System', 'KMDF', 'LoRA', 'MT4', 'MT5', 'PHPCS', 'RAJA', 'RAL', 'RDF', 'ReAct', 'Rewired', 'SBE', 'SLDS', 'STAC', 'SVA', 'Singer', 'VIPER', 'WDF', 'WDK', 'WDM', 'WMI', 'Xray', 'ZIA', 'ZPA', 'dlt', 'mSCP']);
  });

  it('keeps names that differ only by + or # apart: C, C#, C++, F#, .NET', () => {
    for (const name of ['C', 'C#', 'C++', 'F#', '.NET', 'R', 'Go']) assert.equal(resolve(name)?.name, name);
    assert.equal(resolve('csharp')?.name, 'C#');
    assert.equal(resolve('cpp')?.name, 'C++');
  });

  it('writes names exactly as their projects and vendors style them', () => {
    const styled = [
      'gRPC', 'PyTorch', 'macOS', 'iOS', 'GraphQL', 'Node.js', '.NET', 'C#', 'C++', 'Objective-C', 'Next.js',
      'scikit-learn', 'nginx', 'HAProxy', 'PostgreSQL', 'Kubernetes', 'TypeScript', 'JavaScript', 'VMware', 'GitHub',
      'MySQL', 'MongoDB', 'Redis', 'Terraform', 'Amazon S3', 'Amazon EC2', 'AWS Lambda', 'Google BigQuery',
      'Azure Functions', 'Fluent Bit', 'InfiniBand', 'NVMe-oF', 'OSPF', 'IS-IS', 'VXLAN', 'KVM', 'Hyper-V',
      'Microsoft Entra ID', 'Google Cloud Run', 'Azure Kubernetes Service', 'Amazon OpenSearch Service', 'HAProxy',
      'Traefik', 'Envoy Proxy', 'Caddy', 'Fluentd', 'Vector', 'Telegraf', 'Xen', 'VMware ESXi', 'SATA', 'NVMe',
      'PCIe', 'BGP', 'OAuth 2.0', 'REST', 'Scrum', 'Test-driven development', 'aiohttp', 'Celery', 'SQLAlchemy',
      'pandas', 'NumPy', 'Netty', 'Hibernate', 'Spring Boot', 'gRPC-Go', 'Cobra', 'Express', 'Tokio', 'Serde',
      'Ruby on Rails', 'Laravel', 'ASP.NET Core', 'SwiftUI', 'Jetpack Compose', 'Stack Overflow', 'LinkedIn',
      'Hugging Face', 'LeetCode', 'Kaggle', 'Mastodon', 'Bluesky', 'X', 'GitLab', 'Docker', 'Helm', 'Argo CD',
      'Prometheus', 'Grafana', 'OpenTelemetry', 'Datadog', 'Elasticsearch', 'Apache Kafka', 'RabbitMQ', 'Ansible',
      'Jenkins', 'GitHub Actions', 'Istio', 'Linkerd', 'Ubuntu', 'Debian', 'Red Hat Enterprise Linux', 'Arch Linux',
      'x86-64', 'ARM64', 'RISC-V', 'TensorFlow', 'Keras', 'Jupyter', 'Apache Spark', 'Apache Airflow', 'dbt',
      'Snowflake', 'Databricks', 'Wireshark', 'Burp Suite', 'Metasploit', 'Nmap', 'ZAP', 'Vue.js', 'Angular',
      'React', 'Svelte', 'Django', 'Flask', 'FastAPI', 'Rust', 'Kotlin', 'Swift', 'Dart', 'Flutter', 'WebAssembly',
    ];
    const missing = styled.filter((name) => !byName.has(name));
    assert.deepEqual(missing, []);
  });

  it('resolves the abbreviations, aliases and former names people write to the current name', () => {
    const cases: Array<[string, string]> = [
      ['k8s', 'Kubernetes'],
      ['postgres', 'PostgreSQL'],
      ['Postgresql', 'PostgreSQL'],
      ['mongo', 'MongoDB'],
      ['golang', 'Go'],
      ['tf', 'Terraform'],
      ['js', 'JavaScript'],
      ['NodeJS', 'Node.js'],
      ['GCP', 'Google Cloud'],
      ['Sagemaker', 'Amazon SageMaker'],
      ['AWS Elasticsearch', 'Amazon OpenSearch Service'],
      ['Amazon Elasticsearch Service', 'Amazon OpenSearch Service'],
      ['Azure Active Directory', 'Microsoft Entra ID'],
      ['AKS', 'Azure Kubernetes Service'],
      ['EKS', 'Amazon EKS'],
      ['GKE', 'Google Kubernetes Engine'],
      ['sklearn', 'scikit-learn'],
      ['Twitter', 'X'],
      ['VMWare', 'VMware'],
      ['Github', 'GitHub'],
      ['ReactJS', 'React'],
      ['vuejs', 'Vue.js'],
      ['objc', 'Objective-C'],
      ['dotnet', '.NET'],
      ['Azure AD', 'Microsoft Entra ID'],
      ['Stackdriver', 'Google Cloud Observability'],
      ['Google Container Engine', 'Google Kubernetes Engine'],
      ['OS X', 'macOS'],
      ['RHEL', 'Red Hat Enterprise Linux'],
      ['Google Bard', 'Google Gemini'],
      ['G Suite', 'Google Workspace'],
      ['Office 365', 'Microsoft 365'],
      ['VSTS', 'Azure DevOps'],
      ['Zend Framework', 'Laminas'],
      ['PrestoSQL', 'Trino'],
      ['Java EE', 'Jakarta EE'],
      ['FreeNAS', 'TrueNAS'],
      ['Raspbian', 'Raspberry Pi OS'],
      ['Amazon Kinesis Data Firehose', 'Amazon Data Firehose'],
      ['Azure Cognitive Search', 'Azure AI Search'],
      ['Cloud Functions', 'Cloud Run functions'],
      ['Hadoop', 'Apache Hadoop'],
      ['VS Code', 'Visual Studio Code'],
      ['OWASP ZAP', 'ZAP'],
      ['protobuf', 'Protocol Buffers'],
      ['nvme over fabrics', 'NVMe-oF'],
      ['x86_64', 'x86-64'],
      ['AArch64', 'ARM64'],
    ];
    for (const [written, canonical] of cases) assert.equal(resolve(written)?.name, canonical, written);
  });

  it('knows every profile network Vitae suggests, as a network', () => {
    const networks = SUGGESTED_VALUES['basics.profiles.network'] ?? [];
    const wrong = networks.filter((network) => resolve(network)?.category !== 'network');
    assert.deepEqual(wrong, []);
    assert.equal(resolve('Twitter')?.name, 'X');
  });

  it('leaves out the brands simple-icons also draws that are no technology', () => {
    const brands = ['Volkswagen', 'Starbucks', 'Netflix', 'Ryanair', 'Barclays', 'Nike', 'Spotify', 'Adidas', "McDonald's",
      'Ferrari', 'Lufthansa', 'Deutsche Bank', 'Premier League', 'Coca-Cola', 'Airbnb', 'Uber', 'Tinder', 'Meta', 'Dell'];
    assert.deepEqual(brands.filter((brand) => resolve(brand)), []);
  });

  it('has no name with a note in parentheses and no spelling with surrounding spaces', () => {
    const bad = TECHNOLOGIES.flatMap((technology) => [technology.name, ...technology.aliases, ...technology.formerNames])
      .filter((spelling) => /[()]/.test(spelling) || spelling !== spelling.trim() || !spelling);
    assert.deepEqual(bad, []);
  });

  it('ranks the technologies people use most before obscure ones that start the same way', () => {
    const firstByRank = (prefix: string, count: number) => TECHNOLOGIES
      .filter((technology) => technology.name.toLowerCase().startsWith(prefix))
      .slice(0, count)
      .map((technology) => technology.name);
    assert.deepEqual(firstByRank('ja', 2), ['JavaScript', 'Java']);
    assert.deepEqual(firstByRank('py', 2), ['Python', 'PyTorch']);
    assert.deepEqual(firstByRank('kub', 1), ['Kubernetes']);
    assert.deepEqual(firstByRank('post', 2), ['PostgreSQL', 'Postman']);
    assert.deepEqual(firstByRank('re', 3), ['React', 'Redis', 'Red Hat Enterprise Linux']);
    assert.deepEqual(firstByRank('amazon s', 2), ['Amazon S3', 'Amazon SQS']);
  });

  it('makes a name niche by its place in its own curated file: names added to another file change nothing', function () {
    this.timeout(60_000);
    // The niche names, built from the curated files as they are and with 300 names put first in the languages' file.
    const script = `
      import { loadInputs } from './scripts/vocabulary/build.mjs';
      import { buildEntries } from './scripts/vocabulary/merge.mjs';
      const niche = (inputs) => buildEntries(inputs).filter((entry) => entry.niche).map((entry) => entry.name);
      const inputs = loadInputs();
      const languages = inputs.curated.find((file) => file.file === 'languages.yaml');
      const before = niche(inputs);
      languages.technologies = [...Array.from({ length: 300 }, (_, i) => 'Made-up language ' + i), ...languages.technologies];
      console.log(JSON.stringify({ before, after: niche(inputs) }));`;
    const root = join(__dirname, '..', '..', '..');
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    const { before, after } = JSON.parse(output) as { before: string[]; after: string[] };
    const languageNames = new Set(TECHNOLOGIES.filter((technology) => technology.category === 'language').map((technology) => technology.name));
    const elsewhere = (names: string[]) => names.filter((name) => !name.startsWith('Made-up') && !languageNames.has(name)).sort();
    assert.deepEqual(elsewhere(after), elsewhere(before));
    assert.ok(!before.includes('CodeIgniter') && !after.includes('CodeIgniter'), 'CodeIgniter, early in its file, is well known');
  });

  it('lists the names and aliases that are also ordinary English words, lower-cased', () => {
    for (const word of ['go', 'swift', 'rust', 'express', 'flask']) assert.ok(ORDINARY_WORDS.has(word), word);
    for (const name of ['kubernetes', 'postgresql', 'typescript']) assert.ok(!ORDINARY_WORDS.has(name), name);
  });

  it('is what `npm run vocabulary` makes of the curated files and the data packages, byte for byte', function () {
    this.timeout(60_000);
    const root = join(__dirname, '..', '..', '..');
    const output = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'vocabulary', 'build.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    assert.match(output, /up to date/);
  });
});
