// A link checker over the files of a built site: every internal href/src/srcset (and CSS url(),
// sitemap <loc>, feed href, search-index url) resolves to a file in the output, and every
// #fragment to an id on the target page. Links to other sites are counted, never fetched.
import fs from 'node:fs';
import path from 'node:path';

/** Every file under dir, as paths relative to it with '/' separators, sorted. */
export function listFiles(dir) {
  const out = [];
  (function walk(rel) {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else out.push(r);
    }
  })('');
  return out.sort();
}

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/**
 * A small HTML tokenizer, enough for generated pages: yields { tag, attrs, line } for every
 * start tag, skipping comments and the contents of <script>, <style> and <template>.
 */
export function* startTags(html) {
  const attrRe = /\s*([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
  let i = 0;
  let line = 1;
  const advance = (to) => {
    for (let k = i; k < to; k++) if (html.charCodeAt(k) === 10) line++;
    i = to;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    advance(lt);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      advance(end < 0 ? html.length : end + 3);
      continue;
    }
    const m = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 64));
    if (!m) {
      advance(i + 1);
      continue;
    }
    const tag = m[1].toLowerCase();
    const tagLine = line;
    let j = i + m[0].length;
    const attrs = {};
    for (;;) {
      attrRe.lastIndex = j;
      const a = attrRe.exec(html);
      if (!a || a.index !== j || a[0].length === 0) break;
      const name = a[1].toLowerCase();
      const value = a[2] ?? a[3] ?? a[4] ?? '';
      if (!(name in attrs)) attrs[name] = decodeEntities(value);
      j = attrRe.lastIndex;
    }
    const gt = html.indexOf('>', j);
    advance(gt < 0 ? html.length : gt + 1);
    yield { tag, attrs, line: tagLine };
    if (tag === 'script' || tag === 'style' || tag === 'template') {
      const close = html.toLowerCase().indexOf(`</${tag}`, i);
      advance(close < 0 ? html.length : close);
    }
  }
}

/** The ids (and <a name>) a page defines, for fragment checks. */
export function pageIds(html) {
  const ids = new Set();
  for (const t of startTags(html)) {
    if (t.attrs.id !== undefined) ids.add(t.attrs.id);
    if (t.tag === 'a' && t.attrs.name !== undefined) ids.add(t.attrs.name);
  }
  return ids;
}

/** URL-ish references in one HTML page: [{ url, line, attr }]. */
export function htmlReferences(html) {
  const refs = [];
  for (const t of startTags(html)) {
    const a = t.attrs;
    // loads: the browser fetches it with the page (an image, a script, a stylesheet...), so it
    // must never come from another site; links the reader may follow are only counted.
    const loadedLink = t.tag === 'link' && /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/i.test(a.rel ?? '');
    for (const name of ['href', 'src', 'action', 'poster', 'data-index', 'cite', 'data']) {
      if (a[name] === undefined) continue;
      const loads = name === 'src' || name === 'poster' || name === 'data-index' || name === 'data' || (name === 'href' && loadedLink);
      refs.push({ url: a[name], line: t.line, attr: `${t.tag}[${name}]`, loads });
    }
    for (const name of ['srcset', 'imagesrcset']) {
      if (a[name] === undefined) continue;
      for (const part of a[name].split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) refs.push({ url, line: t.line, attr: `${t.tag}[${name}]`, loads: true });
      }
    }
    if (t.tag === 'meta' && a.content !== undefined &&
        /^(og:url|og:image|twitter:image)$/i.test(a.property ?? a.name ?? '')) {
      refs.push({ url: a.content, line: t.line, attr: `meta[${a.property ?? a.name}]` });
    }
    if (a.style !== undefined) {
      for (const m of a.style.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
        refs.push({ url: m[1] ?? m[2] ?? m[3], line: t.line, attr: `${t.tag}[style]`, loads: true });
      }
    }
  }
  return refs;
}

function lineAt(text, index) {
  let n = 1;
  for (let k = 0; k < index; k++) if (text.charCodeAt(k) === 10) n++;
  return n;
}

/**
 * Checks every reference in the output. baseUrl: the site's public base URL
 * ('https://tscp.example.org/sub/'); absolute links to it count as internal.
 * options.skipPdf: the build ran with --no-pdf, so links to .pdf files are not checked.
 * Returns { checked, external: Set, skipped, problems: [string] }.
 */
export function checkLinks(outDir, baseUrl, options = {}) {
  const base = new URL(baseUrl);
  const basePath = base.pathname.endsWith('/') ? base.pathname : base.pathname + '/';
  const files = listFiles(outDir);
  const fileSet = new Set(files);
  const idCache = new Map();
  const problems = [];
  const external = new Set();
  let checked = 0;
  let skipped = 0;

  const idsOf = (rel) => {
    if (!idCache.has(rel)) idCache.set(rel, pageIds(fs.readFileSync(path.join(outDir, rel), 'utf8')));
    return idCache.get(rel);
  };

  // The public URL of a file: "a/index.html" -> base + "a/", otherwise base + path.
  const urlOf = (rel) => new URL(rel === 'index.html' ? '' : rel.endsWith('/index.html')
    ? rel.slice(0, -'index.html'.length) : rel, base.href.endsWith('/') ? base.href : base.href + '/');

  function check(fromRel, ref, opts = {}) {
    const where = `${fromRel}:${ref.line}: ${ref.attr}="${ref.url}"`;
    const raw = ref.url.trim();
    if (raw === '') {
      problems.push(`${where}: empty link`);
      return;
    }
    if (raw === '#') {
      problems.push(`${where}: a bare "#" link goes nowhere`);
      return;
    }
    let url;
    try {
      url = new URL(raw, urlOf(fromRel));
    } catch {
      problems.push(`${where}: not a valid URL`);
      return;
    }
    if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:') return;
    if (url.protocol === 'javascript:') {
      problems.push(`${where}: javascript: URL`);
      return;
    }
    if (url.origin !== base.origin) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push(`${where}: unexpected URL scheme ${url.protocol}`);
      else if (ref.loads) problems.push(`${where}: loaded from another site (${url.host}); every page must work without other hosts`);
      else external.add(url.href);
      return;
    }
    checked++;
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      problems.push(`${where}: bad percent-encoding`);
      return;
    }
    if (!pathname.startsWith(basePath)) {
      problems.push(`${where}: outside the site's base path ${basePath}`);
      return;
    }
    let target = pathname.slice(basePath.length);
    if (target === '' || target.endsWith('/')) target += 'index.html';
    if (!fileSet.has(target)) {
      if (fileSet.has(`${target}/index.html`)) {
        // A directory without its trailing slash: works through a redirect only.
        problems.push(`${where}: links to a folder without its trailing "/" (a redirect on every click)`);
        return;
      }
      if (options.skipPdf && target.toLowerCase().endsWith('.pdf')) {
        skipped++;
        return;
      }
      problems.push(`${where}: no such file in the output (${target})`);
      return;
    }
    if (url.hash && url.hash !== '#' && !opts.noFragments) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (target.endsWith('.html')) {
        if (!idsOf(target).has(id)) problems.push(`${where}: no id "${id}" on ${target}`);
      }
    } else if (url.hash === '#') {
      problems.push(`${where}: empty fragment`);
    }
  }

  for (const rel of files) {
    const full = path.join(outDir, rel);
    if (rel.endsWith('.html')) {
      const html = fs.readFileSync(full, 'utf8');
      for (const ref of htmlReferences(html)) check(rel, ref);
    } else if (rel.endsWith('.css')) {
      const css = fs.readFileSync(full, 'utf8');
      for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
        const u = m[1] ?? m[2] ?? m[3];
        if (!u.startsWith('data:')) check(rel, { url: u, line: lineAt(css, m.index), attr: 'url()', loads: true });
      }
      for (const m of css.matchAll(/@import\s+["']([^"']+)["']/g)) {
        check(rel, { url: m[1], line: lineAt(css, m.index), attr: '@import', loads: true });
      }
    } else if (rel.endsWith('.xml')) {
      const xml = fs.readFileSync(full, 'utf8');
      for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|\shref="([^"]+)"/g)) {
        check(rel, { url: decodeEntities(m[1] ?? m[2]), line: lineAt(xml, m.index), attr: m[1] ? 'loc' : 'href' });
      }
    } else if (rel === 'search-index.json') {
      const entries = JSON.parse(fs.readFileSync(full, 'utf8'));
      const list = Array.isArray(entries) ? entries : (entries.entries ?? entries.pages ?? []);
      list.forEach((e, k) => {
        if (e && typeof e.url === 'string') check(rel, { url: e.url, line: k + 1, attr: 'entry.url' });
      });
    }
  }
  return { checked, external, skipped, problems, files };
}
