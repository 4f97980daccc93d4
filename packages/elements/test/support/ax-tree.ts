import { cdp } from 'vitest/browser';

/** One node of Chromium's accessibility tree, as CDP reports it. */
export interface AxNode {
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  ignored: boolean;
  properties?: { name: string; value: { value: unknown } }[];
}

/** Role, name, description and properties of a node, for assertions. */
export interface AxEntry {
  role: string;
  name: string;
  description: string;
  properties: Record<string, unknown>;
}

/** The accessibility tree of the test page, from Chromium itself (CDP `Accessibility.getFullAXTree`). */
export async function accessibilityTree(): Promise<AxEntry[]> {
  const session = cdp();
  await session.send('Accessibility.enable');
  const tree = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string }; childFrames?: { frame: { id: string } }[] } };
  const frames = [tree.frameTree.frame, ...(tree.frameTree.childFrames ?? []).map((child) => child.frame)];
  const entries: AxEntry[] = [];
  for (const frame of frames) {
    const { nodes } = (await session.send('Accessibility.getFullAXTree', { frameId: frame.id })) as { nodes: AxNode[] };
    for (const node of nodes) {
      if (node.ignored || !node.role) continue;
      entries.push({
        role: node.role.value,
        // No-break spaces (kept out of the name's whitespace collapsing) compare as spaces.
        name: (node.name?.value ?? '').replaceAll('\u00a0', ' '),
        description: (node.description?.value ?? '').replaceAll('\u00a0', ' '),
        properties: Object.fromEntries((node.properties ?? []).map((property) => [property.name, property.value.value])),
      });
    }
  }
  return entries;
}

/** The one node with this role and name; throws listing what there is otherwise. */
export function axNode(tree: readonly AxEntry[], role: string, name: string): AxEntry {
  const found = tree.filter((entry) => entry.role === role && entry.name === name);
  if (found.length !== 1) {
    throw new Error(`${found.length} nodes ${role} "${name}"; there are: ${tree.filter((entry) => entry.role === role).map((entry) => entry.name).join(' | ')}`);
  }
  return found[0]!;
}
