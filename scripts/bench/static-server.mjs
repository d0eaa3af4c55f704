/*
 * One small static file server for the benchmark, so that Quorum's dist/ and a peer app's
 * build are served the same way: gzip for text (level 6, as common hosts do), a content type
 * by extension, no cache headers (a cold load uses a fresh profile anyway), and index.html for
 * paths that name no file (single-page apps route on the client).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
/** Types worth compressing (images and fonts already are). */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript|wasm)|image\/svg)/;

/** The file a URL path names under `root`, index.html for a folder or a path with no file; undefined outside root. */
export function fileFor(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path));
  if (file !== normalize(root) && !file.startsWith(normalize(root) + sep)) return undefined;
  const isFile = (f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  };
  if (isFile(file)) return file;
  if (isFile(join(file, 'index.html'))) return join(file, 'index.html');
  return extname(path) ? undefined : join(root, 'index.html');
}

/** Serves `root` on 127.0.0.1 (a free port unless given); resolves to { url, close }. */
export function serveStatic(root, port = 0) {
  const server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': type,
      vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': statSync(file).size }),
    });
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
