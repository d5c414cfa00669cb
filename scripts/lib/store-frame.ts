// A store screenshot's frame: one or two of Detour's views (PNGs, each cut to a region), side by side on a
// neutral background under a one-line caption, at exactly the size the stores ask for. Plain HTML with no
// extension in it, so any browser page renders it.

export const STORE_SIZE = { width: 1280, height: 800 } as const;
/** Room for a view under the caption, in CSS pixels (the caption and the panels' padding take the rest). */
export const PANEL_MAX = { width: 1200, height: 660 } as const;

export interface Panel {
  /** The view, as a PNG of the whole page (CSS pixels = image pixels). */
  image: Buffer;
  width: number;
  /** The region shown: from `top`, `height` pixels (default: the whole image). */
  top?: number;
  height?: number;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function panelHtml({ image, width, top = 0, height }: Panel): string {
  const size = height === undefined ? '' : `height:${Math.round(height)}px;`;
  // The padding is the panel's; the region is cut by the box inside it (overflow clips at the padding's edge).
  return `<div class="panel"><div class="view" style="width:${width}px;${size}"><img alt="" style="margin-top:-${Math.round(top)}px" src="data:image/png;base64,${image.toString('base64')}"></div></div>`;
}

/** `align`: the panels' tops in line (two views of one page), or their middles (a short one beside a long one). */
export function storeFrame(caption: string, panels: readonly Panel[], align: 'top' | 'middle' = 'top'): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; }
  body { background: linear-gradient(160deg, #eef1f5 0%, #dde3ea 100%); font-family: system-ui, "DejaVu Sans", sans-serif;
         display: flex; flex-direction: column; justify-content: center; }
  h1 { margin: 0 0 28px; text-align: center; font-size: 30px; line-height: 36px; font-weight: 600; color: #1f2933; letter-spacing: -0.01em; }
  .row { display: flex; justify-content: center; align-items: ${align === 'top' ? 'flex-start' : 'center'}; gap: 36px; }
  .view { overflow: hidden; }
  .panel { padding: 8px 0; background: #fff; border-radius: 10px; box-shadow: 0 12px 40px rgba(31, 41, 51, 0.22), 0 2px 6px rgba(31, 41, 51, 0.12); }
  .panel img { display: block; width: 100%; }
</style></head>
<body><h1>${escape(caption)}</h1><div class="row">${panels.map(panelHtml).join('')}</div></body></html>`;
}
