export { readResume } from './read';
export { plainText } from './text';
export { markdown } from './markdown';
export type { Block, ExportEntry, ExportHeader, ExportOutcome, ExportResume, ExportSection, Inline, Span, When } from './model';
export { whenText } from './model';
