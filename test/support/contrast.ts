import type { Page } from 'playwright-core';

/**
 * Contrast as WCAG 2.2 defines it, read from Chromium's computed colours, for what axe leaves
 * undecided: the edges of controls (1.4.11, 3:1 against the page behind them), text (1.4.3, 4.5:1,
 * 3:1 for large text) and the focus ring (2.4.7/1.4.11, 3:1 against the page). Semi-transparent colours
 * are blended over the background behind them, as the eye sees them.
 *
 * The checks run in the page as plain JavaScript, evaluated as a string (so no bundler helper leaks in,
 * and the page's CSP, which forbids inline scripts, does not apply).
 */
export interface ContrastFinding {
  what: 'control edge' | 'text' | 'focus ring';
  element: string;
  ratio: number;
  required: number;
  colours: string;
}

const inPage = String.raw`
(() => {
  const parse = (c) => {
    let m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(c);
    if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
    m = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(c);
    if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
    return undefined;
  };
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const hex = (c) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  // The colour behind an element: its ancestors' backgrounds, blended from the page's white up.
  const behind = (el) => {
    const chain = [];
    for (let e = el; e; e = e.parentElement) chain.push(e);
    let colour = [255, 255, 255, 1];
    for (const e of chain.reverse()) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg[3] > 0) colour = over(bg, colour);
    }
    return colour;
  };
  const name = (el) => {
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return el.tagName.toLowerCase() + '.' + [...el.classList].slice(0, 2).join('.') + (text ? ' "' + text + '"' : '');
  };
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.opacity !== '0'; };
  // The colours that draw an element's edge: a border, an outline-like box-shadow (spread >= 1px), or its own fill.
  const edges = (el) => {
    const s = getComputedStyle(el);
    const out = [];
    if (parseFloat(s.borderTopWidth) >= 1 && s.borderTopStyle !== 'none') out.push(s.borderTopColor);
    for (const m of s.boxShadow.matchAll(/((?:rgba?|color)\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+([\d.]+)px/g)) {
      if (+m[5] >= 1) out.push(m[1]);
    }
    out.push(s.backgroundColor);
    return out.map(parse).filter((c) => c && c[3] > 0);
  };
  const controlSelector = [
    '.sd-rating__item', '.sd-item__decorator', '.sd-input', '.sd-boolean__thumb', '.sd-boolean',
    '.sd-navigation__next-btn', '.sd-navigation__prev-btn', '.sd-navigation__complete-btn',
    // A tertiary button is drawn as text only (no edge to see): its text contrast is what counts.
    '.ams-button:not(.ams-button--tertiary)',
  ].join(',');
  window.__peilContrast = {
    controls() {
      const findings = [];
      for (const el of document.querySelectorAll(controlSelector)) {
        if (!visible(el)) continue;
        const page = behind(el.parentElement);
        const candidates = edges(el).map((c) => over(c, page));
        const best = Math.max(1, ...candidates.map((c) => ratio(c, page)));
        findings.push({ what: 'control edge', element: name(el), ratio: best, required: 3, colours: candidates.map(hex).join('/') + ' on ' + hex(page) });
      }
      return findings;
    },
    text(root) {
      const findings = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const seen = new Set();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || seen.has(el) || !n.textContent.trim() || !visible(el)) continue;
        if (el.closest('.sv-hidden, .sv-visuallyhidden, .visually-hidden, [aria-hidden="true"] svg')) continue;
        seen.add(el);
        const s = getComputedStyle(el);
        const bg = behind(el);
        const fg = over(parse(s.color), bg);
        const size = parseFloat(s.fontSize);
        const large = size >= 24 || (size >= 18.66 && +s.fontWeight >= 700);
        findings.push({ what: 'text', element: name(el), ratio: ratio(fg, bg), required: large ? 3 : 4.5, colours: hex(fg) + ' on ' + hex(bg) });
      }
      return findings;
    },
    focusRing() {
      const a = document.activeElement;
      if (!a || a === document.body) return undefined;
      // A visually hidden input (radio, rating) shows its focus on its label or its drawn circle.
      const candidates = [a, a.closest('label'), a.closest('.sd-item')?.querySelector('.sd-item__decorator'), a.closest('.sd-boolean')].filter(Boolean);
      let best = { what: 'focus ring', element: name(a), ratio: 1, required: 3, colours: 'no outline' };
      for (const el of candidates) {
        const s = getComputedStyle(el);
        if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) continue;
        const page = behind(el.parentElement);
        const ring = s.outlineStyle === 'auto' ? [16, 16, 16, 1] : over(parse(s.outlineColor), page);
        const r = ratio(ring, page);
        if (r > best.ratio) best = { what: 'focus ring', element: name(a), ratio: r, required: 3, colours: hex(ring) + ' on ' + hex(page) };
      }
      return best;
    },
  };
})();
`;

async function install(page: Page): Promise<void> {
  if (!(await page.evaluate(() => '__peilContrast' in window))) await page.evaluate(inPage);
}

/** Every visible control's edge and every visible text in `root`, with its contrast. */
export async function contrastOf(page: Page, root = 'body'): Promise<ContrastFinding[]> {
  await install(page);
  return page.evaluate((sel) => {
    const c = (window as unknown as { __peilContrast: { controls(): ContrastFinding[]; text(r: Element): ContrastFinding[] } }).__peilContrast;
    return [...c.controls(), ...c.text(document.querySelector(sel)!)];
  }, root);
}

/** The focused element's focus ring and its contrast (ratio 1 when there is no visible ring). */
export async function focusRingOf(page: Page): Promise<ContrastFinding | undefined> {
  await install(page);
  return page.evaluate(() => (window as unknown as { __peilContrast: { focusRing(): ContrastFinding | undefined } }).__peilContrast.focusRing());
}

/** The findings below their required ratio, formatted for a failure message. */
export function belowRequired(findings: (ContrastFinding | undefined)[]): string[] {
  return findings
    .filter((f): f is ContrastFinding => f !== undefined && f.ratio < f.required)
    .map((f) => `${f.what} ${f.element}: ${f.ratio.toFixed(2)}:1 < ${f.required}:1 (${f.colours})`);
}
