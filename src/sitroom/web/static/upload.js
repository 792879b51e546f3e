// Upload page: drop or choose files; each is posted on its own to /upload and its result row shown as it
// finishes. Without this script the form posts every file at once and the page lists the results.
"use strict";
(function () {
  var form = document.querySelector("form[data-upload]");
  if (!form) return;
  var input = form.querySelector("input[type=file]");
  var zone = form.querySelector(".dropzone");
  var results = document.querySelector("[data-upload-results]");
  var rows = document.querySelector("[data-upload-rows]");
  var status = document.querySelector("[data-upload-status]");
  var maxBytes = parseInt(form.getAttribute("data-max-bytes") || "0", 10);
  var queue = [];
  var busy = false;
  var counts = { ingested: 0, duplicate: 0, failed: 0 };
  var total = 0;

  form.classList.add("js");

  function hasFiles(event) {
    var types = event.dataTransfer && event.dataTransfer.types;
    return types && Array.prototype.indexOf.call(types, "Files") !== -1;
  }

  function sizeText(n) {
    if (n >= 1e6) return (n / 1e6).toFixed(1).replace(/\.0$/, "") + " MB";
    if (n >= 1e3) return (n / 1e3).toFixed(1).replace(/\.0$/, "") + " kB";
    return n + " bytes";
  }

  // A row built here only ever holds text (textContent), never markup from a file name.
  function messageRow(name, text, state) {
    var tr = document.createElement("tr");
    tr.className = "upload-row " + state;
    tr.setAttribute("data-status", state);
    var file = document.createElement("td");
    file.setAttribute("data-label", "File");
    file.textContent = name;
    var result = document.createElement("td");
    result.setAttribute("data-label", "Result");
    result.colSpan = 6;
    if (state === "failed") {
      var badge = document.createElement("span");
      badge.className = "badge risk";
      badge.textContent = "failed";
      var msg = document.createElement("span");
      msg.className = "error";
      msg.setAttribute("role", "alert");
      msg.textContent = text;
      result.appendChild(badge);
      result.appendChild(document.createTextNode(" "));
      result.appendChild(msg);
    } else {
      result.className = "muted";
      result.textContent = text;
    }
    tr.appendChild(file);
    tr.appendChild(result);
    return tr;
  }

  function updateStatus() {
    var done = counts.ingested + counts.duplicate + counts.failed;
    var parts = [];
    if (counts.ingested) parts.push(counts.ingested + " stored");
    if (counts.duplicate) parts.push(counts.duplicate + " already stored");
    if (counts.failed) parts.push(counts.failed + " failed");
    status.textContent =
      (done < total ? "Uploading " + (done + 1) + " of " + total + "… " : "Done: " + total + (total === 1 ? " file. " : " files. ")) +
      parts.join(", ");
  }

  // The server answers an upload with its result rows; an error page (a refused request) gives its message.
  function rowsFrom(html, name, httpStatus) {
    var doc = new DOMParser().parseFromString("<table><tbody>" + html + "</tbody></table>", "text/html");
    var found = doc.querySelectorAll("tr.upload-row");
    if (found.length) return Array.prototype.slice.call(found);
    var page = new DOMParser().parseFromString(html, "text/html");
    var err = page.querySelector(".error");
    var text = err ? err.textContent : "the server answered " + httpStatus;
    return [messageRow(name, name + ": " + text, "failed")];
  }

  function send(file) {
    var placeholder = messageRow(file.name, "uploading…", "pending");
    rows.appendChild(placeholder);
    if (maxBytes && file.size > maxBytes) {
      var tooBig = file.name + ": the file is " + sizeText(file.size) + ", over the " + sizeText(maxBytes) + " limit per file";
      return Promise.resolve([messageRow(file.name, tooBig, "failed")]).then(function (r) { return [placeholder, r]; });
    }
    var data = new FormData();
    data.append("files", file, file.name);
    ["series", "organisation", "date"].forEach(function (field) {
      var el = form.elements[field];
      if (el && el.value) data.append(field, el.value);
    });
    var token = form.elements.csrf_token ? form.elements.csrf_token.value : "";
    return fetch(form.action, {
      method: "POST",
      body: data,
      headers: { "HX-Request": "true", Accept: "text/html", "X-CSRF-Token": token },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.text().then(function (html) { return rowsFrom(html, file.name, response.status); });
      })
      .catch(function () {
        return [messageRow(file.name, file.name + ": the upload did not reach the server", "failed")];
      })
      .then(function (r) { return [placeholder, r]; });
  }

  function next() {
    if (busy) return;
    var file = queue.shift();
    if (!file) {
      updateStatus();
      return;
    }
    busy = true;
    updateStatus();
    send(file).then(function (pair) {
      var placeholder = pair[0];
      pair[1].forEach(function (tr) {
        var state = tr.getAttribute("data-status");
        if (counts[state] !== undefined) counts[state] += 1;
        rows.insertBefore(document.importNode(tr, true), placeholder);
      });
      rows.removeChild(placeholder);
      busy = false;
      next();
    });
  }

  // Several rows may come back for one file (an e-mail with attachments): count files, not rows.
  function enqueue(files) {
    if (!files || !files.length) return;
    results.hidden = false;
    Array.prototype.forEach.call(files, function (f) { queue.push(f); });
    total += files.length;
    next();
  }

  input.addEventListener("change", function () {
    enqueue(input.files);
    input.value = "";
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (input.files && input.files.length) {
      enqueue(input.files);
      input.value = "";
    } else {
      input.click();
    }
  });
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      zone.classList.add("over");
    });
  });
  ["dragleave", "dragend"].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    zone.classList.remove("over");
    enqueue(event.dataTransfer.files);
  });
  // A file dropped beside the zone would make the browser navigate away to show it.
  document.addEventListener("dragover", function (event) { if (hasFiles(event)) event.preventDefault(); });
  document.addEventListener("drop", function (event) { if (hasFiles(event)) event.preventDefault(); });
})();
