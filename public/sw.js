/*
 * The Diplomatic Timeline's service worker: once the site has been loaded, it keeps working offline.
 * Registered by src/lib/offline/register-service-worker.ts, in production builds only.
 *
 * - The page (index.html), data/events.json and data/event.schema.json: network first, so that a reader
 *   who is online always gets the newest build, data and schema; the copy from the last visit when the
 *   network fails. The page offers the data and the schema to download: both are stored on install.
 * - assets/: cache first. Vite puts a content hash in every file name there, so a file never changes.
 *   All of them are stored on install (and again after a new build), the chunks of views the reader has
 *   not opened yet included.
 * - Nothing else is stored, and requests outside the site are left alone (the site makes none).
 *
 * The site may live under a base path (/<repository>/ on GitHub Pages), so every address is derived
 * from the registration's scope, never written out. Caches belong to the origin, not the scope, so the
 * cache name carries the scope too: two sites on one origin do not clear each other's caches.
 */

// Bump when a change here must not reuse what an older version stored.
const VERSION = 'v1';

const scope = new URL(self.registration.scope);
const CACHE_PREFIX = `diplomatic-timeline ${scope.pathname} `;
const CACHE = `${CACHE_PREFIX}${VERSION}`;
const at = (path) => new URL(path, scope).href;
const SHELL = at('./');
const INDEX = at('index.html');
const DATA = at('data/events.json');
const SCHEMA = at('data/event.schema.json');
const ASSETS = at('assets/');

/** The addresses inside the site that a page names in src and href: its script, styles and icon. */
function referencedUrls(html) {
  const urls = new Set();
  for (const match of html.matchAll(/\s(?:src|href)="([^"]+)"/g)) {
    const url = new URL(match[1], SHELL);
    url.hash = '';
    if (url.href.startsWith(scope.href)) urls.add(url.href);
  }
  urls.delete(SHELL);
  return [...urls];
}

/**
 * The chunks a script or stylesheet names. Vite's entry names every chunk it may load later ("./x.js"
 * in import(), "assets/x.css" in its preload list): the page's HTML does not, so this finds the code of
 * the views a reader has not opened yet.
 */
function chunkUrls(text) {
  return [...text.matchAll(/(?:\.\/|assets\/)([\w.-]+\.(?:js|css))(?![\w.-])/g)].map((m) => ASSETS + m[1]);
}

/**
 * Stores everything the page needs to run offline: what its HTML names (required: the install fails
 * without it) and every chunk those files name in turn (skipped if the server has no such file, since a
 * name found in code may be something else). Returns the addresses stored.
 */
async function precache(cache, html) {
  const required = new Set(referencedUrls(html));
  const stored = new Set();
  const queue = [...required];
  while (queue.length > 0) {
    const url = queue.shift();
    let response = await cache.match(url);
    if (!response) {
      response = await fetch(url).catch(() => null);
      if (!response?.ok) {
        if (required.has(url)) throw new Error(`${url} could not be stored for offline use`);
        continue;
      }
      await cache.put(url, response.clone());
    }
    stored.add(url);
    if (!/\.(?:js|css)$/.test(url)) continue;
    for (const next of chunkUrls(await response.text())) {
      if (!stored.has(next) && !queue.includes(next)) queue.push(next);
    }
  }
  return stored;
}

/**
 * A response fit to answer a navigation: browsers refuse a redirected response for one, so a redirect
 * that led to the page is forgotten before it is stored.
 */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, headers: response.headers });
}

/** After a new build: stores its files and removes those of the previous build. */
async function replaceBuild(cache, oldShell, newShell) {
  const before = referencedUrls(await oldShell.text());
  const html = await newShell.text();
  const after = new Set(referencedUrls(html));
  // Same page, same files: the build has not changed.
  if (before.length === after.size && before.every((u) => after.has(u))) return;
  const keep = await precache(cache, html);
  for (const request of await cache.keys()) {
    if (request.url.startsWith(ASSETS) && !keep.has(request.url)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const page = await fetch(SHELL, { cache: 'no-cache' });
      if (!page.ok) throw new Error(`${SHELL} answered HTTP ${page.status}`);
      const shell = await storable(page);
      const html = await shell.clone().text();
      await cache.put(SHELL, shell);
      await cache.add(new Request(DATA, { cache: 'no-cache' }));
      await cache.add(new Request(SCHEMA, { cache: 'no-cache' }));
      await precache(cache, html);
      // Every version can serve pages of every other (the strategies do not depend on the build), so a
      // new version takes over at once rather than waiting for every tab to close.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
    })(),
  );
  // No clients.claim(): a page loaded without the worker stays without it until it is reloaded, so
  // nothing changes under a page mid-load (nor under a test that intercepts its requests).
});

async function networkFirst(event, key) {
  const cache = await caches.open(CACHE);
  let response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
  if (response.ok) {
    const copy = await storable(response.clone());
    event.waitUntil(
      (async () => {
        const old = key === SHELL ? await cache.match(SHELL) : undefined;
        await cache.put(key, copy.clone());
        if (old) await replaceBuild(cache, old, copy);
      })(),
    );
  }
  return response;
}

async function cacheFirst(event, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(key, response.clone()));
  return response;
}

/** Outside the two strategies (the icon): the network, or what install stored. */
async function networkOrCache(event, key) {
  try {
    return await fetch(event.request);
  } catch (error) {
    const cached = await (await caches.open(CACHE)).match(key);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // The query string holds view state (?event=…&view=list), not a different file.
  const key = url.origin + url.pathname;
  if (!key.startsWith(scope.href)) return;
  if (request.mode === 'navigate' && (key === SHELL || key === INDEX)) {
    event.respondWith(networkFirst(event, SHELL));
  } else if (key === DATA || key === SCHEMA) {
    event.respondWith(networkFirst(event, key));
  } else if (key.startsWith(ASSETS)) {
    event.respondWith(cacheFirst(event, key));
  } else {
    event.respondWith(networkOrCache(event, key));
  }
});
