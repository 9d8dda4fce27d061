// Nearer's service worker: keeps the member's safety plan and the help page readable offline.
// Only these pages and static files are kept; logging out clears them (Clear-Site-Data).
"use strict";
const CACHE = "nearer-offline-v1";
const OFFLINE_PAGES = {{ offline_pages|safe }};

async function keepOfflineCopies() {
  const cache = await caches.open(CACHE);
  for (const path of OFFLINE_PAGES) {
    try {
      const response = await fetch(path, { credentials: "same-origin" });
      if (!response.ok || response.redirected) continue;
      await cache.put(path, response.clone());
      const html = await response.text();
      const assets = [...html.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => m[1]);
      await cache.addAll([...new Set(assets)]);
    } catch (error) {
      // Offline while installing: the copies are made on the next visit instead.
    }
  }
}

self.addEventListener("install", (event) => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim().then(keepOfflineCopies));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const page = OFFLINE_PAGES.includes(url.pathname);
  if (!page && !url.pathname.startsWith("/static/")) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && !response.redirected) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(page ? url.pathname : request, copy));
        }
        return response;
      })
      .catch(() => caches.match(page ? url.pathname : request).then((hit) => hit || Response.error())),
  );
});
