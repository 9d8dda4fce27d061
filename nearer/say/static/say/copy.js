// Copy buttons for the coach and the phrasebook. Without this file (or without the Clipboard
// API) the buttons stay hidden and the words can be selected and copied by hand.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) { return; }
  var buttons = document.querySelectorAll("[data-copy]");
  Array.prototype.forEach.call(buttons, function (button) {
    var target = document.getElementById(button.getAttribute("data-copy"));
    if (!target) { return; }
    var status = button.parentNode.querySelector("[data-copy-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = target.tagName === "TEXTAREA" ? target.value : target.textContent;
      navigator.clipboard.writeText(text.trim()).then(
        function () { if (status) { status.textContent = "Copied."; } },
        function () { if (status) { status.textContent = "Couldn't copy. Select the words and copy them yourself."; } }
      );
    });
  });
})();
