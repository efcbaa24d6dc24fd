/** CDP sampling CPU profiles, summarized as self and total time per function. */
import type { CDPSession } from 'playwright';

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface HotSpot {
  readonly name: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession): Promise<HotSpot[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  return summarizeProfile(profile);
}

const label = (f: CallFrame): string => {
  const file = f.url.split('/').pop() ?? '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
};

export function summarizeProfile(profile: Profile): HotSpot[] {
  const selfByNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i; attribute it to the sample after it.
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<number, number>();
  const total = (id: number): number => {
    const known = inclusive.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const value = (selfByNode.get(id) ?? 0) + (node?.children ?? []).reduce((s, c) => s + total(c), 0);
    inclusive.set(id, value);
    return value;
  };
  // Per function: self adds up; total counts each function once per stack (outermost frame).
  const spots = new Map<string, { selfMs: number; totalMs: number }>();
  const visit = (id: number, onStack: ReadonlySet<string>): void => {
    const node = byId.get(id);
    if (!node) return;
    const key = label(node.callFrame);
    const spot = spots.get(key) ?? { selfMs: 0, totalMs: 0 };
    spot.selfMs += selfByNode.get(id) ?? 0;
    if (!onStack.has(key)) spot.totalMs += total(id);
    spots.set(key, spot);
    const next = onStack.has(key) ? onStack : new Set([...onStack, key]);
    for (const child of node.children ?? []) visit(child, next);
  };
  const root = profile.nodes[0];
  if (root) visit(root.id, new Set());
  return [...spots.entries()].map(([name, s]) => ({ name, ...s }));
}
