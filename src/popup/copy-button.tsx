// A button that copies a text and says so, in a polite live region (screen readers hear "Copied").
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

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

// Puts text on the clipboard from a click. The async Clipboard API works in both browsers' extension
// pages on a user gesture; the textarea fallback covers a popup that has lost focus.
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}
