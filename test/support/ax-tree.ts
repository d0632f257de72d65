import type { Page } from 'playwright-core';

interface AXValue {
  type: string;
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
  parentId?: string;
}

/** The states a screen reader announces with a control, as Chromium computes them. */
const announced = new Set(['checked', 'pressed', 'expanded', 'selected', 'required', 'invalid', 'disabled', 'level', 'live', 'focused', 'valuetext', 'multiselectable', 'readonly']);
/** Roles that only group: their children are shown in their place. */
const transparent = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak', 'RootWebArea', 'LabelText', 'ListMarker']);

/**
 * Chromium's own accessibility tree of the page (CDP Accessibility.getFullAXTree), as a screen
 * reader gets it: one line per node with its role, its accessible name and the states announced with
 * it (and its description), indented by depth; ignored nodes and pure grouping containers are left out (their children
 * stay). Text is shown as `text "…"` where it says more than the name of the node it sits in (the
 * content of a live region, a paragraph). Kept as a reviewed snapshot per state.
 */
export async function accessibilityTree(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => !n.parentId)!;
    const lines: string[] = [];
    const walk = (node: AXNode, depth: number, named: string) => {
      const role = String(node.role?.value ?? '');
      const name = String(node.name?.value ?? '').replace(/[\s\u200b]+/g, ' ').trim();
      if (role === 'StaticText') {
        if (!node.ignored && name && !named.includes(name)) lines.push(`${'  '.repeat(depth)}text "${name}"`);
        return;
      }
      const shown = !node.ignored && !transparent.has(role);
      if (shown) {
        const states = (node.properties ?? [])
          .filter((p) => announced.has(p.name) && p.value.value !== false && p.value.value !== 'false' && p.value.value !== 'off')
          .map((p) => (p.value.value === true || p.value.value === 'true' ? p.name : `${p.name}=${String(p.value.value)}`));
        const description = String(node.description?.value ?? '').trim();
        if (description) states.push(`description="${description}"`);
        lines.push(`${'  '.repeat(depth)}${role}${name ? ` "${name}"` : ''}${states.length ? ` [${states.join(', ')}]` : ''}`);
      }
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child, shown ? depth + 1 : depth, shown && name ? name : named);
      }
    };
    walk(root, 0, '');
    return `${lines.join('\n')}\n`;
  } finally {
    await cdp.detach();
  }
}
