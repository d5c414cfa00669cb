// The DNS-over-HTTPS resolver for DNSLink and for telling which provider fronts a mirror: the built-in
// ones (Google, Cloudflare, Quad9; one not on the failing provider is picked) or the person's own.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { SaveNote, useAutosave, type SectionProps } from './autosave';
import { checkServiceUrl } from './field-checks';
import { TextField } from './text-field';

export function DohSection({ settings, save }: SectionProps) {
  const [custom, setCustom] = useState(settings.dohResolverUrl !== '');
  const [url, setUrl] = useState(settings.dohResolverUrl);
  const [error, setError] = useState<string | undefined>();
  const autosave = useAutosave();

  // The person's own resolver is stored only once its address is right; until then the built-in ones stay.
  const saveCustom = (text: string) => async () => {
    const checked = checkServiceUrl(text, { required: true });
    setError('error' in checked ? checked.error : undefined);
    if ('error' in checked) return { kind: 'invalid' } as const;
    return save({ dohResolverUrl: checked.value });
  };

  function choose(nextCustom: boolean) {
    setCustom(nextCustom);
    if (nextCustom) return autosave.now('doh-url', saveCustom(url));
    setError(undefined);
    autosave.now('doh-choice', () => save({ dohResolverUrl: '' }));
  }

  return (
    <section id="doh" aria-labelledby="doh-heading">
      <h2 id="doh-heading">{t('optionsDohHeading')}</h2>
      <fieldset>
        <legend>{t('optionsDohLegend')}</legend>
        <div class="check">
          <input id="doh-builtin" type="radio" name="doh" checked={!custom} onChange={() => choose(false)} />
          <label for="doh-builtin">{t('optionsDohBuiltin')}</label>
          <SaveNote id="doh-choice-status" note={autosave.notes['doh-choice']} />
        </div>
        <div class="check">
          <input id="doh-custom" type="radio" name="doh" checked={custom} onChange={() => choose(true)} />
          <label for="doh-custom">{t('optionsDohCustom')}</label>
        </div>
      </fieldset>
      <TextField
        id="doh-url"
        type="url"
        label={t('optionsDohUrl')}
        hint={t('optionsDohHint')}
        value={url}
        onInput={(value) => {
          setUrl(value);
          autosave.soon('doh-url', saveCustom(value));
        }}
        onBlur={() => autosave.flush('doh-url')}
        onEnter={() => autosave.flush('doh-url')}
        disabled={!custom}
        error={error}
        note={autosave.notes['doh-url']}
      />
    </section>
  );
}
