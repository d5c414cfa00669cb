// Failures with no HTTP answer: the error string says what kind, the address (or host) says whose.
import type { Context } from './context';
import { detectLayers, type LayerIndex } from './detect-layers';
import { isNetworkErrorName, readNetworkError } from './network-errors';
import type { ClassifierDeps, Diagnosis } from './types';

export function diagnoseNetwork(index: LayerIndex, deps: ClassifierDeps, ctx: Context): Diagnosis {
  const { name, info } = readNetworkError(ctx.error ?? '');
  const evidence = [`${name}: ${info.meaning}`];
  const owner = ctx.ip !== undefined && ctx.ip !== '' ? deps.lookupIp?.(ctx.ip) : undefined;
  const hostLayer = detectLayers(index, ctx, undefined, false).pop();
  let provider: string | null = null;
  let service: string | undefined;
  let failure = info.alone;
  if (owner !== undefined) {
    provider = owner.provider;
    service = owner.service;
    if (owner.edge) failure = info.atEdge;
    evidence.push(`${ctx.ip} is in ${owner.provider}'s published ${owner.edge ? 'edge ' : ''}address ranges`);
  } else if (hostLayer !== undefined) {
    provider = hostLayer.module.id;
    service = hostLayer.service;
    failure = info.atEdge;
    evidence.push(...hostLayer.evidence);
  } else {
    const learned = deps.hostProvider?.(ctx.host);
    if (learned !== undefined) {
      provider = learned;
      evidence.push(`${ctx.host} was served by ${learned} before`);
    }
  }
  const d: Diagnosis = { provider, failure, evidence };
  if (isNetworkErrorName(name)) d.networkError = name;
  if (provider !== null) d.via = [provider];
  if (service !== undefined) d.service = service;
  return d;
}
