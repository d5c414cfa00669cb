// A button that copies a text and says so, in a polite live region (screen readers hear "Copied").
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { copyText } from './copy-text';

interface Props {
  text: string;
  label: string; // visible
  name?: string; // accessible name, when the visible label alone is not enough
  id?: string;
}

export function CopyButton({ text, label, name, id }: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = () => copyText(text).then(() => setState('copied'), () => setState('failed'));
  return (
    <span class="copy">
      <button type="button" id={id} class="small" aria-label={name} onClick={copy}>
        {label}
      </button>
      <span class="copy-state" role="status">
        {state === 'copied' ? t('popupCopied') : state === 'failed' ? t('popupCopyFailed') : ''}
      </span>
    </span>
  );
}
