// sitroom's own behaviour beyond htmx. Loaded as a file: the Content-Security-Policy forbids inline script.
"use strict";
(function () {
  // Elements with data-confirm ask before submitting (htmx also honours hx-confirm).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form.getAttribute && form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
  });
})();
