/** Runs `fn` inside an effect root, as a component would; returns the function that ends it. */
export function inEffectRoot(fn: () => void): () => void {
  return $effect.root(fn);
}
