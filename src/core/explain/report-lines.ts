// The short plain-text report a person copies for a site's support or an issue tracker: one
// line per fact, label keys for _locales, values as Detour saw them. Absent facts are left out.
import type { ExplainKey } from './explain-keys';
import type { Explained } from './explain-diagnosis';
import type { Sub } from './phrase';

export interface ReportFacts {
  page: string;
  explained: Explained;
  time: number; // when the failure was seen, ms
  version: string;
}

export function reportLines({ page, explained: e, time, version }: ReportFacts): [ExplainKey, Sub][] {
  const lines: [ExplainKey, Sub | undefined][] = [
    ['popupReportPage', page],
    ['popupReportVerdict', e.headline],
    ['popupReportProvider', e.provider === undefined ? undefined : e.service === undefined ? e.provider : `${e.provider} (${e.service})`],
    ['popupReportFailure', e.failure],
    ['popupReportStatus', e.status?.meaning],
    ['popupReportNetworkError', e.networkError?.name],
    ['popupReportCode', e.code],
    ['popupReportPop', e.pop],
    ['popupReportRequestId', e.requestId],
    ['popupReportTime', isoTime(time)],
    ['popupReportVersion', version],
  ];
  return lines.filter((line): line is [ExplainKey, Sub] => line[1] !== undefined && line[1] !== '');
}

function isoTime(ms: number): string | undefined {
  const date = new Date(ms);
  return Number.isFinite(ms) && !Number.isNaN(date.getTime()) ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
}

/** The page without its query and fragment, which can hold tokens a person would not mean to share. */
export function pageForReport(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? `${parsed.origin}${parsed.pathname}` : url.slice(0, 200);
  } catch {
    return String(url).slice(0, 200);
  }
}
