// Return form: textareas grow with their text, an item whose text changes is marked "edited", "Add item"
// adds a row, and the bar at the bottom counts the changes. Without script the form still works: the
// server marks changed items itself and a couple of empty rows per section take new items.
"use strict";
(function () {
  var form = document.querySelector("form[data-return-form]");
  if (!form) return;
  var summary = form.querySelector("[data-return-summary]");

  function fit(textarea) {
    textarea.style.height = "auto";
    textarea.style.height = textarea.scrollHeight + 2 + "px";
  }

  function rowOf(el) {
    return el.closest(".return-item");
  }

  function setMark(row, mark) {
    row.setAttribute("data-mark", mark);
  }

  function count() {
    var c = { edited: 0, resolved: 0, added: 0, kept: 0 };
    form.querySelectorAll(".return-item").forEach(function (row) {
      var mark = row.getAttribute("data-mark");
      var text = row.querySelector("textarea").value.trim();
      if (mark === "new") {
        if (text) c.added += 1;
      } else if (mark === "resolved" || !text) {
        c.resolved += 1;
      } else if (mark === "edited") {
        c.edited += 1;
      }
      if (text && mark !== "resolved") c.kept += 1;
    });
    summary.textContent =
      c.kept + " items in this return · " + c.edited + " edited · " + c.resolved + " resolved · " + c.added + " new";
  }

  // The choice follows the text: edited when it differs from last week's, back to "no change" when restored.
  form.addEventListener("input", function (event) {
    var t = event.target;
    if (t.tagName !== "TEXTAREA") return;
    fit(t);
    var row = rowOf(t);
    var select = row.querySelector("select[data-mark]");
    if (select) {
      var changed = t.value.trim() !== t.defaultValue.trim();
      if (changed && select.value === "unchanged") select.value = "edited";
      if (!changed && select.value === "edited") select.value = "unchanged";
      setMark(row, select.value);
    }
    count();
  });

  form.addEventListener("change", function (event) {
    var t = event.target;
    if (t.matches("select[data-mark]")) {
      setMark(rowOf(t), t.value);
      count();
    }
  });

  function nextIndex(fieldset) {
    var max = -1;
    fieldset.querySelectorAll("textarea[name]").forEach(function (t) {
      var m = /^s-\d+-(\d+)-text$/.exec(t.name);
      if (m) max = Math.max(max, parseInt(m[1], 10));
    });
    return max + 1;
  }

  function addRow(fieldset) {
    var i = fieldset.getAttribute("data-section");
    var j = nextIndex(fieldset);
    var id = "s-" + i + "-" + j;
    var li = document.createElement("li");
    li.className = "return-item";
    li.setAttribute("data-mark", "new");
    var label = document.createElement("label");
    label.className = "visually-hidden";
    label.htmlFor = id + "-text";
    label.textContent = "New item " + (j + 1) + " of " + fieldset.getAttribute("data-label");
    var textarea = document.createElement("textarea");
    textarea.id = id + "-text";
    textarea.name = id + "-text";
    textarea.rows = 1;
    var mark = document.createElement("input");
    mark.type = "hidden";
    mark.name = id + "-mark";
    mark.value = "new";
    var badge = document.createElement("span");
    badge.className = "badge new mark-badge";
    badge.textContent = "new";
    li.appendChild(label);
    li.appendChild(textarea);
    li.appendChild(mark);
    li.appendChild(badge);
    fieldset.querySelector(".return-items").appendChild(li);
    textarea.focus();
    count();
  }

  // With script, empty spare rows give way to an "Add item" button: the form stays short.
  form.querySelectorAll(".return-item.spare").forEach(function (row) {
    if (!row.querySelector("textarea").value.trim()) row.remove();
  });
  form.querySelectorAll("[data-add-item]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      addRow(button.closest("fieldset"));
    });
  });
  form.querySelectorAll("textarea").forEach(fit);
  window.addEventListener("resize", function () {
    form.querySelectorAll("textarea").forEach(fit);
  });
  count();
})();
