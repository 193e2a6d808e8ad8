import type { TechEntry } from './vocabulary';

/**
 * The clouds a resume names through their services ("EC2", "Cloud Run", "Azure Functions"), each with how its
 * services are named, by their names or an alias with the vendor ("AWS ALB").
 */
export const CLOUDS: ReadonlyArray<{ readonly name: string; readonly services: RegExp }> = [
  { name: 'Amazon Web Services', services: /^(Amazon|AWS) / },
  { name: 'Microsoft Azure', services: /^Azure / },
  { name: 'Google Cloud', services: /^(Google|Cloud) / },
];

/** The kinds of a cloud's own services (not Google Maps or Google Analytics, products of their own). */
export const SERVICE_KINDS: ReadonlySet<string> = new Set(['cloud', 'database']);

/** The cloud a technology is a service of: Amazon Web Services for Amazon EC2 and for ALB ("AWS ALB"). */
export function cloudOf(tech: TechEntry): string | undefined {
  if (!SERVICE_KINDS.has(tech.category)) return undefined;
  return CLOUDS.find(({ name, services }) => name !== tech.name && [tech.name, ...tech.aliases].some((form) => services.test(form)))?.name;
}
