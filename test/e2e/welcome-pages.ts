// Functions run inside Detour's welcome page (serialised by the driver: each is self-contained).

export interface WelcomeState {
  /** The badge legend as shown: each entry's kind, the swatch's text and colour, and its words. */
  legend: { kind: string; text: string; color: string; words: string }[];
  /** The page's visible text. */
  text: string;
  /** The link to the options page: its text and where it goes. */
  optionsLink?: { text: string; href: string };
}

/** The welcome page once it has rendered its legend; undefined before. */
export function welcomeState(): WelcomeState | undefined {
  const items = [...document.querySelectorAll<HTMLElement>('#badge-legend [data-badge]')];
  if (items.length === 0) return undefined;
  const legend = items.map((item) => {
    const swatch = item.querySelector<HTMLElement>('.badge');
    const channels = (swatch === null ? '' : getComputedStyle(swatch).backgroundColor).match(/\d+(\.\d+)?/g) ?? [];
    return {
      kind: item.dataset.badge ?? '',
      text: swatch?.textContent?.trim() ?? '',
      color: channels.length >= 3 ? channels.slice(0, 3).join(',') : '',
      words: item.innerText.replace(swatch?.innerText ?? '', '').trim(),
    };
  });
  const link = document.querySelector<HTMLAnchorElement>('a#open-options');
  return { legend, text: document.body.innerText, ...(link === null ? {} : { optionsLink: { text: link.innerText.trim(), href: link.href } }) };
}
