export { extract } from './extract';
export { readsLanguageOf } from './language';
export type { Attribution, ExtractOptions, SourceKind, Span } from './types';
export { SOURCE_KINDS } from './types';
