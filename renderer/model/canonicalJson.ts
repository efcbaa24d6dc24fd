/**
 * The walks over a whole `.cjm` JSON tree, written as loops over an explicit
 * stack rather than as recursion: a hostile file can nest an unknown field
 * thousands of levels deep, and a recursive walk over it overflows the call
 * stack on every save. Parsing refuses anything deeper than MAX_NESTING_DEPTH,
 * which is also what keeps the native JSON.stringify that follows safe.
 */

/**
 * Levels of objects and arrays a file may nest, counted from the envelope.
 * The deepest field the app writes sits at about 8 (a persona's extra
 * demographics); the rest is room for fields of newer versions.
 */
export const MAX_NESTING_DEPTH = 64;

type Json = { [key: string]: unknown };

const isContainer = (value: unknown): value is Json | unknown[] => typeof value === 'object' && value !== null;

/** Where a node sits: its key and its parent, so a path is only built when one is reported. */
interface Trail {
  readonly key: string;
  readonly parent: Trail | null;
  readonly depth: number;
}

function pathOf(trail: Trail | null): string {
  const keys: string[] = [];
  for (let at = trail; at; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

const step = (parent: Trail | null, key: string): Trail => ({ key, parent, depth: (parent?.depth ?? 0) + 1 });

/** The dotted path of the first value nested deeper than `maxDepth`, or null when the tree is within it. */
export function pathDeeperThan(root: unknown, maxDepth: number): string | null {
  const stack: Array<{ value: Json | unknown[]; trail: Trail | null }> = isContainer(root) ? [{ value: root, trail: null }] : [];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if ((item.trail?.depth ?? 0) >= maxDepth) return pathOf(item.trail);
    for (const [key, child] of Object.entries(item.value)) {
      if (isContainer(child)) stack.push({ value: child, trail: step(item.trail, key) });
    }
  }
  return null;
}

export class NestingTooDeepError extends Error {
  override readonly name = 'NestingTooDeepError';
  constructor(readonly path: string) {
    super(`${path} is nested deeper than ${MAX_NESTING_DEPTH} levels`);
  }
}

/**
 * A copy with every object's keys sorted, so that equal maps always give equal
 * bytes. Undefined object members are dropped, as JSON.stringify would.
 * Throws NestingTooDeepError past `maxDepth` levels below `root`.
 */
export function sortedCopy(root: unknown, maxDepth: number): unknown {
  if (!isContainer(root)) return root;
  const copyOf = (value: Json | unknown[]): Json | unknown[] => (Array.isArray(value) ? new Array<unknown>(value.length) : {});
  const top = copyOf(root);
  const stack: Array<{ source: Json | unknown[]; target: Json | unknown[]; trail: Trail | null }> = [{ source: root, target: top, trail: null }];
  const copyMember = (target: Json | unknown[], trail: Trail | null, key: string | number, value: unknown): void => {
    if (!isContainer(value)) {
      (target as Json)[key] = value;
      return;
    }
    const child = copyOf(value);
    (target as Json)[key] = child;
    stack.push({ source: value, target: child, trail: step(trail, String(key)) });
  };
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { source, target, trail } = item;
    if ((trail?.depth ?? 0) >= maxDepth) throw new NestingTooDeepError(pathOf(trail));
    if (Array.isArray(source)) {
      for (let i = 0; i < source.length; i++) copyMember(target, trail, i, source[i]);
    } else {
      for (const key of Object.keys(source).sort()) {
        const value = source[key];
        if (value !== undefined) copyMember(target, trail, key, value);
      }
    }
  }
  return top;
}
