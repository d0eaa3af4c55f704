/* The publishing chunk, loaded when the Publish panel is first shown (state/publishing.ts): fflate and the calendar code with it. */
export { buildSite } from './build-site.ts';
export { publishInto, type SiteFolder } from './publish-folder.ts';
export { siteZipName, zipSite } from './zip-site.ts';
export { directoryFolder } from './directory-folder.ts';
export { cryptoSigner, newKeyPair, publicJwk, thumbprint } from '../plan-files/signature.ts';
