import snippets from '../../../snippets/resume-yaml.json';
import type { PathSegment } from './yaml/nodes';

interface SnippetDefinition {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

/** Which list each snippet's entries belong in, by the snippet's prefix. */
const SECTION_OF: Readonly<Record<string, string>> = {
  work: 'work',
  volunteer: 'volunteer',
  education: 'education',
  project: 'projects',
  skill: 'skills',
  profile: 'basics.profiles',
  language: 'languages',
};

export interface EntrySnippet {
  readonly label: string;
  readonly description: string;
  /** The snippet without its leading "- ", which the author has already typed. */
  readonly body: string;
}

/** The snippets (shared with VS Code's snippet file) that make a new entry of the list at `path`. */
export function entrySnippetsFor(path: readonly PathSegment[]): EntrySnippet[] {
  const section = path.filter((segment) => typeof segment === 'string').join('.');
  return Object.entries(snippets as Record<string, SnippetDefinition>)
    .filter(([, snippet]) => SECTION_OF[snippet.prefix] === section)
    .map(([label, snippet]) => ({
      label,
      description: snippet.description,
      body: snippet.body.join('\n').replace(/^- /, '').replace(/\n\$0$/, ''),
    }));
}
