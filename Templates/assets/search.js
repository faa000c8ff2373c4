// Search and filtering over the portal's generated index (search/index.js).
// The pages work without it: the catalogue pages list everything; this script only filters.
(function () {
  "use strict";
  var form = document.querySelector("form[data-search]");
  var data = window.talentSearchIndex;
  if (!form || !data) return;
  var root = form.getAttribute("data-root") || "";
  var scope = form.getAttribute("data-scope") || "";
  var list = document.querySelector("[data-results]");
  var status = document.querySelector("[data-status]");
  var isStatic = list && list.hasAttribute("data-static");
  var fields = ["q", "type", "skill", "university", "country", "language"];
  var byId = {};
  data.entries.forEach(function (entry) {
    entry.text = (entry.title + " " + entry.summary + " " + entry.meta).toLowerCase();
    byId[entry.id] = entry;
  });

  var params = new URLSearchParams(window.location.search);
  fields.forEach(function (name) {
    var field = form.elements[name];
    if (field && params.has(name)) field.value = params.get(name);
  });

  function criteria() {
    var result = {};
    fields.forEach(function (name) {
      var field = form.elements[name];
      result[name] = field ? field.value : "";
    });
    result.words = result.q.toLowerCase().split(/\s+/).filter(Boolean);
    return result;
  }

  function has(values, value) { return !value || values.indexOf(value) >= 0; }

  function matches(entry, c) {
    if (scope && entry.type !== scope) return false;
    if (c.type && entry.type !== c.type) return false;
    if (!has(entry.skills, c.skill) || !has(entry.universities, c.university)) return false;
    if (!has(entry.countries, c.country) || !has(entry.languages, c.language)) return false;
    return c.words.every(function (word) { return entry.text.indexOf(word) >= 0; });
  }

  function item(entry) {
    var li = document.createElement("li");
    li.className = "card";
    li.setAttribute("data-id", entry.id);
    var heading = document.createElement("h2");
    heading.className = "card-title";
    var link = document.createElement("a");
    link.href = root + entry.url;
    link.textContent = entry.title;
    heading.appendChild(link);
    li.appendChild(heading);
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.textContent = entry.meta ? entry.kind + " · " + entry.meta : entry.kind;
    li.appendChild(meta);
    if (entry.summary) {
      var summary = document.createElement("p");
      summary.textContent = entry.summary;
      li.appendChild(summary);
    }
    return li;
  }

  function update() {
    var c = criteria();
    var shown = 0;
    if (isStatic) {
      list.querySelectorAll("[data-id]").forEach(function (element) {
        var entry = byId[element.getAttribute("data-id")];
        var visible = Boolean(entry) && matches(entry, c);
        element.hidden = !visible;
        if (visible) shown += 1;
      });
      list.querySelectorAll("[data-group]").forEach(function (group) {
        group.hidden = !group.querySelector("[data-id]:not([hidden])");
      });
    } else if (list) {
      var found = data.entries.filter(function (entry) { return matches(entry, c); });
      shown = found.length;
      list.textContent = "";
      found.slice(0, 200).forEach(function (entry) { list.appendChild(item(entry)); });
    }
    if (status) status.textContent = shown === 1 ? "1 result" : shown + " results";
  }

  function remember() {
    var c = criteria();
    var query = new URLSearchParams();
    fields.forEach(function (name) { if (c[name]) query.set(name, c[name]); });
    try {
      window.history.replaceState(null, "", "?" + query.toString());
    } catch (error) {
      // Some browsers refuse to change the address of a page opened from disk; filtering still works.
    }
  }

  form.addEventListener("input", update);
  form.addEventListener("change", function () { update(); remember(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); remember(); });
  form.addEventListener("reset", function () { window.setTimeout(function () { update(); remember(); }, 0); });
  update();
})();
