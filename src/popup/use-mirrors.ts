// Asks the background for the page's mirrors once the verdict is on screen; the lookups take seconds.
import { useEffect, useState } from 'preact/hooks';
import type { MirrorAnswer } from '../shared/mirror-messages';
import { sendMessage } from '../shared/send-message';

export type MirrorState = { kind: 'idle' } | { kind: 'looking' } | { kind: 'ready'; answer: MirrorAnswer } | { kind: 'error'; message: string };

/** `exact`: ask the archives about the page's exact address, query included (the person asked to). */
export function useMirrors(tabId: number | undefined, url: string | undefined, exact = false): MirrorState {
  const [state, setState] = useState<MirrorState>({ kind: 'idle' });
  useEffect(() => {
    if (tabId === undefined || url === undefined) return undefined;
    let current = true;
    setState({ kind: 'looking' });
    sendMessage<'mirrors'>({ type: 'mirrors', tabId, url, ...(exact ? { exact } : {}) })
      .then((answer) => current && setState({ kind: 'ready', answer }))
      .catch((error: unknown) => current && setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [tabId, url, exact]);
  return state;
}
