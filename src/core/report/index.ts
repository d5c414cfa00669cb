// The report module's public face: one schema, the builder, the de-duplicator and the disclosed-field list.
export { buildReport, registrableDomain, windowStart, type ReportInput } from './build-report';
export { DISCLOSED_FIELDS, type DisclosedField, type SharingToggles } from './disclosed-fields';
export { netErrorClass } from './net-error-class';
export { createReportDeduper, dedupeKey, type ReportDeduper } from './report-deduper';
export { serializeBatch } from './serialize';
export * from './schema';
