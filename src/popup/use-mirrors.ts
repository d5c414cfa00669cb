// Asks the background for the page's mirrors once the verdict is on screen; the lookups take seconds.
import { useEffect, useState } from 'preact/hooks';
import type { MirrorAnswer } from '../shared/mirror-messages';
import { sendMessage } from '../shared/send-message';

export type MirrorState = { kind: 'idle' } | { kind: 'looking' } | { kind: 'ready'; answer: MirrorAnswer } | { kind: 'error'; message: string };

export function useMirrors(tabId: number | undefined, url: string | undefined): MirrorState {
  const [state, setState] = useState<MirrorState>({ kind: 'idle' });
  useEffect(() => {
    if (tabId === undefined || url === undefined) return undefined;
    let current = true;
    setState({ kind: 'looking' });
    sendMessage<'mirrors'>({ type: 'mirrors', tabId, url })
      .then((answer) => current && setState({ kind: 'ready', answer }))
      .catch((error: unknown) => current && setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [tabId, url]);
  return state;
}
