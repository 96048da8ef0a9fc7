/* Vigil charts on uPlot: the stacked deaths-per-day timeline and an incident's toll history.
   No inline scripts: page data comes from <script type="application/json" id="page-data">. */
"use strict";
window.Vigil = window.Vigil || {};

Vigil.pageData = function () {
  const el = document.getElementById("page-data");
  return el ? JSON.parse(el.textContent) : null;
};

Vigil.daySeconds = function (iso) { return Date.parse(iso + "T00:00:00Z") / 1000; };
Vigil.isoDay = function (sec) { return new Date(sec * 1000).toISOString().slice(0, 10); };

Vigil.fmt = function (v) { return v == null ? "–" : Math.round(v).toLocaleString("en"); };

/* a time axis in whole days (never hours): ticks a day, a week, a month, a quarter or a year apart */
Vigil.dayAxis = {
  incrs: [86400, 2 * 86400, 7 * 86400, 14 * 86400, 30 * 86400, 91 * 86400, 182 * 86400, 365 * 86400, 730 * 86400],
  values: (u, vals) => vals.map(Vigil.isoDay), space: 70,
};

/* Deaths per day, one stacked bar per day, one colour per victim category.
   onRange(startISO, endISO) is called when the user drags across the chart. */
Vigil.timeline = function (el, tl, colours, onRange) {
  if (!tl.days.length) {
    el.textContent = "No dated deaths for these filters.";
    el.classList.add("muted");
    return null;
  }
  const xs = tl.days.map(Vigil.daySeconds);
  const step = { day: 86400, week: 7 * 86400, month: 30.44 * 86400 }[tl.bucket || "day"] || 86400;
  const half = step / 2;
  const cats = Object.keys(tl.series);
  const raw = cats.map(c => tl.series[c]);
  // cumulative sums so each category is drawn on top of the previous ones; the tallest is drawn first
  const stacked = [];
  let acc = xs.map(() => 0);
  raw.forEach(r => { acc = acc.map((a, i) => a + (r[i] || 0)); stacked.push(acc.slice()); });
  const order = cats.map((_, i) => cats.length - 1 - i);
  const bars = uPlot.paths.bars({ size: [0.9, 40], gap: 0 });
  // the legend never shows a blank: each category's total over the chart until a bar is pointed at,
  // then that bar's figure (0 where the category has none)
  const totals = raw.map(r => r.reduce((a, v) => a + (v || 0), 0));
  const series = [{ label: tl.bucket || "day", value: (u, v) => v == null ? "all" : Vigil.isoDay(v) }];
  order.forEach(k => series.push({
    label: cats[k].replace(/_/g, " "), fill: colours[cats[k]] || "#999", stroke: colours[cats[k]] || "#999",
    width: 0, paths: bars, points: { show: false },
    value: (u, v, si, i) => Vigil.fmt(i == null ? totals[k] : (raw[k][i] || 0)),
  }));
  const data = [xs, ...order.map(k => stacked[k])];
  const opts = {
    width: Math.max(300, el.clientWidth), height: 220, series: series,
    scales: { x: { time: true, range: (u, min, max) => [min - step, max + step] },
              y: { range: (u, min, max) => [0, Math.max(1, max * 1.05)] } },
    axes: [Vigil.dayAxis, { size: 50, values: (u, vals) => vals.map(Vigil.fmt) }],
    cursor: { drag: { x: true, y: false, setScale: false } },
    legend: { live: true },
    hooks: { setSelect: [u => {
      if (u.select.width < 3 || !onRange) return;
      // the bars (days, weeks or months) the selection overlaps, from the first's start to the last's end;
      // a bar is drawn centred on its bucket's start
      const a = u.posToVal(u.select.left, "x"), b = u.posToVal(u.select.left + u.select.width, "x");
      let lo = 0, hi = xs.length - 1;
      while (lo < xs.length - 1 && xs[lo] + half < a) lo++;
      while (hi > 0 && xs[hi] - half > b) hi--;
      if (hi < lo) hi = lo;
      onRange(tl.days[lo], (tl.ends || tl.days)[hi]);
    }] },
  };
  const plot = new uPlot(opts, data, el);
  window.addEventListener("resize", () => plot.setSize({ width: Math.max(300, el.clientWidth), height: 220 }));
  return plot;
};

Vigil.palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

/* An incident's toll history: one line per source, its figure at each publication date. */
Vigil.history = function (el, chart) {
  const names = Object.keys(chart.series);
  if (!chart.days.length || !names.length) {
    el.textContent = "No dated figures to chart.";
    el.classList.add("muted");
    return null;
  }
  const xs = chart.days.map(Vigil.daySeconds);
  const series = [{ label: "published", value: (u, v) => v == null ? "" : Vigil.isoDay(v) }];
  names.forEach((n, i) => series.push({
    label: n, stroke: Vigil.palette[i % Vigil.palette.length], width: 2, spanGaps: true,
    points: { show: true, size: 8, fill: Vigil.palette[i % Vigil.palette.length] },
    value: (u, v) => Vigil.fmt(v),
  }));
  const opts = {
    width: Math.max(300, el.clientWidth), height: 260, series: series,
    scales: { x: { time: true, range: (u, min, max) => [min - 86400, max + 86400] },
              y: { range: (u, min, max) => [0, Math.max(1, max * 1.15)] } },
    axes: [Vigil.dayAxis, { size: 55, values: (u, vals) => vals.map(Vigil.fmt) }],
  };
  return new uPlot(opts, [xs, ...names.map(n => chart.series[n])], el);
};
