// Adds a slider beside each 0-100 number box. The box stays the real field, so the number is
// always visible and the page works the same without this script.
(function () {
  "use strict";
  document.querySelectorAll("input.intensity").forEach(function (box) {
    var slider = document.createElement("input");
    slider.type = "range";
    slider.min = box.min || "0";
    slider.max = box.max || "100";
    slider.step = "1";
    slider.value = box.value === "" ? "50" : box.value;
    // An empty box stays empty until the slider is moved; the slider looks faded till then.
    slider.className = box.value === "" ? "intensity-slider intensity-unset" : "intensity-slider";
    var label = document.querySelector('label[for="' + box.id + '"]');
    slider.setAttribute("aria-label", (label ? label.textContent.trim() : "Strength") + " (slider)");
    slider.addEventListener("input", function () {
      box.value = slider.value;
      slider.classList.remove("intensity-unset");
    });
    box.addEventListener("input", function () {
      if (box.value !== "" && !isNaN(Number(box.value))) {
        slider.value = box.value;
        slider.classList.remove("intensity-unset");
      }
    });
    box.insertAdjacentElement("afterend", slider);
  });
})();
