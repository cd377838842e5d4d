// Keeps the page usable offline after the first visit. Network first, so a new build shows
// at once when online; the cached copy answers when the network does not.
const CACHE = "brevity-v2";
const ASSETS = [
  "./",
  "index.html",
  "style.css",
  "app.js",
  "client.js",
  "format.js",
  "render.js",
  "sample.js",
  "worker.js",
  "brevity-summary.js",
  "brevity-tldr.js",
  "embed.html",
  "embed.css",
  "embed.js",
  "pkg/brevity.js",
  // The English build only: the build with every language (pkg/brevity_bg.wasm) is cached
  // the first time a text needs it (worker.js), so an English reader never fetches it.
  "pkg/brevity_en_bg.wasm",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  // Only this site's own GETs; the page makes no other requests anyway.
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error())),
  );
});
