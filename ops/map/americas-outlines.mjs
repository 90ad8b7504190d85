// Writes the dashboard map's base layer: the outlines of the region's countries and territories at Natural Earth's
// 1:50m scale, as GeoJSON keyed by ISO 3166-1 alpha-2, coordinates rounded to 0.01° (about 1 km) to keep the file
// small. The map needs no tile server: this file is all it draws. Run: npm install && node americas-outlines.mjs
// Countries come from the kernel's reference data, so the map and the database name the same places.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const referenceData = new URL('../../shared-kernel/src/main/resources/db/migration/kernel/V1_0__reference_data.sql',
  import.meta.url);
const rows = [...readFileSync(referenceData, 'utf8').matchAll(/\('([A-Z]{2})','[A-Z]{3}','(\d{3})'/g)];
const alpha2ByNumeric = new Map(rows.map(([, alpha2, numeric]) => [numeric, alpha2]));

const topology = JSON.parse(readFileSync(new URL('node_modules/world-atlas/countries-50m.json', import.meta.url)));
const world = feature(topology, topology.objects.countries);
const round = (value) => Math.round(value * 100) / 100;
const roundRing = (ring) => ring.map(([lng, lat]) => [round(lng), round(lat)])
  .filter((point, i, all) => i === 0 || point[0] !== all[i - 1][0] || point[1] !== all[i - 1][1]);
const roundGeometry = (geometry) => geometry.type === 'Polygon'
  ? { type: 'Polygon', coordinates: geometry.coordinates.map(roundRing) }
  : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(roundRing)) };

// a marker sits at the middle of the country's largest polygon, so island states get one where their land is
const area = (ring) => Math.abs(ring.reduce((sum, [x1, y1], i) => {
  const [x2, y2] = ring[(i + 1) % ring.length];
  return sum + x1 * y2 - x2 * y1;
}, 0) / 2);
const anchor = (geometry) => {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((best, polygon) => area(polygon[0]) > area(best[0]) ? polygon : best);
  const lngs = largest[0].map(([lng]) => lng);
  const lats = largest[0].map(([, lat]) => lat);
  return [round((Math.min(...lats) + Math.max(...lats)) / 2), round((Math.min(...lngs) + Math.max(...lngs)) / 2)];
};

const features = world.features.filter((f) => alpha2ByNumeric.has(f.id)).map((f) => ({
  type: 'Feature',
  properties: { code: alpha2ByNumeric.get(f.id), anchor: anchor(f.geometry) },
  geometry: roundGeometry(f.geometry),
}));
const target = new URL('../../web-module/src/main/webapp/resources/map/americas.geojson', import.meta.url);
writeFileSync(target, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(`${features.length} outlines of ${alpha2ByNumeric.size} places written to ${target.pathname}`);
