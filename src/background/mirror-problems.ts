// The lookups that could not answer, in plain words for the popup: src/net's phrases are worded here. Only
// what changes the suggestions counts: one resolver failing while another answered is not a problem, nor are
// gateways with nothing to serve.
import type { MirrorLookups } from '../net/mirrors';
import { t } from '../shared/i18n';
import { say } from '../shared/say';

export function mirrorProblems(lookups: MirrorLookups, hasIpfsContent: boolean): string[] {
  const problems: string[] = [];
  if (lookups.wayback?.status === 'error') problems.push(t('popupProblemWayback', say(lookups.wayback.error)));
  if (lookups.archiveToday?.status === 'error') problems.push(t('popupProblemArchiveToday', say(lookups.archiveToday.error)));
  if (lookups.memento?.status === 'error') problems.push(t('popupProblemMemento', say(lookups.memento.error)));
  const failed = lookups.dnslink.filter((answer) => answer.error !== undefined);
  const first = failed[0];
  if (first !== undefined && failed.length === lookups.dnslink.length) problems.push(t('popupProblemDnslink', first.resolver, first.error === undefined ? '' : say(first.error)));
  if (hasIpfsContent && lookups.gateways.length > 0 && lookups.gateways.every((gateway) => !gateway.ok)) problems.push(gatewaysProblem(lookups.gateways.length));
  return problems;
}

function gatewaysProblem(count: number): string {
  return count === 1 ? t('popupProblemGatewayOne') : t('popupProblemGateways', count);
}
