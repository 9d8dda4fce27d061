// The check-in form works without this file. With it, the feeling words narrow to the
// quadrant of the spot chosen on the mood grid, with a button to show them all again.
(function () {
  "use strict";
  var form = document.querySelector("[data-checkin-form]");
  if (!form) { return; }
  var groups = Array.prototype.slice.call(form.querySelectorAll(".feeling-group"));
  var showAll = form.querySelector("[data-show-all-feelings]");
  var narrowed = true;

  function showEvery() {
    groups.forEach(function (group) { group.hidden = false; });
    showAll.hidden = true;
  }

  function narrow() {
    var mood = form.querySelector('input[name="mood"]:checked');
    if (!mood || !narrowed) { showEvery(); return; }
    var near = (mood.getAttribute("data-quadrants") || "").split(" ");
    var feeling = form.querySelector('input[name="feeling"]:checked');
    groups.forEach(function (group) {
      var keeps = near.indexOf(group.getAttribute("data-quadrant")) !== -1;
      // Never hide the word already chosen.
      group.hidden = !(keeps || (feeling && feeling.value && group.contains(feeling)));
    });
    showAll.hidden = false;
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "mood") { narrow(); }
  });
  showAll.addEventListener("click", function () {
    narrowed = false;
    showEvery();
  });
  narrow();
})();
