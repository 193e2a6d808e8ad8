/**
 * Values people pick from a short list even though JSON Resume leaves them free text. Completion offers them; the
 * network list also backs the `network-spelling` check. Keyed by "<section>.<field>" (array indices dropped).
 */
export const SUGGESTED_VALUES: Readonly<Record<string, readonly string[]>> = {
  'languages.fluency': [
    'Native speaker',
    'Full professional proficiency',
    'Professional working proficiency',
    'Limited working proficiency',
    'Elementary proficiency',
    'C2',
    'C1',
    'B2',
    'B1',
    'A2',
    'A1',
  ],
  'basics.profiles.network': [
    'GitHub', 'GitLab', 'LinkedIn', 'X', 'Twitter', 'Mastodon', 'Bluesky', 'Stack Overflow', 'Bitbucket', 'Codeberg',
    'Kaggle', 'LeetCode', 'HackerRank', 'Hugging Face', 'npm', 'Medium', 'Substack', 'DEV', 'Hashnode', 'YouTube',
    'Dribbble', 'Behance', 'ORCID', 'Google Scholar', 'ResearchGate', 'Instagram', 'Facebook',
  ],
  'education.studyType': [
    'Bachelor', 'BSc', 'BA', 'BEng', 'Master', 'MSc', 'MA', 'MEng', 'MBA', 'PhD', 'Associate', 'High School Diploma',
    'Bootcamp', 'Certificate',
  ],
  'skills.level': ['Beginner', 'Intermediate', 'Advanced', 'Expert', 'Master'],
};

export function suggestedValues(path: readonly (string | number)[]): readonly string[] {
  return SUGGESTED_VALUES[path.filter((segment) => typeof segment === 'string').join('.')] ?? [];
}

/** Lower-cased, with spaces and punctuation removed: "stack-overflow" and "Stack Overflow" are the same network. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
