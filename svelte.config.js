// Svelte 5 in runes mode only: no legacy `export let` or `$:` anywhere.
export default {
  compilerOptions: { runes: true },
};
