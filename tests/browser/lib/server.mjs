// A small static file server for a built site, on 127.0.0.1 and a free port, serving the output
// folder under the site's base path (e.g. /sub/) the way a plain web server would:
// "dir/" -> dir/index.html, "dir" -> 301 to "dir/", anything else missing -> 404 with 404.html.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeType(file) {
  if (path.basename(file) === 'feed.xml') return 'application/atom+xml; charset=utf-8';
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/**
 * Starts the server. root: the output folder; basePath: '/' or '/sub/'.
 * Returns { origin, base, close(), log } where base is origin + basePath and log lists
 * every request as { method, url, status }.
 */
export async function serve(root, basePath) {
  root = path.resolve(root);
  const log = [];
  const notFoundPage = path.join(root, '404.html');

  function send(req, res, status, file, headers = {}) {
    const body = file ? fs.readFileSync(file) : Buffer.from(`${status}\n`);
    res.writeHead(status, {
      'Content-Type': file ? mimeType(file) : 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    log.push({ method: req.method, url: req.url, status });
  }

  function notFound(req, res) {
    send(req, res, 404, fs.existsSync(notFoundPage) ? notFoundPage : null);
  }

  const server = http.createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(req, res, 405, null, { Allow: 'GET, HEAD' });
        return;
      }
      const url = new URL(req.url, 'http://127.0.0.1');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        send(req, res, 400, null);
        return;
      }
      if (!pathname.startsWith(basePath)) {
        if (pathname + '/' === basePath) {
          send(req, res, 301, null, { Location: basePath });
          return;
        }
        notFound(req, res);
        return;
      }
      const rel = pathname.slice(basePath.length);
      let file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
      if (file !== root && !file.startsWith(root + path.sep)) {
        notFound(req, res);
        return;
      }
      let stat = fs.existsSync(file) ? fs.statSync(file) : null;
      if (stat && stat.isDirectory()) {
        if (!pathname.endsWith('/')) {
          send(req, res, 301, null, { Location: url.pathname + '/' + url.search });
          return;
        }
        file = path.join(file, 'index.html');
        stat = fs.existsSync(file) ? fs.statSync(file) : null;
      }
      if (!stat || !stat.isFile()) {
        notFound(req, res);
        return;
      }
      send(req, res, 200, file);
    } catch (err) {
      send(req, res, 500, null);
      console.error(err);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    base: origin + basePath,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
