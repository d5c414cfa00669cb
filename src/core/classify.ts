// classify(): what the browser saw of one response → which provider produced it and who is at fault.
// Pure and synchronous; never throws. The contract is in ../shared/docs/architecture.md.
import { pageMirrors } from './page-mirrors';
import { Context, FAILURE_ONLY_HEADERS } from './context';
import { MIRROR_HEADERS, buildIndex, detectLayers, type LayerIndex } from './detect-layers';
import { seedIpLookup } from './ip-owner';
import { diagnoseNetwork } from './diagnose-network';
import { PROVIDERS } from './providers';
import type { Layer, Verdict } from './signals';
import type { ClassifierDeps, Diagnosis, Observation } from './types';
import { failureOfStatus, generated, relayed } from './verdict';

export type { ClassifierDeps, Diagnosis, Failure, Observation } from './types';

const ERROR_DOCUMENT = /^\s*(?:<\?xml[^>]*>\s*)?<error>\s*<code>/i;


export function createClassifier(deps: ClassifierDeps = {}): (observation: Observation) => Diagnosis {
  const index = buildIndex(PROVIDERS);
  return (observation) => {
    try {
      return diagnose(index, deps, observation);
    } catch (err) {
      // A bug here must never break the browser's event loop; say so in the verdict instead.
      return { provider: null, failure: 'unknown', evidence: [`Detour could not read this response (${String(err).slice(0, 120)})`] };
    }
  };
}

export const classify: (observation: Observation) => Diagnosis = createClassifier({ lookupIp: seedIpLookup });

/** Every response header the classifier reads (lowercase): what is worth keeping of an observation. */
export const CLASSIFIER_HEADERS: ReadonlySet<string> = new Set([
  ...PROVIDERS.flatMap((module) => module.headers.map((signal) => signal.header)),
  ...MIRROR_HEADERS,
  ...FAILURE_ONLY_HEADERS,
]);

function diagnose(index: LayerIndex, deps: ClassifierDeps, observation: Observation): Diagnosis {
  const obs: Observation = observation !== null && typeof observation === 'object' ? observation : { url: '' };
  const ctx = new Context(obs);
  if (ctx.error !== undefined) return diagnoseNetwork(index, deps, ctx);
  const failing = !(ctx.status >= 100 && ctx.status < 400);
  // S3 answers some requests 200 with an error document (CompleteMultipartUpload): when the body is known
  // and is one, it is read as that error. Healthy answers carry no body on the hot path: one typeof.
  const errorDocument = !failing && typeof obs.bodyText === 'string' && ERROR_DOCUMENT.test(obs.bodyText);
  const layers = detectLayers(index, ctx, obs.responseHeaders, failing || errorDocument);
  if (!failing) {
    // A healthy status with a block marker (a WAF challenge on a 202) is judged for that block only.
    const blocked = (ctx.alarm || errorDocument) && layers.length > 0 ? placed(ctx, layers) : undefined;
    if (blocked?.failure === 'block') return blocked;
    if (errorDocument && blocked !== undefined && blocked.failure !== 'none') {
      blocked.evidence.unshift(`status ${ctx.status}, but the body is an error document`);
      return blocked;
    }
    return healthy(ctx, layers);
  }
  if (layers.length === 0) return unplaced(ctx);
  return placed(ctx, layers);
}

function healthy(ctx: Context, layers: Layer[]): Diagnosis {
  const inner = layers[layers.length - 1];
  if (inner === undefined) return withMirrors(ctx, { provider: null, failure: 'none', status: ctx.status, evidence: [] });
  const d: Diagnosis = { provider: inner.module.id, via: layers.map(idOf), failure: 'none', status: ctx.status, evidence: evidenceOf(layers, inner, undefined) };
  return withMirrors(ctx, finish(d, layers, inner, undefined));
}

/** Sites that publish their content elsewhere say so on healthy answers: keep it for mirror suggestions. */
function withMirrors(ctx: Context, d: Diagnosis): Diagnosis {
  if (!ctx.mirrorsKept) return d;
  const mirrors = pageMirrors(ctx.header('x-ipfs-path'), ctx.header('onion-location'));
  if (mirrors !== undefined) d.mirrors = mirrors;
  return d;
}

function unplaced(ctx: Context): Diagnosis {
  const failure = failureOfStatus(ctx.status);
  const server = ctx.header('server');
  const evidence = [ctx.status === 0 ? 'no valid HTTP status and no network error' : `status ${ctx.status} from a server that names no known provider`];
  if (server) evidence.push(`server: ${server.slice(0, 80)}`);
  const d: Diagnosis = { provider: null, failure, evidence };
  if (ctx.rawStatus !== undefined && Number.isInteger(ctx.rawStatus)) d.status = ctx.rawStatus;
  return d;
}

function placed(ctx: Context, layers: Layer[]): Diagnosis {
  let producer: Layer | undefined;
  let verdict: Verdict | undefined;
  let passing: Verdict | undefined;
  for (let i = layers.length - 1; i >= 0 && verdict === undefined; i--) {
    const layer = layers[i] as Layer;
    const reading = layer.module.judge?.(ctx, layer);
    if (reading?.generated) {
      producer = layer;
      verdict = reading;
    } else {
      passing ??= reading;
    }
  }
  // Nobody on the path generated this error: the innermost recognised layer relayed it.
  producer ??= layers[layers.length - 1] as Layer;
  verdict ??= passing ?? relayed(producer, ctx.status);
  if (producer.own && verdict.failure === 'origin' && ctx.status >= 500) verdict = ownService(ctx, producer);
  const d: Diagnosis = { provider: producer.module.id, via: layers.map(idOf), failure: verdict.failure, evidence: evidenceOf(layers, producer, verdict) };
  if (ctx.rawStatus !== undefined && Number.isInteger(ctx.rawStatus)) d.status = ctx.rawStatus;
  const service = verdict.service ?? producer.service;
  if (service !== undefined) d.service = service;
  if (verdict.code !== undefined) d.code = verdict.code;
  if (producer.ownHeader !== undefined) d.providerHeader = producer.ownHeader;
  return finish(d, layers, producer, verdict);
}

/** Edge location from the outermost layer that names one; request id from the producer outwards. */
function finish(d: Diagnosis, layers: Layer[], producer: Layer, verdict: Verdict | undefined): Diagnosis {
  if (d.service === undefined && producer.service !== undefined) d.service = producer.service;
  for (const layer of layers) {
    if (layer.pop !== undefined) {
      d.pop = layer.pop;
      break;
    }
  }
  let requestId = producer.requestId ?? verdict?.requestId;
  for (let i = layers.indexOf(producer); requestId === undefined && i >= 0; i--) requestId = layers[i]?.requestId;
  for (let i = layers.length - 1; requestId === undefined && i >= 0; i--) requestId = layers[i]?.requestId;
  if (requestId !== undefined) d.requestId = requestId.slice(0, 200);
  return d;
}

function evidenceOf(layers: Layer[], producer: Layer, verdict: Verdict | undefined): string[] {
  if (verdict === undefined && layers.length === 1) return producer.evidence;
  const evidence = verdict ? [...verdict.evidence, ...producer.evidence] : [...producer.evidence];
  for (const layer of layers) {
    if (layer !== producer) evidence.push(`${layer.module.name} on the path: ${layer.evidence.join(', ')}`);
  }
  return evidence;
}

/** A provider's own API or service host has no site's server behind it: its 5xx is the provider's own. */
function ownService(ctx: Context, producer: Layer): Verdict {
  return generated('edge', `${ctx.host} is ${producer.module.name}'s own service: its ${ctx.status || 'error'} answer is ${producer.module.name}'s failure, not a site's`);
}

function idOf(layer: Layer): string {
  return layer.module.id;
}
