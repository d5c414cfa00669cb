// The options page's sharing section (shared/docs/sharing.md): what a report holds, in plain words, the
// person's switches, the collector, and the exact JSON queued and last sent. Every value is rendered as
// text (preact escapes it); nothing here builds HTML.
import { useEffect, useState } from 'preact/hooks';
import { DISCLOSED_FIELDS } from '../core/report';
import { collectorUrlProblem, type SharingSettings } from '../shared/sharing-settings';
import { loadSharingState, saveSharingSettings, type SharingState } from './sharing-state';

const REFRESH_MS = 2_000;
const SENT_WORDS = { always: 'always', 'when known': 'when known', 'opt-in': 'only if you allow it below' } as const;

export function SharingSection() {
  const [state, setState] = useState<SharingState | undefined>();
  const [draft, setDraft] = useState<SharingSettings | undefined>();
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | undefined>();
  const [saves, setSaves] = useState(0); // a new status element per save, so assistive tech announces each

  useEffect(() => {
    const load = () =>
      loadSharingState().then(
        (next) => {
          setState(next);
          setDraft((current) => current ?? pick(next.settings));
        },
        (error: unknown) => setMessage({ kind: 'error', text: `Could not read the sharing state: ${String(error)}` }),
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  if (state === undefined || draft === undefined) return <p>Loading…</p>;
  // From the latest draft, not this render's: two changes before a re-render must both count.
  const set = (change: Partial<SharingSettings>) => setDraft((current) => current && { ...current, ...change });

  async function save(event: Event) {
    event.preventDefault();
    if (draft === undefined) return;
    setSaves((n) => n + 1);
    const problem = collectorUrlProblem(draft.collectorUrl.trim());
    if (problem !== undefined) return setMessage({ kind: 'error', text: `Collector URL ${problem}. Nothing was saved.` });
    try {
      await saveSharingSettings({ ...draft, collectorUrl: draft.collectorUrl.trim() });
      setMessage({ kind: 'saved', text: draft.sharing ? 'Saved. Sharing is on.' : 'Saved. Sharing is off; nothing is sent and the unsent queue was deleted.' });
      setState(await loadSharingState());
    } catch (error) {
      setMessage({ kind: 'error', text: `Could not save: ${String(error)}` });
    }
  }

  return (
    <section aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">Anonymous report sharing</h2>
      <p>
        When it is on, Detour tells a report collector that a provider failed, so that many browsers together notice an outage
        early. It is off unless you turn it on. Only failures Detour placed on a provider's edge or on the site behind it are
        reported, at most once per kind of failure every 5 minutes. A report holds only these fields:
      </p>
      <table aria-label="What a report holds">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Sent</th>
            <th scope="col">What it is</th>
          </tr>
        </thead>
        <tbody>
          {DISCLOSED_FIELDS.map(({ field, sent, description }) => (
            <tr key={field}>
              <td>
                <code>{field}</code>
              </td>
              <td>{SENT_WORDS[sent]}</td>
              <td>{description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Never the address of a page, headers, IP addresses, cookies, tab ids, a user or install id, or the exact time.</p>

      <form onSubmit={(event) => void save(event)}>
        <fieldset>
          <legend>Sharing</legend>
          <label>
            <input type="checkbox" name="sharing" checked={draft.sharing} onChange={(e) => set({ sharing: e.currentTarget.checked })} /> Share
            anonymous failure reports
          </label>
          <label>
            <input type="checkbox" name="sharePop" checked={draft.sharePop} onChange={(e) => set({ sharePop: e.currentTarget.checked })} />{' '}
            Include the edge location (e.g. FRA, a city-level hint)
          </label>
          <label>
            <input type="checkbox" name="shareDomain" checked={draft.shareDomain} onChange={(e) => set({ shareDomain: e.currentTarget.checked })} />{' '}
            Include the site's domain (e.g. example.com, never the page address)
          </label>
          <label>
            Collector URL
            <input type="url" name="collectorUrl" value={draft.collectorUrl} onInput={(e) => set({ collectorUrl: e.currentTarget.value })} />
          </label>
          <button type="submit">Save</button>
        </fieldset>
      </form>
      {message !== undefined && (
        <p key={saves} class={message.kind === 'error' ? 'problem' : 'saved'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}

      {state.problem !== undefined && (
        <p class="problem" role="status" aria-label="Sending problem">
          Sending problem ({new Date(state.problem.at).toLocaleString()}): {state.problem.message}
        </p>
      )}
      <h3 id="queued-heading">Queued, exactly as it will be sent</h3>
      {state.queued.length === 0 ? (
        <p>Nothing is queued.</p>
      ) : (
        state.queued.map((body, index) => (
          <pre key={index} aria-labelledby="queued-heading" data-testid="queued">
            {body}
          </pre>
        ))
      )}
      <h3 id="last-heading">Last batch sent</h3>
      {state.lastBatch === undefined ? (
        <p>Nothing sent yet.</p>
      ) : (
        <>
          <p>Sent {new Date(state.lastBatch.sentAt).toLocaleString()}:</p>
          <pre aria-labelledby="last-heading" data-testid="last-batch">
            {state.lastBatch.body}
          </pre>
        </>
      )}
    </section>
  );
}

function pick({ sharing, sharePop, shareDomain, collectorUrl }: SharingSettings): SharingSettings {
  return { sharing, sharePop, shareDomain, collectorUrl };
}
