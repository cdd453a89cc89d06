import type { Node, Parent } from 'unist';

/** Returned by a visitor: do not walk this node's children. */
export const SKIP = 'skip';
/** Returned by a visitor: stop the walk. */
export const EXIT = 'exit';

type Action = typeof SKIP | typeof EXIT | undefined | void;

/**
 * Calls `enter` on every node of `tree`, in document order (preorder), with its ancestors
 * (nearest last) and its index in its parent, as `unist-util-visit-parents` does.
 * Our plugins walk every note a dozen times, and that library makes and names a function for
 * every node (a debugging aid), five times slower (docs/performance.md). `ancestors` is one
 * array, changed as the walk goes: copy it to keep it.
 * A visitor may replace its node in `ancestors.at(-1).children[index]`; the walk then goes
 * on into the node it was called with, unless it returns SKIP.
 */
export function walkTree<Kind extends Node, Ancestor extends Parent = Parent>(
  tree: Kind,
  enter: (node: Kind, ancestors: readonly Ancestor[], index: number | undefined) => Action,
): void {
  const ancestors: Ancestor[] = [];
  /** True when the walk is to stop. */
  const visit = (node: Kind, index: number | undefined): boolean => {
    const action = enter(node, ancestors, index);
    if (action === EXIT) return true;
    const children = (node as Partial<Parent>).children as Kind[] | undefined;
    if (action === SKIP || !children) return false;
    ancestors.push(node as unknown as Ancestor);
    for (let child = 0; child < children.length; child += 1) {
      if (visit(children[child]!, child)) return true;
    }
    ancestors.pop();
    return false;
  };
  visit(tree, undefined);
}
