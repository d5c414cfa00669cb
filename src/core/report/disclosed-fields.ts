// Every field a report can disclose, with its one-line description, read from the schema itself so the
// README privacy section and the options page cannot drift from what is sent.
import { ReportSchema, type Report } from './schema';

export interface SharingToggles {
  includePop: boolean; // the edge location code (a city-level hint)
  includeDomain: boolean; // the site's registrable domain
}

export interface DisclosedField {
  field: keyof Report;
  description: string;
  sent: 'always' | 'when known' | 'opt-in';
  toggle?: keyof SharingToggles; // for 'opt-in': the person's own switch for this field
}

const TOGGLES: Partial<Record<keyof Report, keyof SharingToggles>> = { pop: 'includePop', domain: 'includeDomain' };
const REQUIRED: ReadonlySet<string> = new Set(ReportSchema.required);

export const DISCLOSED_FIELDS: readonly DisclosedField[] = Object.entries(ReportSchema.properties).map(([name, schema]) => {
  const field = name as keyof Report;
  const toggle = TOGGLES[field];
  if (toggle !== undefined) return { field, description: String(schema.description), sent: 'opt-in', toggle };
  return { field, description: String(schema.description), sent: REQUIRED.has(field) ? 'always' : 'when known' };
});
