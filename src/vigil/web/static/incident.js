/* An incident page: the toll-history chart. */
"use strict";
(function () {
  const page = Vigil.pageData();
  if (!page) return;
  const el = document.getElementById("history-chart");
  if (Vigil.history(el, page.chart)) el.dataset.ready = "1";
})();
