/*
 * Styrsvar widget: a chat bubble for residents on the municipality's web pages.
 *
 *   <script src="https://HOST/widget.js" defer></script>
 *
 * Everything lives in a Shadow DOM so that the host page's CSS cannot break the widget and the
 * widget's CSS cannot leak into the page. Questions go to /api/public/ask on the script's own
 * server (derived from this script's URL), which answers only pages on its allowed origins and
 * only from externally published documents. Server text is always inserted as text, never as HTML.
 * Plain JavaScript, no build step, no external fonts or libraries.
 */
(function () {
  "use strict";
  if (window.__styrsvarWidget) { return; }
  window.__styrsvarWidget = true;

  var script = document.currentScript;
  var BASE = script && script.src ? script.src.replace(/\/widget\.js(?:[?#].*)?$/, "") : "";
  var CSS = "__STYRSVAR_WIDGET_CSS__";
  var MAX_HISTORY = 5;
  var T = {
    open: "Fråga om styrdokumenten",
    title: "Fråga om styrdokumenten",
    close: "Stäng chatten",
    notice: "Jag är en AI-assistent som svarar utifrån Askersunds kommuns publicerade styrdokument. " +
      "Svaren kan vara ofullständiga – kontrollera alltid källan.",
    label: "Din fråga",
    hint: "Enter skickar, Skift+Enter ger ny rad.",
    send: "Skicka",
    you: "Du frågade:",
    bot: "Svar:",
    sources: "Källor",
    nearby: "Inget svar, men det här ligger närmast frågan:",
    page: "sida",
    searching: "Söker svar i styrdokumenten …",
    answered: "Svaret har kommit.",
    empty: "Skriv en fråga först.",
    failed: "Det gick inte att få något svar just nu. Försök igen senare.",
    busy: "Du har ställt många frågor på kort tid. Försök igen om %s sekunder.",
    log: "Samtal"
  };
  var STATUS = { "gällande": "gällande", "upphävd": "upphävd", "utgången": "utgången", "ej ikraft": "ännu inte i kraft" };
  var ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" ' +
    'd="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6v2h2v-2H7zm4 ' +
    '0v2h2v-2h-2zm4 0v2h2v-2h-2z"/></svg>';

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function build() {
    var host = document.createElement("styrsvar-widget");
    host.setAttribute("style", "all: initial; position: static; display: block;");
    var root = host.attachShadow({ mode: "open" });
    var style = el("style");
    style.textContent = CSS;
    root.appendChild(style);
    var wrap = el("div", { "class": "root" });
    root.appendChild(wrap);

    var bubble = el("button", { type: "button", "class": "bubble", "aria-expanded": "false",
      "aria-controls": "styrsvar-panel" });  // named by its visible text (WCAG 2.5.3)
    bubble.innerHTML = ICON;
    bubble.appendChild(el("span", { "class": "bubble-text" }, T.open));

    var panel = el("section", { id: "styrsvar-panel", "class": "panel", role: "dialog",
      "aria-modal": "false", "aria-labelledby": "styrsvar-title", "aria-describedby": "styrsvar-notice" });
    panel.hidden = true;
    var head = el("div", { "class": "head" });
    head.appendChild(el("h2", { id: "styrsvar-title" }, T.title));
    var close = el("button", { type: "button", "class": "close", "aria-label": T.close }, "\u00d7");
    head.appendChild(close);
    var notice = el("p", { id: "styrsvar-notice", "class": "notice" }, T.notice);
    var log = el("div", { "class": "log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
      "aria-label": T.log, tabindex: "0" });
    var status = el("p", { "class": "status-line", role: "status", "aria-live": "polite" });
    var form = el("form", { novalidate: "" });
    form.appendChild(el("label", { "for": "styrsvar-q" }, T.label));
    var row = el("div", { "class": "row" });
    var input = el("textarea", { id: "styrsvar-q", rows: "2", autocomplete: "off",
      "aria-describedby": "styrsvar-hint" });
    var send = el("button", { type: "submit", "class": "send" }, T.send);
    row.appendChild(input);
    row.appendChild(send);
    form.appendChild(row);
    form.appendChild(el("p", { id: "styrsvar-hint", "class": "hint" }, T.hint));
    [head, notice, log, status, form].forEach(function (n) { panel.appendChild(n); });
    wrap.appendChild(panel);
    wrap.appendChild(bubble);
    document.body.appendChild(host);

    var history = [];
    var pending = false;

    function setOpen(open) {
      panel.hidden = !open;
      bubble.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) { input.focus(); } else { bubble.focus(); }
    }

    function addMessage(kind, prefix, text) {
      var msg = el("div", { "class": "msg " + kind });
      if (prefix) { msg.appendChild(el("span", { "class": "sr-only" }, prefix + " ")); }
      msg.appendChild(el("p", {}, text));
      return msg;
    }

    function safeUrl(url) {
      return typeof url === "string" && BASE && url.indexOf(BASE + "/public/pdf/") === 0 ? url : null;
    }

    function sourcesList(citations, title, cls) {
      var seen = {};
      var items = [];
      (citations || []).forEach(function (c) {
        var url = safeUrl(c.url);
        var key = (c.document_id || "") + "#" + c.page;
        if (seen[key]) { return; }
        seen[key] = true;
        var li = el("li");
        var label = (c.title || c.file || "Dokument") + ", " + T.page + " " + c.page;
        if (url) {
          li.appendChild(el("a", { href: url, target: "_blank", rel: "noopener" }, label));
        } else {
          li.appendChild(document.createTextNode(label));
        }
        var st = STATUS[(c.status || "").toLowerCase()];
        if (st) { li.appendChild(el("span", { "class": "status" }, " (" + st + ")")); }
        items.push(li);
      });
      if (!items.length) { return null; }
      var box = el("div", { "class": cls });
      box.appendChild(el("p", { "class": "sources-title" }, title));
      var ul = el("ul");
      items.forEach(function (li) { ul.appendChild(li); });
      box.appendChild(ul);
      return box;
    }

    function showAnswer(question, data) {
      var msg = addMessage("bot", T.bot, data.answer || "");
      var list = data.abstained
        ? sourcesList(data.nearby, T.nearby, "sources nearby")
        : sourcesList(data.citations, T.sources, "sources");
      if (list) { msg.appendChild(list); }
      log.appendChild(msg);
      log.scrollTop = log.scrollHeight;
      history.push({ question: question, answer: data.answer || "" });
      history = history.slice(-MAX_HISTORY);
    }

    function showError(text) {
      log.appendChild(addMessage("error", "", text));
      log.scrollTop = log.scrollHeight;
    }

    function readError(res) {
      if (res.status === 429) {
        return Promise.resolve(T.busy.replace("%s", res.headers.get("Retry-After") || "60"));
      }
      return res.json().then(function (body) {
        return body && typeof body.error === "string" ? body.error : T.failed;
      }, function () { return T.failed; });
    }

    function ask(question) {
      pending = true;
      send.disabled = true;
      log.setAttribute("aria-busy", "true");
      status.textContent = T.searching;
      fetch(BASE + "/api/public/ask", {
        method: "POST", mode: "cors", credentials: "omit",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question: question, history: history })
      }).then(function (res) {
        if (res.ok) {
          return res.json().then(function (data) { showAnswer(question, data); return T.answered; });
        }
        return readError(res).then(function (text) { showError(text); return ""; });
      }).catch(function () {
        showError(T.failed);
        return "";
      }).then(function (done) {
        pending = false;
        send.disabled = false;
        log.removeAttribute("aria-busy");
        status.textContent = done;
        input.focus();
      });
    }

    bubble.addEventListener("click", function () { setOpen(panel.hidden); });
    close.addEventListener("click", function () { setOpen(false); });
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.preventDefault(); setOpen(false); }
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : submit(); }
    });
    function submit(e) {
      if (e) { e.preventDefault(); }
      var question = input.value.trim();
      if (pending) { return; }
      if (!question) { status.textContent = T.empty; return; }
      log.appendChild(addMessage("user", T.you, question));
      log.scrollTop = log.scrollHeight;
      input.value = "";
      ask(question);
    }
    form.addEventListener("submit", submit);
  }

  if (document.body) { build(); } else { document.addEventListener("DOMContentLoaded", build); }
})();
