// Finds every provider on a response's path in one pass over its headers, then its host and (for a
// failure) its page. The index is built once from the provider modules' tables.
import { Context, MAX_HEADER_VALUE } from './context';
import { mayHold, notePairs, pairsOf } from './page-bigrams';
import { requiredLiterals } from './required-literals';
import type { HeaderSignal, HostSignal, Layer, PageSignal, PathSignal, ProviderModule } from './signals';

interface Indexed<S> { module: ProviderModule; signal: S }
/** A page signal with the plain strings one of which any match holds (none: always tried), and their pairs. */
interface PageEntry extends Indexed<PageSignal> { needles: { text: string; pairs: Uint16Array }[] | undefined }

/** A header signal compiled into one fixed shape, so the hot loop's property reads stay monomorphic. */
interface Compiled {
  module: ProviderModule;
  prefix: string;
  contains: string; // in the lowercased value
  match: RegExp | undefined;
  weight: number;
  evidence: string;
  service: string | undefined;
  serviceRank: number;
  pop: ((value: string) => string | undefined) | undefined;
  requestId: boolean;
  alarm: boolean;
  ownHeader: string; // the header's name when only the provider sets it (weight 2, not `server`); else ''
}

/** A header's signals: those keyed by a value prefix are grouped by its first character. */
interface HeaderEntry { byFirst: Map<number, Compiled[]>; always: Compiled[]; readsLower: boolean; mirror: boolean }

function compile(module: ProviderModule, s: HeaderSignal): Compiled {
  const serviceRank = s.service === undefined ? -1 : (module.services?.indexOf(s.service) ?? 0);
  return {
    module, prefix: s.prefix ?? '', contains: s.contains ?? '', match: s.match, weight: s.weight, evidence: s.evidence,
    service: s.service, serviceRank, pop: s.pop, requestId: s.requestId === true, alarm: s.alarm === true,
    // Any server can say `server: cloudflare`; a weight-2 header of the provider's own (cf-ray, x-amz-cf-id,
    // x-served-by: cache-…) is what its modules already accept as that provider's alone.
    ownHeader: s.weight === 2 && s.header !== 'server' ? s.header : '',
  };
}

export interface LayerIndex {
  modules: readonly ProviderModule[];
  shapes: Uint32Array; // by (length, first character): a bit per last character of some indexed name, in any case
  headers: Map<string, HeaderEntry>;
  hosts: Map<string, Indexed<HostSignal>[]>;
  pages: PageEntry[];
  statusOwners: Map<number, ProviderModule[]>;
  paths: Indexed<PathSignal>[];
}

/** Headers no provider module reads but the classifier keeps: where else the content lives. */
export const MIRROR_HEADERS = ['x-ipfs-path', 'onion-location'] as const;

export function buildIndex(modules: readonly ProviderModule[]): LayerIndex {
  const index: LayerIndex = { modules, shapes: new Uint32Array(64 * 32), headers: new Map(), hosts: new Map(), pages: [], statusOwners: new Map(), paths: [] };
  for (const name of MIRROR_HEADERS) entryOf(index, name).mirror = true;
  for (const module of modules) {
    for (const signal of module.headers) {
      const entry = entryOf(index, signal.header);
      const compiled = compile(module, signal);
      if (compiled.prefix !== '' || compiled.contains !== '') entry.readsLower = true;
      if (compiled.prefix !== '') push(entry.byFirst, compiled.prefix.charCodeAt(0), compiled);
      else entry.always.push(compiled);
      // HTTP/1.1 servers send names capitalised ("Content-Type"): index that spelling too, so it is found
      // without lowercasing the name.
      const canonical = signal.header.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase());
      if (canonical !== signal.header && !index.headers.has(canonical)) index.headers.set(canonical, entry);
    }
    for (const signal of module.hosts ?? []) push(index.hosts, signal.key, { module, signal });
    for (const signal of module.pages ?? []) {
      const literals = typeof signal.find === 'string' ? [signal.find] : requiredLiterals(signal.find);
      index.pages.push({ module, signal, needles: literals?.map((text) => ({ text, pairs: pairsOf(text) })) });
    }
    for (const status of module.statuses ?? []) push(index.statusOwners, status, module);
    for (const signal of module.paths ?? []) index.paths.push({ module, signal });
  }
  return index;
}

/** Reads the headers into ctx and returns the recognised layers, outermost first. */
export function detectLayers(
  index: LayerIndex,
  ctx: Context,
  headers: readonly { name: string; value?: string }[] | undefined,
  readPage: boolean,
): Layer[] {
  const found: Layer[] = []; // a handful at most: a scan beats a Map
  if (Array.isArray(headers)) {
    const shapes = index.shapes;
    const count = headers.length < 500 ? headers.length : 500;
    for (let i = 0; i < count; i++) {
      const h = headers[i];
      if (h === null || typeof h !== 'object') continue;
      let name = h.name;
      if (typeof name !== 'string') continue;
      // Most headers are none of ours: a shape check skips them without lowercasing (the hot path).
      const len = name.length;
      if (len >= 64 || ((shapes[(len << 5) | (name.charCodeAt(0) & 31)] as number) & (1 << (name.charCodeAt(len - 1) & 31))) === 0) continue;
      let entry = index.headers.get(name);
      if (entry === undefined) {
        name = name.toLowerCase();
        entry = index.headers.get(name);
        if (entry === undefined) continue;
      }
      let value = typeof h.value === 'string' ? h.value : '';
      if (value.length > MAX_HEADER_VALUE) value = value.slice(0, MAX_HEADER_VALUE);
      ctx.note(h);
      if (entry.mirror) ctx.mirrorsKept = true;
      const lower = entry.readsLower ? value.toLowerCase() : value;
      const byPrefix = entry.byFirst.size === 0 ? undefined : entry.byFirst.get(lower.charCodeAt(0));
      if (byPrefix !== undefined) {
        for (const hit of byPrefix) if (lower.startsWith(hit.prefix)) apply(ctx, found, hit, value, lower);
      }
      for (const hit of entry.always) apply(ctx, found, hit, value, lower);
    }
  }
  return finishLayers(index, ctx, found, readPage);
}

function apply(ctx: Context, found: Layer[], signal: Compiled, value: string, lower: string): void {
  if (signal.contains !== '' && !lower.includes(signal.contains)) return;
  if (signal.match !== undefined && !signal.match.test(value)) return;
  if (signal.alarm) ctx.alarm = true;
  const layer = layerOf(found, signal.module);
  layer.score += signal.weight;
  if (!layer.evidence.includes(signal.evidence)) layer.evidence.push(signal.evidence);
  if (signal.serviceRank > layer.serviceRank) {
    layer.serviceRank = signal.serviceRank;
    layer.service = signal.service;
  }
  if (signal.pop !== undefined) layer.pop ??= signal.pop(value);
  if (signal.ownHeader !== '') layer.ownHeader ??= signal.ownHeader;
  // the innermost service's id is the one its support will ask for
  if (signal.requestId && value !== '' && signal.serviceRank > layer.requestIdRank) {
    layer.requestIdRank = signal.serviceRank;
    layer.requestId = value.trim();
  }
}

function finishLayers(index: LayerIndex, ctx: Context, found: Layer[], readPage: boolean): Layer[] {
  const hostHits = index.hosts.get(ctx.hostKey);
  if (hostHits !== undefined) {
    for (const { module, signal } of hostHits) {
      if (signal.match !== undefined && !signal.match.test(ctx.host)) continue;
      const layer = layerOf(found, module);
      mark(layer, 2, signal.evidence, signal.service);
      if (signal.own === true) layer.own = true;
    }
  }
  if (readPage) {
    for (const module of index.statusOwners.get(ctx.status) ?? []) mark(layerOf(found, module), 2, `status ${ctx.status} is ${module.name}'s own code`, undefined);
    if (index.paths.length > 0) {
      const path = ctx.path;
      for (const { module, signal } of index.paths) if (path.includes(signal.contains)) mark(layerOf(found, module), signal.weight, signal.evidence, signal.service);
    }
  }
  if ((readPage || ctx.alarm) && ctx.hasPage) {
    const page = ctx.page;
    notePairs(page);
    for (const { module, signal, needles } of index.pages) {
      if (needles !== undefined && !includesAny(page, needles)) continue;
      const hit = typeof signal.find === 'string' ? page.includes(signal.find) : signal.find.test(page);
      if (!hit) continue;
      const layer = layerOf(found, module);
      mark(layer, signal.weight, signal.evidence, signal.service);
      if (signal.own === true) layer.own = true;
    }
  }
  const layers: Layer[] = [];
  for (const layer of found) if (layer.score >= 2) layers.push(layer);
  if (layers.length > 1) layers.sort((a, b) => a.module.depth - b.module.depth);
  return layers;
}

function includesAny(page: string, needles: readonly { text: string; pairs: Uint16Array }[]): boolean {
  for (let i = 0; i < needles.length; i++) {
    const needle = needles[i] as { text: string; pairs: Uint16Array };
    if (mayHold(needle.pairs) && page.includes(needle.text)) return true;
  }
  return false;
}

function entryOf(index: LayerIndex, name: string): HeaderEntry {
  let entry = index.headers.get(name);
  if (entry === undefined) {
    index.headers.set(name, (entry = { byFirst: new Map(), always: [], readsLower: false, mirror: false }));
    index.shapes[((name.length & 63) << 5) | (name.charCodeAt(0) & 31)]! |= 1 << (name.charCodeAt(name.length - 1) & 31);
  }
  return entry;
}

function layerOf(found: Layer[], module: ProviderModule): Layer {
  let layer: Layer | undefined;
  for (let i = 0; i < found.length; i++) if (found[i]?.module === module) layer = found[i];
  if (layer === undefined) {
    layer = { module, score: 0, evidence: [], service: undefined, serviceRank: -1, pop: undefined, requestId: undefined, requestIdRank: -2, own: false, ownHeader: undefined };
    found.push(layer);
  }
  return layer;
}

function mark(layer: Layer, weight: number, evidence: string, service: string | undefined): void {
  layer.score += weight;
  if (!layer.evidence.includes(evidence)) layer.evidence.push(evidence);
  if (service !== undefined) {
    const rank = layer.module.services?.indexOf(service) ?? 0;
    if (rank > layer.serviceRank) {
      layer.serviceRank = rank;
      layer.service = service;
    }
  }
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
