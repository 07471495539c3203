// Conditional survey questions: a question that depends on another one's
// answer ("if yes, ask ...") is hidden until that answer is given.  Without
// this script every question shows with its condition written beside it,
// and the server ignores answers to questions whose condition is not met
// either way; here the hidden question is also disabled, so nothing stale
// is sent and the keyboard and screen readers skip it.
(function () {
  "use strict";

  function valuesOf(form, name) {
    var found = [];
    var fields = form.querySelectorAll('[name="' + name + '"]');
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.disabled) continue;
      if (field.type === "radio" || field.type === "checkbox") {
        if (field.checked) found.push(field.value);
      } else if (field.value.trim() !== "") {
        found.push(field.value.trim());
      }
    }
    return found;
  }

  function same(given, expected) {
    if (given === expected) return true;
    // Numbers compare as numbers: "3" and "3.0" are one answer.
    var a = Number(given.replace(",", ".")), b = Number(expected.replace(",", "."));
    return given !== "" && expected !== "" && !isNaN(a) && !isNaN(b) && a === b;
  }

  function setShown(block, shown) {
    if (!block.hidden === shown) return false;
    block.hidden = !shown;
    var fields = block.querySelectorAll("input, select, textarea");
    for (var i = 0; i < fields.length; i++) fields[i].disabled = !shown;
    return true;
  }

  function update(form, status) {
    var appeared = [];
    // In page order, so a question that depends on a hidden one hides too.
    var blocks = form.querySelectorAll("[data-show-if]");
    for (var i = 0; i < blocks.length; i++) {
      var block = blocks[i];
      var expected = block.getAttribute("data-show-if-value");
      var given = valuesOf(form, block.getAttribute("data-show-if"));
      var shown = given.some(function (v) { return same(v, expected); });
      if (setShown(block, shown) && shown) {
        var title = block.querySelector("legend, label");
        if (title) appeared.push(title.textContent.replace("*", "").trim());
      }
    }
    if (status && appeared.length) {
      status.textContent = status.getAttribute("data-message") + " " + appeared.join("; ");
    }
  }

  function start() {
    var forms = document.querySelectorAll("form.survey-form");
    for (var i = 0; i < forms.length; i++) {
      var form = forms[i];
      if (!form.querySelector("[data-show-if]")) continue;
      var status = form.querySelector(".conditions-status");
      update(form, null);
      form.addEventListener("change", update.bind(null, form, status));
      form.addEventListener("input", update.bind(null, form, status));
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
