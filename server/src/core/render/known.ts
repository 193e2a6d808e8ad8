/** The fields JSON Resume defines for each kind of entry; anything else is shown plainly by extras(). */
const set = (...keys: string[]): ReadonlySet<string> => new Set(keys);

export const KNOWN = {
  work: set('name', 'location', 'description', 'position', 'url', 'startDate', 'endDate', 'summary', 'highlights'),
  volunteer: set('organization', 'position', 'url', 'startDate', 'endDate', 'summary', 'highlights'),
  project: set('name', 'description', 'highlights', 'keywords', 'startDate', 'endDate', 'url', 'roles', 'entity', 'type'),
  education: set('institution', 'url', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'),
  award: set('title', 'date', 'awarder', 'summary'),
  certificate: set('name', 'date', 'url', 'issuer'),
  publication: set('name', 'publisher', 'releaseDate', 'url', 'summary'),
  skill: set('name', 'level', 'keywords'),
  language: set('language', 'fluency'),
  interest: set('name', 'keywords'),
  reference: set('name', 'reference'),
  basics: set('name', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location', 'profiles'),
  location: set('address', 'postalCode', 'city', 'countryCode', 'region'),
  profile: set('network', 'username', 'url'),
} as const;
