export { extract } from './extract';
export type { Attribution, SourceKind, Span } from './types';
export { SOURCE_KINDS } from './types';
