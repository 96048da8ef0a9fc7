/* Keyboard shortcuts for the review queue: j/k move, a/c/r accept/correct/reject, m merge, s split, o open. */
"use strict";
(function () {
  const items = Array.from(document.querySelectorAll("#queue > li.item"));
  if (!items.length) return;
  let cur = Math.min(parseInt(document.getElementById("queue").dataset.selected || "0", 10) || 0, items.length - 1);

  function select(i) {
    cur = Math.max(0, Math.min(items.length - 1, i));
    items.forEach((el, k) => el.classList.toggle("selected", k === cur));
    items[cur].scrollIntoView({ block: "nearest" });
    items[cur].focus({ preventScroll: true });
  }
  items.forEach((el, k) => el.addEventListener("click", () => { if (k !== cur) select(k); }));
  select(cur);

  function press(key) {
    const b = items[cur].querySelector('button[data-key="' + key + '"]');
    if (b) b.click();
    return !!b;
  }

  document.addEventListener("keydown", e => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    const typing = t && ((t.tagName === "INPUT" && t.type !== "checkbox" && t.type !== "radio") ||
                         t.tagName === "SELECT" || t.tagName === "TEXTAREA");
    if (typing) {
      if (e.key === "Escape") t.blur();
      return;
    }
    const item = items[cur];
    switch (e.key) {
      case "j": select(cur + 1); break;
      case "k": select(cur - 1); break;
      case "a": press("a"); break;
      case "r": {
        if (!item.querySelector('button[data-key="r"]')) return;    // incidents have no reject
        const reason = item.querySelector('form.correct input[name="reason"]');
        if (reason && !reason.value) {
          const why = window.prompt("Why reject this claim?", "");
          if (why === null) return;
          reason.value = why;
        }
        press("r");
        break;
      }
      case "c": {
        const f = item.querySelector("form.correct input[name=value]");
        if (f) { f.focus(); f.select(); }
        break;
      }
      case "m": {
        const f = item.querySelector('input[name="other"]');
        if (f) f.focus();
        break;
      }
      case "s": press("s"); break;
      case "o": if (item.dataset.incident) window.location.assign("/incidents/" + encodeURIComponent(item.dataset.incident)); break;
      default: return;
    }
    e.preventDefault();
  });
})();
