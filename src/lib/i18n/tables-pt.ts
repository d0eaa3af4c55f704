/* Everything the interface needs in this language, as one chunk loaded before the first paint. */
export { pt as core } from './pt.ts';
export { ptMore as more } from './pt-more.ts';
