export { extract } from './extract';
export { languageOf, readLanguages, readsLanguageOf } from './language';
export type { Attribution, ExtractOptions, LanguageCode, SourceKind, Span } from './types';
export { LANGUAGES, SOURCE_KINDS } from './types';
