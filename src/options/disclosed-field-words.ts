// The sharing table's description of each report field in the person's language. The English messages
// repeat the schema's own descriptions (the README's and the collector's source); a test keeps them equal.
import type { DisclosedField } from '../core/report';
import type { MessageKey } from '../shared/i18n';

export const DISCLOSED_FIELD_WORDS: Record<DisclosedField['field'], MessageKey> = {
  window: 'optionsSharingFieldWindow',
  provider: 'optionsSharingFieldProvider',
  service: 'optionsSharingFieldService',
  failure: 'optionsSharingFieldFailure',
  status: 'optionsSharingFieldStatus',
  pop: 'optionsSharingFieldPop',
  domain: 'optionsSharingFieldDomain',
  version: 'optionsSharingFieldVersion',
};
