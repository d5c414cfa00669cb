// What a person would see cut off or spilling in one of Detour's pages, checked in the page itself (serialised
// by the browser driver: self-contained, no imports or helpers from outside its body). A longer translation
// is the usual cause, so the locale screenshots and the popup's locale test both ask it.

/**
 * One line per thing cut or spilling, or [] when all is whole:
 * - the page scrolls sideways (a popup has a fixed width: a scrollbar, or words past its edge);
 * - a box reaches past either side of the page;
 * - a box that clips (overflow other than visible) holds more than it shows, across or down: words cut,
 *   or a scrollbar inside the popup;
 * - a drawn box (a button, a field, anything with a border or background) whose words run out of it;
 * - a field's placeholder longer than the field;
 * - a chart's label outside its drawing, which an SVG clips.
 * Text hidden on purpose (for screen readers only, or [hidden]) is left out.
 */
export function cutText(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth > width) problems.push(`the page scrolls sideways (${root.scrollWidth}px of content, ${width}px shown)`);

  // No helper functions in here: tsx names them with a helper of its own, which the page does not have.
  const elements = [...document.querySelectorAll<HTMLElement | SVGElement>('body *')];
  const hidden = elements.filter((element) => {
    const style = getComputedStyle(element);
    return element.hasAttribute('hidden') || style.clipPath !== 'none' || style.getPropertyValue('clip').startsWith('rect');
  });
  for (const element of elements) {
    if (element instanceof SVGElement) continue; // an SVG's insides: its labels are checked below
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || hidden.some((node) => node.contains(element))) continue;
    const style = getComputedStyle(element);
    const classes = typeof element.className === 'string' && element.className.trim() !== '' ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}${words ? ` "${words.slice(0, 40)}${words.length > 40 ? '…' : ''}"` : ''}`;
    const drawn =
      ['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName) ||
      Number.parseFloat(style.borderInlineStartWidth) + Number.parseFloat(style.borderInlineEndWidth) > 0 ||
      !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(style.backgroundColor);
    if (box.right > width + 1 || box.left < -1) problems.push(`${name} reaches past the page (${Math.round(box.left)} to ${Math.round(box.right)}px of ${width}px)`);
    const across = element.scrollWidth - element.clientWidth;
    const down = element.scrollHeight - element.clientHeight;
    if ((style.overflowX !== 'visible' && across > 1) || (style.overflowY !== 'visible' && down > 1)) {
      problems.push(`${name} cuts its content (${element.scrollWidth}×${element.scrollHeight}px in ${element.clientWidth}×${element.clientHeight}px)`);
    } else if (across > 1 && drawn) {
      problems.push(`${name}: its words run ${across}px out of its box`);
    }
    if (element instanceof HTMLInputElement && element.value === '' && element.placeholder !== '') {
      const context = document.createElement('canvas').getContext('2d');
      if (context === null) continue;
      context.font = style.font;
      const room = element.clientWidth - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd);
      const needed = context.measureText(element.placeholder).width;
      if (needed > room + 1) problems.push(`${name}: its placeholder "${element.placeholder}" needs ${Math.ceil(needed)}px, the field has ${Math.floor(room)}px`);
    }
  }

  for (const label of document.querySelectorAll('svg text')) {
    const svg = (label as SVGTextElement).ownerSVGElement;
    if (svg === null || hidden.some((node) => node.contains(svg))) continue;
    const [text, drawing] = [label.getBoundingClientRect(), svg.getBoundingClientRect()];
    if (text.left < drawing.left - 0.5 || text.right > drawing.right + 0.5 || text.top < drawing.top - 0.5 || text.bottom > drawing.bottom + 0.5) {
      problems.push(`the chart label "${label.textContent ?? ''}" is cut by its drawing's edge`);
    }
  }
  return problems;
}
