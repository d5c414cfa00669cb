// The IPFS gateways offered for content-addressed pages, in the person's order: add, remove, move up and
// down with buttons (keyboard first, no drag), test each now, or go back to the defaults. Each edit of the
// list is saved at once; "Test now" tests what is on screen.
import { useEffect, useState } from 'preact/hooks';
import type { GatewayHealth } from '../core/mirrors';
import { t } from '../shared/i18n';
import { say } from '../shared/say';
import { MAX_GATEWAYS, MIRROR_DEFAULTS } from '../shared/mirror-settings';
import { URL_REASON_KEYS } from './field-checks';
import { addGateway, moveGateway, removeGateway } from './gateway-list';
import { runGatewayTests } from './run-gateway-tests';
import { SaveNote, useAutosave, type SectionProps } from './autosave';
import { TextField } from './text-field';

type Focus = { index: number; action: 'up' | 'down' | 'remove' } | 'new';

export function GatewaysSection({ settings, save }: SectionProps) {
  const [list, setList] = useState<string[]>(settings.gateways);
  const [text, setText] = useState('');
  const [addError, setAddError] = useState<string | undefined>();
  const [results, setResults] = useState<ReadonlyMap<string, GatewayTestState>>(new Map());
  const [testing, setTesting] = useState(false);
  const [summary, setSummary] = useState('');
  const [focus, setFocus] = useState<Focus | undefined>();
  const autosave = useAutosave();

  function change(next: string[]) {
    setList(next);
    autosave.now('gateways', () => save({ gateways: next }));
  }

  // A moved or removed row re-renders; keep the keyboard where the person was.
  useEffect(() => {
    if (focus === undefined) return;
    setFocus(undefined);
    if (focus === 'new') return document.getElementById('gateway-new')?.focus();
    const wanted = document.getElementById(`gateway-${focus.action}-${focus.index}`) as HTMLButtonElement | null;
    const fallback = document.getElementById(`gateway-${focus.action === 'up' ? 'down' : 'up'}-${focus.index}`);
    (wanted !== null && !wanted.disabled ? wanted : (fallback ?? document.getElementById('gateway-new')))?.focus();
  }, [focus]);

  function add() {
    const added = addGateway(list, text);
    if ('list' in added) {
      change(added.list);
      setText('');
      setAddError(undefined);
      return;
    }
    if (added.reason === 'empty') setAddError(t('optionsErrorRequired'));
    else if (added.reason === 'duplicate') setAddError(t('optionsGatewayDuplicate', added.origin));
    else if (added.reason === 'full') setAddError(t('optionsGatewayFull', MAX_GATEWAYS));
    else setAddError(t(URL_REASON_KEYS[added.reason]));
  }

  function move(index: number, delta: -1 | 1) {
    change(moveGateway(list, index, delta));
    setFocus({ index: index + delta, action: delta === -1 ? 'up' : 'down' });
  }

  function remove(index: number) {
    const next = removeGateway(list, index);
    change(next);
    setFocus(next.length === 0 ? 'new' : { index: Math.min(index, next.length - 1), action: 'remove' });
  }

  async function testNow() {
    if (testing) return; // the button stays enabled while testing, so the keyboard focus stays on it
    const gateways = [...list];
    setTesting(true);
    setSummary(t('optionsGatewaysTestingAll', gateways.length));
    setResults(new Map(gateways.map((gateway) => [gateway, 'testing' as const])));
    let answered = 0;
    try {
      await runGatewayTests(gateways, fetch.bind(globalThis), { timeoutMs: settings.mirrorTimeoutMs, now: Date.now }, (gateway, health) => {
        if (health.ok) answered += 1;
        setResults((current) => new Map(current).set(gateway, health));
      });
      setSummary(t('optionsGatewaysTested', answered, gateways.length));
    } finally {
      setTesting(false);
    }
  }

  return (
    <section id="gateways" aria-labelledby="gateways-heading">
      <h2 id="gateways-heading">{t('optionsGatewaysHeading')}</h2>
      <p>{t('optionsGatewaysIntro', MAX_GATEWAYS)}</p>
      {list.length === 0 ? (
        <p id="gateways-empty">{t('optionsGatewaysEmpty')}</p>
      ) : (
        <ol id="gateway-list" class="gateway-list" aria-labelledby="gateways-heading">
          {list.map((gateway, index) => {
            const result = results.get(gateway);
            return (
              <li key={gateway}>
                <span class="gateway-origin">{gateway}</span>
                <span class="gateway-buttons">
                  <button type="button" id={`gateway-up-${index}`} disabled={index === 0} aria-label={t('optionsGatewayMoveUp', gateway)} onClick={() => move(index, -1)}>
                    {t('optionsUp')}
                  </button>
                  <button
                    type="button"
                    id={`gateway-down-${index}`}
                    disabled={index === list.length - 1}
                    aria-label={t('optionsGatewayMoveDown', gateway)}
                    onClick={() => move(index, 1)}
                  >
                    {t('optionsDown')}
                  </button>
                  <button type="button" id={`gateway-remove-${index}`} aria-label={t('optionsGatewayRemove', gateway)} onClick={() => remove(index)}>
                    {t('optionsRemove')}
                  </button>
                </span>
                {result !== undefined && (
                  <span class={result !== 'testing' && !result.ok ? 'gateway-result problem' : 'gateway-result'} data-gateway={gateway}>
                    {gatewayResultText(result)}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p class="list-status">
        <SaveNote id="gateways-status" note={autosave.notes.gateways} />
      </p>
      <TextField
        id="gateway-new"
        type="url"
        label={t('optionsGatewayNew')}
        hint={t('optionsGatewayNewHint')}
        value={text}
        onInput={setText}
        onEnter={add}
        error={addError}
        after={
          <button type="button" id="gateway-add" onClick={add}>
            {t('optionsGatewayAdd')}
          </button>
        }
      />
      <div class="button-row">
        <button type="button" id="gateways-test" disabled={list.length === 0} aria-busy={testing} onClick={() => void testNow()}>
          {t('optionsGatewaysTest')}
        </button>
        <button type="button" id="gateways-reset" onClick={() => change([...MIRROR_DEFAULTS.gateways])}>
          {t('optionsGatewaysReset')}
        </button>
      </div>
      <p id="gateways-test-summary" aria-live="polite">
        {summary}
      </p>
    </section>
  );
}

export type GatewayTestState = 'testing' | GatewayHealth;

/** One gateway's "Test now" result in words: testing, answered (with its latency), or why it failed (the probe's phrase, worded here). */
export function gatewayResultText(state: GatewayTestState): string {
  if (state === 'testing') return t('optionsGatewayTesting');
  const latency = state.latencyMs ?? 0;
  if (!state.ok) return t('optionsGatewayFailed', state.error === undefined ? t('optionsGatewayNoAnswer') : say(state.error));
  return state.subdomain === true ? t('optionsGatewayOkSubdomain', latency) : t('optionsGatewayOk', latency);
}
