import type { ErrorObject } from 'ajv';
import type { ResumeDocument } from '../document';
import { locate, type Located, type PathSegment } from '../yaml/nodes';

/** JSON Pointer (`/work/0/name`) to path segments. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The node a validator error is about, and the last key on its path (for messages). */
export function locateError(doc: ResumeDocument, error: ErrorObject): Located & { key: string | undefined } {
  const path = pointerToPath(error.instancePath);
  const located = locate(doc.yaml.contents, path);
  const named = [...path].reverse().find((segment) => typeof segment === 'string');
  return { ...located, key: typeof named === 'string' ? named : undefined };
}
