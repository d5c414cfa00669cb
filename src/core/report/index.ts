// The report module's public face: one schema, the builder, the de-duplicator, the disclosed-field list and
// the refusal rules both sides apply.
export { buildReport, reportedDomain, windowStart, type ReportInput } from './build-report';
export { DISCLOSED_FIELDS, type DisclosedField, type SharingToggles } from './disclosed-fields';
export { createReportDeduper, dedupeKey, type ReportDeduper } from './report-deduper';
export * from './schema';
export { readBatchAnswer, refusalReason, REFUSAL_REASONS, type BatchAnswer, type RefusalReason, type Refusal } from './refusal';
