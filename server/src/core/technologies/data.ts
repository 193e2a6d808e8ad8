/**
 * The technology vocabulary: every name Vitae knows, as its project or vendor styles it.
 *
 * This seed is replaced by the generated vocabulary (linguist-languages, simple-icons and the project's curated
 * files); the shape below is the contract between the generator and the engine that completes and checks names.
 */

export type TechCategory =
  | 'language'
  | 'framework'
  | 'library'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'infrastructure'
  | 'networking'
  | 'observability'
  | 'data'
  | 'ml'
  | 'os'
  | 'hardware'
  | 'security'
  | 'tool'
  | 'platform'
  | 'standard'
  | 'methodology'
  | 'network';

export interface Technology {
  /** The canonical name, exactly as written by its project or vendor: "PostgreSQL", "nginx", "Node.js". */
  readonly name: string;
  /** Abbreviations and other names people write for it: "postgres", "k8s", "golang". Reported as a hint. */
  readonly aliases: readonly string[];
  /** Earlier product names, now renamed (the current name is canonical): "Amazon Elasticsearch Service". */
  readonly formerNames: readonly string[];
  readonly category: TechCategory;
  /** Popularity, 1 = most used; orders completion. */
  readonly rank: number;
}

const seed = (name: string, category: TechCategory, rank: number, aliases: string[] = [], formerNames: string[] = []): Technology =>
  ({ name, category, rank, aliases, formerNames });

export const TECHNOLOGIES: readonly Technology[] = [
  seed('JavaScript', 'language', 1, ['js']),
  seed('TypeScript', 'language', 2, ['ts']),
  seed('Python', 'language', 3, ['py']),
  seed('Go', 'language', 10, ['golang']),
  seed('Kubernetes', 'devops', 5, ['k8s']),
  seed('PostgreSQL', 'database', 6, ['postgres', 'pgsql', 'psql']),
  seed('Node.js', 'platform', 4, ['node']),
  seed('Docker', 'devops', 7),
  seed('React', 'framework', 8, ['reactjs']),
  seed('Amazon SageMaker', 'cloud', 60, ['SageMaker']),
  seed('Amazon OpenSearch Service', 'cloud', 70, [], ['Amazon Elasticsearch Service', 'AWS Elasticsearch']),
  seed('GitHub', 'network', 9),
  seed('nginx', 'infrastructure', 20),
  seed('HAProxy', 'infrastructure', 80),
  seed('VMware', 'infrastructure', 50),
];
