// Small enhancements; every page works without this file.
(function () {
  "use strict";
  // Print buttons are hidden until there is a script to make them work.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  // Logged-in pages register the service worker that keeps the safety plan and help page offline.
  var body = document.body;
  if ("serviceWorker" in navigator && body.dataset.serviceWorker) {
    navigator.serviceWorker.register(body.dataset.serviceWorker, { scope: "/" }).catch(function () {});
  }
})();
