/* Everything the interface needs in this language, as one chunk loaded before the first paint. */
export { es as core } from './es.ts';
export { esMore as more } from './es-more.ts';
