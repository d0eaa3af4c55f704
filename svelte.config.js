// Svelte 5 in runes mode only: no legacy `export let` or `$:` anywhere. The version marker
// (window.__svelte) is left out: it costs first-screen bytes and tells nothing to users.
export default {
  compilerOptions: { runes: true, discloseVersion: false },
};
