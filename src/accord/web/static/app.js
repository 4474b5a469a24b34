/* Accord: progressive enhancement. Every page works without this file; it adds
   the round page's side panel, text selection to mark a missed act, and small
   conveniences. No inline script, no eval, no innerHTML with data. */
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  /* ---------- round page: the side panel ---------- */
  var text = $("#text");
  var panel = $("#panel");

  function marksOf(sid) {
    return $all("mark[data-sid]", text).filter(function (m) { return m.getAttribute("data-sid") === sid; });
  }

  function cardOf(sid) {
    return $all(".act-card[data-sid]", panel).filter(function (c) { return c.getAttribute("data-sid") === sid; })[0];
  }

  function showCard(card) {
    $all(".act-card", panel).forEach(function (c) { c.hidden = c !== card; });
  }

  function ancestors(mark) {
    var out = [];
    var el = mark.parentElement;
    while (el && el !== text) {
      if (el.tagName === "MARK" && el.hasAttribute("data-sid")) { out.push(el.getAttribute("data-sid")); }
      el = el.parentElement;
    }
    return out;
  }

  function describe(sid) {
    var m = marksOf(sid)[0];
    return m ? (m.getAttribute("data-act") || "act") : "act";
  }

  function select(sid, opts) {
    opts = opts || {};
    var card = cardOf(sid);
    if (!card) { return false; }
    $all("mark.selected", text).forEach(function (m) { m.classList.remove("selected"); });
    var marks = marksOf(sid);
    marks.forEach(function (m) { m.classList.add("selected"); });
    showCard(card);
    // acts that enclose this one (same or larger span) cannot be clicked apart: offer them here
    var also = $(".also", card);
    if (also) {
      var outer = marks[0] ? ancestors(marks[0]) : [];
      also.textContent = "";
      also.hidden = outer.length === 0;
      if (outer.length) {
        also.appendChild(document.createTextNode("Inside " + (outer.length === 1 ? "another act" : outer.length + " other acts") + ": "));
        outer.forEach(function (o) {
          var b = document.createElement("button");
          b.type = "button";
          b.textContent = describe(o);
          b.addEventListener("click", function () { select(o, { scroll: true }); });
          also.appendChild(b);
        });
      }
    }
    if (opts.history !== false) {
      var url = location.pathname + "?s=" + encodeURIComponent(sid) + "#s-" + sid;
      history.replaceState(null, "", url);
    }
    if (opts.scroll && marks[0]) {
      marks[0].scrollIntoView({ block: "center", behavior: opts.instant ? "auto" : "smooth" });
      marks[0].classList.remove("flash");
      void marks[0].offsetWidth;
      marks[0].classList.add("flash");
    }
    panel.scrollTop = 0;
    return true;
  }

  function clearSelection() {
    $all("mark.selected", text).forEach(function (m) { m.classList.remove("selected"); });
    showCard($("#card-none"));
    history.replaceState(null, "", location.pathname);
  }

  /* offsets: every run of text is <span data-start=N>; a position is N + offset in its text node */
  function docText() {
    return $all("span[data-start]", text).map(function (s) { return s.textContent; }).join("");
  }

  function firstText(node) {
    var w = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    return w.nextNode();
  }

  function lastText(node) {
    var w = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    var last = null, n;
    while ((n = w.nextNode())) { last = n; }
    return last;
  }

  function startOf(textNode) {
    var span = textNode && textNode.parentElement && textNode.parentElement.closest("span[data-start]");
    return span ? parseInt(span.getAttribute("data-start"), 10) : null;
  }

  function offsetAt(node, offset, isEnd) {
    if (node.nodeType === Node.TEXT_NODE) {
      var base = startOf(node);
      return base === null ? null : base + offset;
    }
    // an element boundary: the text right after it (start) or right before it (end)
    var kids = node.childNodes;
    if (!isEnd && offset < kids.length) {
      var t = firstText(kids[offset]);
      if (t) { return startOf(t); }
    }
    if (offset > 0) {
      var t2 = lastText(kids[Math.min(offset, kids.length) - 1]);
      if (t2) { return startOf(t2) + t2.textContent.length; }
    }
    var t3 = firstText(node);
    return t3 ? startOf(t3) : null;
  }

  function selectionOffsets() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return null; }
    var r = sel.getRangeAt(0);
    if (!text.contains(r.startContainer) || !text.contains(r.endContainer)) { return null; }
    var a = offsetAt(r.startContainer, r.startOffset, false);
    var b = offsetAt(r.endContainer, r.endOffset, true);
    if (a === null || b === null || b <= a) { return null; }
    var all = docText();
    while (a < b && /\s/.test(all.charAt(a))) { a++; }
    while (b > a && /\s/.test(all.charAt(b - 1))) { b--; }
    if (b <= a) { return null; }
    return { start: a, end: b, text: all.slice(a, b) };
  }

  if (text && panel) {
    var markButton = document.createElement("button");
    markButton.type = "button";
    markButton.className = "mark-button";
    markButton.textContent = "Mark as act";
    markButton.hidden = true;
    document.body.appendChild(markButton);
    var pending = null;

    text.addEventListener("click", function (ev) {
      if (!window.getSelection().isCollapsed) { return; }
      var mark = ev.target.closest("mark[data-sid]");
      if (mark) { select(mark.getAttribute("data-sid")); }
    });
    text.addEventListener("keydown", function (ev) {
      if (ev.key !== "Enter" && ev.key !== " ") { return; }
      var mark = ev.target.closest("mark[data-sid]");
      if (mark) { ev.preventDefault(); select(mark.getAttribute("data-sid")); }
    });
    $all(".act-list a[data-sid]", panel).forEach(function (a) {
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        select(a.getAttribute("data-sid"), { scroll: true });
      });
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && !markButton.hidden) { markButton.hidden = true; return; }
      if (ev.key === "Escape" && !/INPUT|SELECT|TEXTAREA/.test(document.activeElement.tagName)) { clearSelection(); }
    });

    function onSelect() {
      var found = selectionOffsets();
      if (!found) { markButton.hidden = true; pending = null; return; }
      pending = found;
      var rect = window.getSelection().getRangeAt(0).getBoundingClientRect();
      markButton.style.top = (window.scrollY + rect.bottom + 8) + "px";
      markButton.style.left = (window.scrollX + Math.max(8, rect.left)) + "px";
      markButton.hidden = false;
    }
    text.addEventListener("mouseup", function () { setTimeout(onSelect, 0); });
    text.addEventListener("keyup", function (ev) { if (ev.shiftKey) { onSelect(); } });
    document.addEventListener("mousedown", function (ev) {
      if (ev.target !== markButton) { markButton.hidden = true; }
    });

    markButton.addEventListener("click", function () {
      if (!pending) { return; }
      showCard($("#card-none"));
      $all("mark.selected", text).forEach(function (m) { m.classList.remove("selected"); });
      var details = $("#add-act");
      details.open = true;
      $("#add-start").value = pending.start;
      $("#add-end").value = pending.end;
      $("#add-quote").textContent = pending.text;
      markButton.hidden = true;
      window.getSelection().removeAllRanges();
      details.scrollIntoView({ block: "nearest" });
      var act = $("#add-act-act") || $("select[name=act]", details);
      if (act) { act.focus(); }
    });

    ["add-start", "add-end"].forEach(function (id) {
      var input = $("#" + id);
      if (!input) { return; }
      input.addEventListener("input", function () {
        var a = parseInt($("#add-start").value, 10), b = parseInt($("#add-end").value, 10);
        if (!isNaN(a) && !isNaN(b) && b > a) { $("#add-quote").textContent = docText().slice(a, b); }
      });
    });

    // arriving with #s-<id> (from search, a thread, a brief) or ?s=<id>: open it and bring it into view
    var wanted = null;
    if (location.hash.indexOf("#s-") === 0) { wanted = decodeURIComponent(location.hash.slice(3)); }
    if (!wanted) { wanted = new URLSearchParams(location.search).get("s"); }
    if (wanted && !select(wanted, { scroll: true, instant: true, history: false })) { wanted = null; }
    if (wanted) {
      // the browser's own jump to #s-... may come after this script: centre the act again once loaded
      window.addEventListener("load", function () {
        var m = marksOf(wanted)[0];
        if (m) { m.scrollIntoView({ block: "center" }); }
      });
    }
    window.addEventListener("hashchange", function () {
      if (location.hash.indexOf("#s-") === 0) { select(decodeURIComponent(location.hash.slice(3)), { scroll: true }); }
    });
  }

  /* ---------- everywhere ---------- */
  $all("form.delete-form").forEach(function (f) {
    f.addEventListener("submit", function (ev) {
      if (!window.confirm("Delete this act from the record? The deletion is logged and can be seen under Corrections.")) {
        ev.preventDefault();
      }
    });
  });
  $all("[data-print]").forEach(function (b) {
    b.addEventListener("click", function () { window.print(); });
  });
  // tracker: open the evidence of the milestone named in the address
  if (location.hash.indexOf("#m-") === 0) {
    var row = document.getElementById(location.hash.slice(1));
    var box = row && row.querySelector("details.evidence-box");
    if (box) { box.open = true; }
  }
})();
