/* Ortak Masa form helpers, loaded as a file (no inline script: the pages are
   served under a Content-Security-Policy of script-src 'self').
   - Record pickers: a text box offering registry records as an ARIA
     combobox/listbox; choosing one fills the hidden "<name>_id" input.
   - Formsets: "Add a row" clones the formset's empty form.
   Without JavaScript every form still works: the pages render blank rows and
   the server resolves typed names. */
(function () {
  "use strict";
  var counter = 0;

  function debounce(fn, ms) {
    var t = null;
    return function () {
      var args = arguments, self = this;
      clearTimeout(t);
      t = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  function hiddenFor(input) {
    var row = input.closest(".picker-row");
    return row ? row.querySelector('[name="' + input.name + '_id"]') : null;
  }

  function enhanceInput(input, url) {
    if (input.dataset.enhanced) { return; }
    input.dataset.enhanced = "1";
    counter += 1;
    var listId = "picker-list-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "picker-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    var active = -1;
    var items = [];

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(i) {
      var item = items[i];
      if (!item) { return; }
      input.value = item.name;
      var hidden = hiddenFor(input);
      if (hidden) { hidden.value = String(item.id); }
      close();
    }

    function highlight(i) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (o, j) { o.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (options[i]) {
        input.setAttribute("aria-activedescendant", options[i].id);
        options[i].scrollIntoView({ block: "nearest" });
      }
    }

    function show(results) {
      list.innerHTML = "";
      items = results;
      if (!results.length) { close(); return; }
      results.forEach(function (r, i) {
        var li = document.createElement("li");
        li.id = listId + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = r.detail ? r.name + " — " + r.detail : r.name;
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
    }

    var lookup = debounce(function () {
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      fetch(url + "?q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) { if (input.value.trim() === q) { show(data.results || []); } })
        .catch(close);
    }, 150);

    input.addEventListener("input", function () {
      var hidden = hiddenFor(input);
      // A changed text no longer names the chosen record.
      if (hidden && hidden.tagName === "INPUT") { hidden.value = ""; }
      lookup();
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(Math.max(active - 1, 0)); }
      else if (e.key === "Enter") { if (active >= 0) { e.preventDefault(); choose(active); } }
      else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  function enhancePicker(box) {
    var url = box.dataset.suggest;
    box.querySelectorAll(".picker-row > input[type=text]").forEach(function (input) {
      enhanceInput(input, url);
    });
    var add = box.querySelector(".picker-add");
    if (add && !add.dataset.enhanced) {
      add.dataset.enhanced = "1";
      add.hidden = false;
      add.addEventListener("click", function () {
        var rows = box.querySelectorAll(".picker-row");
        var last = rows[rows.length - 1];
        var copy = last.cloneNode(true);
        copy.querySelectorAll("ul.picker-list").forEach(function (u) { u.remove(); });
        copy.querySelectorAll("input").forEach(function (i) {
          i.value = "";
          delete i.dataset.enhanced;
          if (i.id) { i.id = i.id + "_n" + rows.length; }
        });
        last.insertAdjacentElement("afterend", copy);
        enhancePicker(box);
        var text = copy.querySelector("input[type=text]");
        if (text) { text.focus(); }
      });
    }
  }

  function enhanceFormset(box) {
    var prefix = box.dataset.formset;
    var template = box.querySelector("template");
    var button = box.querySelector(".formset-add");
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    if (!template || !button || !total) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var n = parseInt(total.value, 10);
      var html = template.innerHTML.replace(/__prefix__/g, String(n));
      var holder = document.createElement("tbody");
      holder.innerHTML = html;
      var rows = box.querySelector(".formset-rows");
      var first = null;
      while (holder.firstElementChild) {
        var el = holder.firstElementChild;
        rows.appendChild(el);
        if (!first) { first = el; }
      }
      total.value = String(n + 1);
      if (first) {
        first.querySelectorAll("[data-picker]").forEach(enhancePicker);
        var field = first.querySelector("input:not([type=hidden]), textarea, select");
        if (field) { field.focus(); }
      }
    });
  }

  function confirmButtons() {
    document.querySelectorAll("[data-confirm]").forEach(function (el) {
      el.addEventListener("click", function (e) {
        if (!window.confirm(el.dataset.confirm)) { e.preventDefault(); }
      });
    });
  }

  function start() {
    document.querySelectorAll("[data-picker]").forEach(enhancePicker);
    document.querySelectorAll("[data-formset]").forEach(enhanceFormset);
    confirmButtons();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
