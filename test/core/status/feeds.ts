// Feed bodies in the providers' real formats (providers.md §3), shaped like 18 Nov 2025 and 20 Oct 2025.

export const CLOUDFLARE_1118 = {
  page: { id: 'yh6f0r4529hb', name: 'Cloudflare', url: 'https://www.cloudflarestatus.com', time_zone: 'Etc/UTC', updated_at: '2025-11-18T12:03:00.000Z' },
  status: { indicator: 'major', description: 'Partial System Outage' },
  components: [
    { id: 'a', name: 'Cloudflare Sites and Services', status: 'major_outage', group: true },
    { id: 'b', name: 'CDN/Cache', status: 'major_outage', group: false, group_id: 'a' },
    { id: 'c', name: 'Frankfurt, Germany - (FRA)', status: 'partial_outage', group: false },
    { id: 'd', name: 'Amsterdam, Netherlands - (AMS)', status: 'operational', group: false },
    { id: 'e', name: 'Ashburn, VA, United States - (IAD)', status: 'degraded_performance' },
  ],
  incidents: [
    {
      id: 'inc1', name: 'Cloudflare Global Network experiencing issues', status: 'investigating', impact: 'major',
      created_at: '2025-11-18T11:48:12.000Z', started_at: '2025-11-18T11:48:00.000Z', updated_at: '2025-11-18T12:03:00.000Z',
      shortlink: 'https://stspg.io/abc123', components: [{ id: 'b', name: 'CDN/Cache' }],
      incident_updates: [{ status: 'investigating', body: 'Cloudflare is aware of, and investigating an issue…', created_at: '2025-11-18T11:48:12.000Z' }],
    },
    { id: 'inc2', name: 'Dashboard and API errors', status: 'identified', impact: 'minor', started_at: '2025-11-18T11:55:00.000Z', shortlink: 'javascript:alert(1)', components: [] },
  ],
  scheduled_maintenances: [
    { id: 'm1', name: 'SCL (Santiago) datacenter maintenance', status: 'scheduled', impact: 'maintenance', scheduled_for: '2025-11-20T06:00:00.000Z' },
  ],
};

export const CLOUDFLARE_QUIET = {
  page: { id: 'yh6f0r4529hb', name: 'Cloudflare' },
  status: { indicator: 'none', description: 'All Systems Operational' },
  components: [{ id: 'c', name: 'Frankfurt, Germany - (FRA)', status: 'operational' }],
  incidents: [],
  scheduled_maintenances: [],
};

export const GITHUB_MAINTENANCE = {
  page: { id: 'kctbh9vrtdwd', name: 'GitHub' },
  status: { indicator: 'maintenance', description: 'Service Under Maintenance' },
  components: [{ id: 'p', name: 'Pages', status: 'under_maintenance' }],
  incidents: [],
  scheduled_maintenances: [
    { id: 'm2', name: 'Pages deployment maintenance', status: 'in_progress', impact: 'maintenance', scheduled_for: '2025-11-18T09:00:00.000Z', components: [{ name: 'Pages' }] },
  ],
};

export const AWS_1020 = [
  {
    arn: 'arn:aws:health:us-east-1::event/DYNAMODB/AWS_DYNAMODB_OPERATIONAL_ISSUE/AWS_DYNAMODB_OPERATIONAL_ISSUE_BA540_514A652BE1A',
    date: '1760942880', region_name: 'N. Virginia', service: 'dynamodb', service_name: 'Amazon DynamoDB', status: '3',
    summary: 'Increased Error Rates', event_log: [{ summary: 'Increased Error Rates', message: 'We are investigating increased error rates…', status: 3, timestamp: 1760942880 }],
    impacted_services: { dynamodb: { service_name: 'Amazon DynamoDB', current: '3', max: '3' }, lambda: { service_name: 'AWS Lambda', current: '2', max: '3' } },
  },
  {
    arn: 'arn:aws:health:eu-west-1::event/EC2/AWS_EC2_OPERATIONAL_NOTIFICATION/x', date: '1760900000', service: 'ec2', service_name: 'Amazon EC2',
    status: '1', summary: 'Informational message: API deprecation', event_log: [], impacted_services: {},
  },
  { arn: 'arn:aws:health:us-west-2::event/S3/x/y', date: '1760800000', service_name: 'Amazon S3', status: '2', summary: 'Elevated latencies', endTime: '1760810000' },
  'not an event',
];

export const GOOGLE_INCIDENTS = [
  {
    id: 'ow5i3PPK96RduMcb1SsW', number: '14165652218', begin: '2025-11-18T10:05:00+00:00', created: '2025-11-18T10:20:00+00:00',
    external_desc: 'Multiple Google Cloud products are experiencing elevated error rates in us-east4', severity: 'high',
    status_impact: 'SERVICE_OUTAGE', service_name: 'Multiple Products', uri: 'incidents/ow5i3PPK96RduMcb1SsW',
    most_recent_update: { status: 'SERVICE_OUTAGE', text: 'We are investigating…' },
    affected_products: [{ title: 'Cloud Run', id: 'x1' }, { title: 'Google Compute Engine', id: 'x2' }],
  },
  {
    id: 'old', begin: '2025-11-01T10:00:00+00:00', end: '2025-11-01T12:00:00+00:00', external_desc: 'Resolved thing', severity: 'medium',
    status_impact: 'SERVICE_DISRUPTION', service_name: 'Cloud SQL', uri: 'incidents/old', affected_products: [{ title: 'Cloud SQL', id: 'y' }],
  },
];

/** UTF-16 bytes of a string, with or without a BOM. */
export function utf16(textValue: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes = new Uint8Array((textValue.length + (bom ? 1 : 0)) * 2);
  let o = 0;
  const put = (unit: number): void => {
    bytes[o++] = endian === 'le' ? unit & 255 : unit >> 8;
    bytes[o++] = endian === 'le' ? unit >> 8 : unit & 255;
  };
  if (bom) put(0xfeff);
  for (let i = 0; i < textValue.length; i++) put(textValue.charCodeAt(i));
  return bytes;
}
