// Report pages: a checkbox with data-toggle-class="c" data-target="#id" sets class c on the target while checked.
"use strict";
(function () {
  function apply(box) {
    var target = document.querySelector(box.getAttribute("data-target"));
    if (target) target.classList.toggle(box.getAttribute("data-toggle-class"), box.checked);
  }
  document.addEventListener("change", function (event) {
    var box = event.target;
    if (box.matches && box.matches("input[type=checkbox][data-toggle-class]")) apply(box);
  });
  // A checkbox restored by the browser (back button) must restyle its target too.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[type=checkbox][data-toggle-class]").forEach(apply);
  });
})();
