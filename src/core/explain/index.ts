// The diagnosis in plain words: message keys and substitutions for the popup to render with t().
export { explainDiagnosis, failureLabel, type Explained } from './explain-diagnosis';
export { explainHeadline, statusCause } from './headline';
export type { ExplainKey } from './explain-keys';
export { isDnsError, networkErrorOf, networkMeaningKey } from '../network-errors';
export { isCount, isDay, isLines, isPhrase, isUtcTime, phrase, type Count, type Day, type Lines, type Phrase, type PhraseKey, type Sub, type UtcTime } from './phrase';
export type { NetKey } from './net-keys';
export type { StoreKey } from './store-keys';
export { groupFailures, timesOf, type FailureGroup, type FailureRow, type RowEntry } from './failure-rows';
export { failingSince, isFailing, leadingFailures, pickMainFailure, severity, type Noticed, type PageEntry } from './pick-main-failure';
export { pageForReport, reportLines, type ReportFacts } from './report-lines';
export { GENERIC_SERVICES, productName, providerName, serviceName } from './service-names';
export { statusMeaningKey } from './status-meaning';
