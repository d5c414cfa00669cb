// The DNS-over-HTTPS resolver for DNSLink and for telling which provider fronts a mirror: the built-in
// ones (Google, Cloudflare, Quad9; one not on the failing provider is picked) or the person's own.
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { checkServiceUrl } from './field-checks';
import { SaveRow, type SectionProps } from './save-row';
import { TextField } from './text-field';

export function DohSection({ settings, save }: SectionProps) {
  const [custom, setCustom] = useState(settings.dohResolverUrl !== '');
  const [url, setUrl] = useState(settings.dohResolverUrl);
  const [error, setError] = useState<string | undefined>();

  async function onSave() {
    const checked = custom ? checkServiceUrl(url, { required: true }) : { value: '' };
    setError('error' in checked ? checked.error : undefined);
    if ('error' in checked) return { kind: 'invalid' } as const;
    return save({ dohResolverUrl: checked.value });
  }

  return (
    <section id="doh" aria-labelledby="doh-heading">
      <h2 id="doh-heading">{t('optionsDohHeading')}</h2>
      <fieldset>
        <legend>{t('optionsDohLegend')}</legend>
        <div class="check">
          <input id="doh-builtin" type="radio" name="doh" checked={!custom} onChange={() => setCustom(false)} />
          <label for="doh-builtin">{t('optionsDohBuiltin')}</label>
        </div>
        <div class="check">
          <input id="doh-custom" type="radio" name="doh" checked={custom} onChange={() => setCustom(true)} />
          <label for="doh-custom">{t('optionsDohCustom')}</label>
        </div>
      </fieldset>
      <TextField id="doh-url" type="url" label={t('optionsDohUrl')} hint={t('optionsDohHint')} value={url} onInput={setUrl} disabled={!custom} error={error} />
      <SaveRow id="doh-save" onSave={onSave} />
    </section>
  );
}
