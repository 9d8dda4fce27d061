// A spoken-word guide for slow breathing: four counts in, six out, for one minute. It announces
// each phase through a polite live region, so it works with a screen reader and without motion.
(function () {
  "use strict";
  var guide = document.querySelector(".breathing-guide");
  if (!guide) return;
  var button = guide.querySelector("[data-breathing-start]");
  var status = guide.querySelector(".breathing-status");
  var timer = null;
  guide.hidden = false;

  function stop(message) {
    clearTimeout(timer);
    timer = null;
    button.textContent = "Guide me for a minute";
    status.textContent = message;
  }

  function phase(rounds) {
    if (rounds === 0) { stop("Done. Notice how you feel now."); return; }
    status.textContent = "Breathe in, two, three, four.";
    timer = setTimeout(function () {
      status.textContent = "And out, slowly, all the way.";
      timer = setTimeout(function () { phase(rounds - 1); }, 6000);
    }, 4000);
  }

  button.addEventListener("click", function () {
    if (timer) { stop("Stopped. You can start again any time."); return; }
    button.textContent = "Stop";
    phase(6);
  });
})();
