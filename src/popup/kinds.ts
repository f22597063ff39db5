import type { SourceKind } from '../engine/types';
import type { MessageKey } from '../shared/i18n';

/** Kinds that count as a named source in the summary. */
export const NAMED_KINDS: ReadonlySet<SourceKind> = new Set([
  'person',
  'organization',
  'media',
  'document',
]);

export const KIND_LABEL: Readonly<Record<SourceKind, MessageKey>> = {
  person: 'kindPerson',
  organization: 'kindOrganization',
  media: 'kindMedia',
  document: 'kindDocument',
  unnamed: 'kindUnnamed',
  none: 'kindNone',
};
