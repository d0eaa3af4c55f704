/* Everything the interface needs in this language, as one chunk loaded before the first paint. */
export { en as core } from './en.ts';
export { enMore as more } from './en-more.ts';
