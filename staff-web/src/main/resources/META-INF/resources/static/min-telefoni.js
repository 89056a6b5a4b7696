// Min telefoni: a half-filled form survives a lapsed login. Every form with data-spara is kept in sessionStorage as
// it is filled in and refilled when the page comes back after the new login; a sent form is forgotten.
(function () {
  "use strict";
  var KEY = "min-telefoni:formular:";

  function keep(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.type === "hidden" || e.type === "submit") return;
      values[e.name] = (e.type === "radio" || e.type === "checkbox") ? (e.checked ? e.value : values[e.name]) : e.value;
    });
    sessionStorage.setItem(KEY + form.dataset.spara, JSON.stringify(values));
  }

  function refill(form) {
    var saved = sessionStorage.getItem(KEY + form.dataset.spara);
    if (!saved) return;
    var values = JSON.parse(saved);
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || !(e.name in values) || values[e.name] === undefined) return;
      if (e.type === "radio" || e.type === "checkbox") e.checked = e.value === values[e.name];
      else if (e.type !== "hidden" && e.type !== "submit") e.value = values[e.name];
    });
    var details = form.closest("details");
    if (details) details.open = true;
  }

  function wire(root) {
    root.querySelectorAll("form[data-spara]").forEach(function (form) {
      if (form.dataset.wired) return;
      form.dataset.wired = "1";
      refill(form);
      form.addEventListener("input", function () { keep(form); });
      form.addEventListener("change", function () { keep(form); });
      form.addEventListener("submit", function () { keep(form); });
    });
  }

  // polling refreshes a list only while nobody is filling in a form in it
  window.ingenIArbete = function (id) {
    var area = document.getElementById(id);
    return !area || (!area.querySelector("details[open]") && !area.contains(document.activeElement));
  };

  document.addEventListener("DOMContentLoaded", function () { wire(document); });
  document.addEventListener("htmx:load", function (e) { wire(e.target); });
  // a form sent and answered: forget it
  document.addEventListener("htmx:afterRequest", function (e) {
    var form = e.detail.elt && e.detail.elt.closest && e.detail.elt.closest("form[data-spara]");
    if (form && e.detail.successful) sessionStorage.removeItem(KEY + form.dataset.spara);
  });
  // the login lapsed (quarkus-oidc answers 499 to a script instead of redirecting): the form is kept, log in again
  document.addEventListener("htmx:responseError", function (e) {
    if (e.detail.xhr.status === 499) {
      document.querySelectorAll("form[data-spara]").forEach(keep);
      window.location.reload();
    }
  });
})();
