// WCAG 2.x contrast of every visible text on the page against the background it is painted on
// (DarkModeContrastBrowserIT, docs/decisions/0156). Walks the composed tree (open shadow roots and slots);
// a text's background is the stack of background colours (and the stops of gradient backgrounds) of the
// elements it sits in, composited bottom-up over white; a gradient counts with its worst stop. Skips what
// nobody reads: invisible, aria-hidden (but avatar initials count), disabled, visually hidden, empty text.
// An expression (no trailing semicolon: the test wraps it in a return). Its value: [{text, ratio, required, color, background, font, path}] sorted by ratio / required, worst first.
(() => {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const paint = canvas.getContext('2d', { willReadFrequently: true });
  const rgbaCache = new Map();
  /** Any CSS colour as [r, g, b, a] with 0..255 channels and 0..1 alpha (the canvas resolves every syntax). */
  function rgba(css) {
    if (rgbaCache.has(css)) return rgbaCache.get(css);
    paint.clearRect(0, 0, 1, 1);
    paint.fillStyle = 'rgba(0,0,0,0)';
    paint.fillStyle = css;
    paint.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
    const value = a === 0 ? [0, 0, 0, 0] : [r, g, b, a / 255];
    rgbaCache.set(css, value);
    return value;
  }
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    return [0, 1, 2].map(i => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a).concat(a);
  };
  const luminance = c => {
    const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  /** filter: grayscale(1), CSS's matrix (Filter Effects 1, 'grayscale'). */
  const greyed = c => { const y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]; return [y, y, y, c[3]]; };
  const hex = c => '#' + c.slice(0, 3).map(v => Math.round(v).toString(16).padStart(2, '0')).join('')
    + (c[3] < 1 ? '/' + c[3].toFixed(2) : '');

  /** The parent in the flat tree: the slot an element is assigned to, a shadow root's host, or the parent. */
  const flatParent = node => {
    if (node.assignedSlot) return node.assignedSlot;
    if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
    return node.parentElement || (node.parentNode && node.parentNode.host) || null;
  };
  const chain = element => { const list = []; for (let e = element; e; e = flatParent(e)) list.push(e); return list; };

  /** The layers behind an element's text, nearest first: each is a list of alternative colours (gradient stops). */
  function backgroundLayers(elements) {
    const layers = [];
    for (const e of elements) {
      const style = getComputedStyle(e);
      const image = style.backgroundImage;
      if (image && image !== 'none') {
        const stops = image.match(/(rgba?|color|hsla?|oklch|oklab|lab|lch)\([^()]*(\([^()]*\)[^()]*)*\)|#[0-9a-f]{3,8}\b/gi);
        if (stops) layers.push(stops.map(rgba));
      }
      const color = rgba(style.backgroundColor);
      if (color[3] > 0) layers.push([color]);
      if (color[3] >= 1) break;
    }
    return layers;
  }
  /** Every colour the background can be (one per combination of gradient stops), composited over white. */
  function backgrounds(layers) {
    let results = [[255, 255, 255, 1]];
    for (let i = layers.length - 1; i >= 0; i--) {
      const next = [];
      for (const below of results) for (const top of layers[i]) next.push(over(top, below));
      results = next.slice(0, 16);
    }
    return results;
  }

  function hiddenToReaders(elements) {
    return elements.some(e => e.getAttribute && (e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('disabled')
      || e.getAttribute('aria-disabled') === 'true' || e.hasAttribute('inert') || e.hidden));
  }

  const findings = [];
  const seen = new Set();
  function visitText(text) {
    const value = text.nodeValue.replace(/\s+/g, ' ').trim();
    if (!value || !/[\p{L}\p{N}]/u.test(value)) return;
    const element = text.parentElement || (text.parentNode && text.parentNode.host);
    if (!element || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'OPTION'].includes(element.tagName)) return;
    const range = document.createRange();
    range.selectNodeContents(text);
    const rects = [...range.getClientRects()].filter(r => r.width > 1 && r.height > 1);
    if (rects.length === 0) return;
    const elements = chain(element);
    // an avatar's initials are hidden from screen readers (the name is next to it) but everyone sees them
    const avatar = elements.some(e => e.tagName === 'VAADIN-AVATAR');
    if (!avatar && hiddenToReaders(elements)) return;
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible') return;
    let opacity = 1;
    let grey = false;
    for (const e of elements) {
      const s = getComputedStyle(e);
      opacity *= parseFloat(s.opacity);
      if (/grayscale\(1\)|grayscale\(100%\)/.test(s.filter)) grey = true;
      if (s.clipPath && s.clipPath.startsWith('inset(50%')) return; // visually hidden, for screen readers
      if (s.display === 'none') return;
    }
    if (opacity < 0.05) return;
    const isSvg = element instanceof SVGElement;
    const ink = rgba(isSvg ? style.fill : style.color);
    if (ink[3] === 0) return;
    // SVG text is sized in the drawing's units: the size on screen is that times the drawing's scale
    const size = parseFloat(style.fontSize) * (isSvg && element.getScreenCTM() ? Math.abs(element.getScreenCTM().a) : 1);
    const bold = parseInt(style.fontWeight, 10) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const required = large ? 3 : 4.5;
    let worst = Infinity;
    let worstBackground = null;
    for (const background of backgrounds(backgroundLayers(elements))) {
      const seenInk = over([ink[0], ink[1], ink[2], ink[3] * opacity], background);
      const r = grey ? ratio(greyed(seenInk), greyed(background)) : ratio(seenInk, background);
      if (r < worst) { worst = r; worstBackground = background; }
    }
    const path = elements.slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '')).join(' < ');
    const key = value.slice(0, 40) + '|' + path + '|' + worst.toFixed(2);
    if (seen.has(key)) return;
    seen.add(key);
    findings.push({ text: value.slice(0, 60), ratio: Math.round(worst * 100) / 100, required,
      color: hex(ink) + (opacity < 1 ? ' ×' + opacity.toFixed(2) : ''), background: hex(worstBackground),
      font: Math.round(size * 10) / 10 + 'px/' + style.fontWeight, path });
  }
  function walk(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) visitText(node);
      else if (node.shadowRoot) walk(node.shadowRoot);
    }
  }
  walk(document.body);
  return findings.sort((a, b) => a.ratio / a.required - b.ratio / b.required);
})()
