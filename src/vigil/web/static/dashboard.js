/* The dashboard: incidents on an offline map (Natural Earth outlines, no tiles) and the timeline.
   Filters live in the URL: a range dragged on the timeline reloads the page with since/until. */
"use strict";
(function () {
  const page = Vigil.pageData();
  if (!page) return;
  const colours = page.colours;

  function withDates(since, until) {
    const url = new URL(window.location.href);
    url.searchParams.set("since", since);
    url.searchParams.set("until", until);
    window.location.assign(url.pathname + "?" + url.searchParams.toString());
  }

  // --- map ---------------------------------------------------------------------------------------
  // markers arrive as columns (smaller pages): {id: [...], lat: [...], ...} -> objects
  const cols = {};
  Object.keys(page.markers).forEach(key => {
    const c = page.markers[key];
    cols[key] = Array.isArray(c) ? c : c.codes.map(i => c.values[i]);   // dictionary-encoded column
  });
  const markers = (cols.id || []).map((id, k) => {
    const m = {};
    Object.keys(cols).forEach(key => { m[key] = cols[key][k]; });
    return m;
  });
  const map = L.map("map", { preferCanvas: markers.length > 3000, worldCopyJump: true, minZoom: 1, maxZoom: 12,
                             zoomSnap: 0.5, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth · GeoNames");
  map.setView([25, 20], 2);
  const layer = L.layerGroup().addTo(map);
  const sorted = markers.slice().sort((a, b) => (b.best || 0) - (a.best || 0));
  function tip(m) {            // built when the tooltip opens, not for every marker up front
    const el = document.createElement("span");
    el.textContent = m.id + ": " + m.outcome + " " + Vigil.fmt(m.best) + " " + m.victims.replace(/_/g, " ") +
      (m.start ? " · " + m.start : "") + " (" + m.status + ")";
    return el;
  }
  sorted.forEach(m => {
    const killed = m.outcome === "killed";          // deaths are discs; other outcomes are rings
    const colour = colours[m.victims] || "#999";
    const c = L.circleMarker([m.lat, m.lon], {
      radius: Math.min(36, 3 + 1.2 * Math.sqrt(m.best || 0)), color: killed ? "#333" : colour,
      weight: killed ? 0.6 : 2, dashArray: killed ? null : "4 3", fillColor: colour,
      fillOpacity: killed ? 0.75 : 0.06, className: "vigil-marker",
    });
    c.bindTooltip(() => tip(m));
    c.on("click", () => { window.location.assign("/incidents/" + encodeURIComponent(m.id)); });
    c.addTo(layer);
  });
  if (markers.length) {
    const b = L.latLngBounds(markers.map(m => [m.lat, m.lon]));
    map.fitBounds(b.pad(0.3), { maxZoom: 7 });
  }
  window.vigilMap = { map: map, markers: markers.length };
  fetch("/static/vendor/countries-110m.geojson")
    .then(r => r.json())
    .then(g => {
      L.geoJSON(g, { interactive: false, style: { color: "#9aa3ab", weight: 0.6, fillColor: "#eef0f2", fillOpacity: 1 } })
        .addTo(map).bringToBack();
      document.getElementById("map").dataset.ready = "1";
    });

  // --- timeline ----------------------------------------------------------------------------------
  Vigil.timeline(document.getElementById("timeline"), page.timeline, colours, withDates);
})();
