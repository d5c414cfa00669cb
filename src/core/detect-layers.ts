// Finds every provider on a response's path in one pass over its headers, then its host and (for a
// failure) its page. The index is built once from the provider modules' tables.
import { Context, MAX_HEADER_VALUE } from './context';
import type { HeaderSignal, HostSignal, Layer, PageSignal, ProviderModule } from './signals';

interface Indexed<S> { module: ProviderModule; signal: S }

export interface LayerIndex {
  modules: readonly ProviderModule[];
  headers: Map<string, Indexed<HeaderSignal>[]>;
  hosts: Map<string, Indexed<HostSignal>[]>;
  pages: Indexed<PageSignal>[];
}

export function buildIndex(modules: readonly ProviderModule[]): LayerIndex {
  const index: LayerIndex = { modules, headers: new Map(), hosts: new Map(), pages: [] };
  for (const module of modules) {
    for (const signal of module.headers) push(index.headers, signal.header, { module, signal });
    for (const signal of module.hosts ?? []) push(index.hosts, signal.key, { module, signal });
    for (const signal of module.pages ?? []) index.pages.push({ module, signal });
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
  const found = new Map<ProviderModule, Layer>();
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length && i < 500; i++) {
      const h = headers[i];
      if (h === null || typeof h !== 'object' || typeof h.name !== 'string') continue;
      const name = h.name.length < 64 ? h.name.toLowerCase() : '';
      const hits = index.headers.get(name);
      if (hits === undefined) continue;
      let value = typeof h.value === 'string' ? h.value : '';
      if (value.length > MAX_HEADER_VALUE) value = value.slice(0, MAX_HEADER_VALUE);
      ctx.keep(name, value);
      for (const { module, signal } of hits) {
        if (signal.match !== undefined && !signal.match.test(value)) continue;
        const layer = layerOf(found, module);
        mark(layer, signal.weight, signal.evidence, signal.service);
        if (signal.pop !== undefined) layer.pop ??= signal.pop(value);
        if (signal.requestId === true && value !== '') {
          // the innermost service's id is the one its support will ask for
          const rank = signal.service === undefined ? -1 : (module.services?.indexOf(signal.service) ?? -1);
          if (rank > layer.requestIdRank) {
            layer.requestIdRank = rank;
            layer.requestId = value.trim();
          }
        }
      }
    }
  }
  const hostHits = index.hosts.get(ctx.hostKey);
  if (hostHits !== undefined) {
    for (const { module, signal } of hostHits) {
      if (signal.match === undefined || signal.match.test(ctx.host)) mark(layerOf(found, module), 2, signal.evidence, signal.service);
    }
  }
  if (readPage && ctx.hasPage) {
    const page = ctx.page;
    for (const { module, signal } of index.pages) {
      const hit = typeof signal.find === 'string' ? page.includes(signal.find) : signal.find.test(page);
      if (hit) mark(layerOf(found, module), signal.weight, signal.evidence, signal.service);
    }
  }
  const layers: Layer[] = [];
  for (const layer of found.values()) if (layer.score >= 2) layers.push(layer);
  if (layers.length > 1) layers.sort((a, b) => a.module.depth - b.module.depth);
  return layers;
}

function layerOf(found: Map<ProviderModule, Layer>, module: ProviderModule): Layer {
  let layer = found.get(module);
  if (layer === undefined) {
    layer = { module, score: 0, evidence: [], serviceRank: -1, requestIdRank: -2 };
    found.set(module, layer);
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

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
