#!/usr/bin/env bash
# Regenerate the dashboard's vendored front-end assets in src/vigil/web/static/vendor/ from pinned
# npm packages, so the dashboard works fully offline. The output is committed: this script is needed
# only to upgrade a version, never at runtime or in CI. Requires node and npm (registry access).
#
#   scripts/vendor_assets.sh
#
# Each tarball is checked against the sha512 integrity the npm registry publishes for that version.
set -euo pipefail

LEAFLET=1.9.4
LEAFLET_SHA512="sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA=="
UPLOT=1.6.32
UPLOT_SHA512="sha512-KIMVnG68zvu5XXUbC4LQEPnhwOxBuLyW1AHtpm6IKTXImkbLgkMy+jabjLgSLMasNuGGzQm/ep3tOkyTxpiQIw=="
WORLD_ATLAS=2.0.2
WORLD_ATLAS_SHA512="sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
TOPOJSON_CLIENT=3.1.0      # build-time only: converts TopoJSON to GeoJSON
TOPOJSON_CLIENT_SHA512="sha512-605uxS6bcYxGXw9qi62XyrV6Q3xwbndjachmNxu8HWTtVPxZfEJN9fd/SZS1Q54Sn2y0TMyMxFj/cJINqGHrKw=="

cd "$(dirname "$0")/.."
DEST=src/vigil/web/static/vendor
command -v node >/dev/null || { echo "error: node is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "error: npm is required" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# fetch NAME VERSION SHA512: download the tarball, check its integrity, unpack into $TMP/NAME
fetch() {
    local name=$1 version=$2 want=$3 tgz
    (cd "$TMP" && npm pack --silent "$name@$version" >/dev/null)
    tgz="$TMP/$name-$version.tgz"
    local got
    got=$(node -e 'const c=require("crypto"),fs=require("fs");
        process.stdout.write("sha512-"+c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"))' "$tgz")
    if [ "$got" != "$want" ]; then
        echo "error: $name@$version: integrity $got, expected $want" >&2
        exit 1
    fi
    mkdir -p "$TMP/$name"
    tar -xzf "$tgz" -C "$TMP/$name"
    echo "fetched $name@$version" >&2
}

fetch leaflet "$LEAFLET" "$LEAFLET_SHA512"
fetch uplot "$UPLOT" "$UPLOT_SHA512"
fetch world-atlas "$WORLD_ATLAS" "$WORLD_ATLAS_SHA512"
fetch topojson-client "$TOPOJSON_CLIENT" "$TOPOJSON_CLIENT_SHA512"

rm -rf "$DEST"
mkdir -p "$DEST/images"

# Leaflet: the minified build, its CSS and the images the CSS refers to (images/*.png, beside the CSS).
# The trailing sourceMappingURL comment is dropped: the map is not vendored, and browsers would ask for it.
sed '/^\/\/# sourceMappingURL=/d' "$TMP/leaflet/package/dist/leaflet.js" > "$DEST/leaflet.js"
cp "$TMP/leaflet/package/dist/leaflet.css" "$DEST/leaflet.css"
cp "$TMP/leaflet/package/dist/images/"*.png "$DEST/images/"
cp "$TMP/leaflet/package/LICENSE" "$DEST/LICENSE-leaflet.txt"

# uPlot
cp "$TMP/uplot/package/dist/uPlot.iife.min.js" "$DEST/uPlot.iife.min.js"
cp "$TMP/uplot/package/dist/uPlot.min.css" "$DEST/uPlot.min.css"
cp "$TMP/uplot/package/LICENSE" "$DEST/LICENSE-uplot.txt"

# world-atlas: countries at 1:110m, TopoJSON -> GeoJSON FeatureCollection, coordinates rounded to
# 2 decimals (about 1 km), repeated points removed, rings that collapse dropped, rings crossing the
# antimeridian made continuous.
node - "$TMP/topojson-client/package/dist/topojson-client.js" \
       "$TMP/world-atlas/package/countries-110m.json" "$DEST/countries-110m.geojson" <<'JS'
const fs = require("fs");
const [, , clientPath, inPath, outPath] = process.argv;
const topojson = require(clientPath);
const topology = JSON.parse(fs.readFileSync(inPath, "utf8"));
const fc = topojson.feature(topology, topology.objects.countries);
const r = (v) => Math.round(v * 100) / 100;
// Rings that cross the antimeridian (Fiji, Chukotka, Wrangel Island) jump from +180 to -180, which
// Leaflet would draw as a band across the whole map: make their longitudes continuous instead (some
// then lie beyond +-180, which Leaflet draws correctly). A ring around the pole (Antarctica) is kept.
function unwrap(points) {
    const out = [points[0]];
    let offset = 0;
    for (const [x0, y] of points.slice(1)) {
        let x = x0 + offset;
        const prev = out[out.length - 1][0];
        if (x - prev > 180) { offset -= 360; x -= 360; }
        else if (prev - x > 180) { offset += 360; x += 360; }
        out.push([x, y]);
    }
    if (offset !== 0) return points;
    const xs = out.map((p) => p[0]);
    const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
    const shift = mid > 180 ? -360 : mid < -180 ? 360 : 0;
    return out.map(([x, y]) => [x + shift, y]);
}
function ring(points) {
    const out = [];
    for (const [x, y] of unwrap(points)) {
        const p = [r(x), r(y)];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    const first = out[0], last = out[out.length - 1];
    if (out.length && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
    return out.length >= 4 ? out : null;
}
function polygon(rings) {
    const outer = ring(rings[0]);
    if (!outer) return null;
    return [outer, ...rings.slice(1).map(ring).filter(Boolean)];
}
const features = [];
for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    let geometry = null;
    if (g.type === "Polygon") {
        const p = polygon(g.coordinates);
        if (p) geometry = { type: "Polygon", coordinates: p };
    } else if (g.type === "MultiPolygon") {
        const ps = g.coordinates.map(polygon).filter(Boolean);
        if (ps.length === 1) geometry = { type: "Polygon", coordinates: ps[0] };
        else if (ps.length > 1) geometry = { type: "MultiPolygon", coordinates: ps };
    }
    if (!geometry) continue;
    features.push({ type: "Feature", id: f.id, properties: { name: f.properties.name }, geometry });
}
fs.writeFileSync(outPath, JSON.stringify({ type: "FeatureCollection", features }) + "\n");
console.error(`countries-110m.geojson: ${features.length} countries`);
JS
cp "$TMP/world-atlas/package/LICENSE" "$DEST/LICENSE-world-atlas.txt"
cat >> "$DEST/LICENSE-world-atlas.txt" <<'TXT'

---
The licence above covers the world-atlas package (the TopoJSON conversion). The geographic data
itself is from Natural Earth (https://www.naturalearthdata.com/, version 4.1.0, Admin 0 country
boundaries at 1:110m), which is in the public domain: https://www.naturalearthdata.com/about/terms-of-use/
countries-110m.geojson was derived from world-atlas's countries-110m.json with topojson-client,
coordinates rounded to 2 decimal places.
TXT

cat > "$DEST/README.md" <<MD
# Vendored front-end assets

Third-party files the dashboard serves itself, so it works fully offline (no CDN). They are committed;
regenerate them only to change a version, with \`scripts/vendor_assets.sh\` (run from the repository
root; needs node and npm). The script checks each npm tarball against its published sha512 integrity.
Do not edit these files by hand.

| File | Package | Version | Source (npm registry) | Licence |
|------|---------|---------|-----------------------|---------|
| \`leaflet.js\` (trailing \`sourceMappingURL\` comment removed) | leaflet | $LEAFLET | https://registry.npmjs.org/leaflet/-/leaflet-$LEAFLET.tgz (\`dist/leaflet.js\`) | BSD-2-Clause, \`LICENSE-leaflet.txt\` |
| \`leaflet.css\` | leaflet | $LEAFLET | same tarball, \`dist/leaflet.css\` | BSD-2-Clause |
| \`images/*.png\` (layer control and default marker icons, referenced by \`leaflet.css\` as \`images/...\`) | leaflet | $LEAFLET | same tarball, \`dist/images/\` | BSD-2-Clause |
| \`LICENSE-leaflet.txt\` | leaflet | $LEAFLET | same tarball, \`LICENSE\` | |
| \`uPlot.iife.min.js\` | uplot | $UPLOT | https://registry.npmjs.org/uplot/-/uplot-$UPLOT.tgz (\`dist/uPlot.iife.min.js\`) | MIT, \`LICENSE-uplot.txt\` |
| \`uPlot.min.css\` | uplot | $UPLOT | same tarball, \`dist/uPlot.min.css\` | MIT |
| \`LICENSE-uplot.txt\` | uplot | $UPLOT | same tarball, \`LICENSE\` | |
| \`countries-110m.geojson\` | world-atlas | $WORLD_ATLAS | https://registry.npmjs.org/world-atlas/-/world-atlas-$WORLD_ATLAS.tgz (\`countries-110m.json\`, TopoJSON) | data: Natural Earth, public domain; package: ISC, \`LICENSE-world-atlas.txt\` |
| \`LICENSE-world-atlas.txt\` | world-atlas | $WORLD_ATLAS | same tarball, \`LICENSE\`, plus a note on Natural Earth | |

\`countries-110m.geojson\` is a GeoJSON FeatureCollection of the \`countries\` object (Natural Earth
4.1.0 Admin 0 boundaries, 1:110m), converted at vendoring time with topojson-client $TOPOJSON_CLIENT
(https://registry.npmjs.org/topojson-client/-/topojson-client-$TOPOJSON_CLIENT.tgz, ISC; \`feature()\`),
coordinates rounded to 2 decimals, repeated points removed, and the rings that cross the
antimeridian (Fiji, eastern Russia) given continuous longitudes (some beyond 180) so Leaflet does not
draw them as bands across the map; Antarctica's ring around the pole is unchanged. Each feature has \`id\` (ISO 3166-1
numeric, as a string; absent for a few disputed areas) and \`properties.name\`. topojson-client is
not vendored: it is used only by the script.
MD

echo "vendored into $DEST:" >&2
(cd "$DEST" && find . -type f | sort | xargs ls -l | awk '{printf "  %8d  %s\n", $5, $9}') >&2
