// Draws the dashboard's charts and map from the figures the page carries in data attributes (the content security
// policy allows no inline script). Without script, or before it loads on a slow line, the tables beside them say
// the same. The map draws only the bundled country outlines: no tile server, so it works offline.
(function () {
    'use strict';
    var colours = { ON_TIME: '#1e6b35', DUE_SOON: '#9a5b00', OVERDUE: '#a4161a', ACTIVE: '#0b4f8a' };

    function drawCharts() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            var spec = JSON.parse(canvas.getAttribute('data-chart'));
            var stacked = Boolean(spec.stacked);
            new window.Chart(canvas, {
                type: 'bar',
                data: {
                    labels: spec.labels,
                    datasets: spec.datasets.map(function (set) {
                        return { label: set.label, data: set.data, backgroundColor: colours[set.key] || '#0b4f8a' };
                    })
                },
                options: {
                    indexAxis: spec.horizontal ? 'y' : 'x',
                    animation: false,
                    responsive: true,
                    maintainAspectRatio: false,
                    scales: {
                        x: { stacked: stacked, ticks: { precision: 0 } },
                        y: { stacked: stacked, ticks: { precision: 0 } }
                    },
                    plugins: { legend: { display: spec.datasets.length > 1 } }
                }
            });
        });
    }

    function tooltip(country, labels) {
        var text = document.createElement('span');
        text.textContent = country.name + ': ' + country.projects + ' ' + labels.projects + ', '
            + country.responses + ' ' + labels.responses;
        return text;
    }

    function drawMap() {
        var element = document.getElementById('region-map');
        if (!element || !window.L) {
            return;
        }
        var figures = JSON.parse(element.getAttribute('data-figures'));
        var byCode = {};
        figures.countries.forEach(function (country) { byCode[country.code] = country; });
        var map = window.L.map(element, { zoomSnap: 0.5, minZoom: 1.5, maxZoom: 7 })
            .fitBounds([[-56, -118], [58, -34]]);
        map.attributionControl.setPrefix(false).addAttribution('Natural Earth');
        fetch(element.getAttribute('data-outlines'), { credentials: 'same-origin' })
            .then(function (answer) { return answer.json(); })
            .then(function (outlines) {
                window.L.geoJSON(outlines, {
                    style: function (feature) {
                        var country = byCode[feature.properties.code];
                        var count = country ? country.projects + country.responses : 0;
                        return {
                            color: '#4a5560', weight: 0.6,
                            fillColor: count ? '#0b4f8a' : '#e4eaf0',
                            fillOpacity: count ? Math.min(0.2 + 0.08 * count, 0.8) : 0.7
                        };
                    }
                }).addTo(map);
                outlines.features.forEach(function (feature) {
                    var country = byCode[feature.properties.code];
                    if (!country) {
                        return;
                    }
                    window.L.circleMarker(feature.properties.anchor, {
                        radius: 4 + 3 * Math.sqrt(country.projects + country.responses),
                        color: '#ffffff', weight: 1, fillOpacity: 0.9,
                        fillColor: country.responses ? '#a4161a' : '#0b4f8a'
                    }).bindTooltip(tooltip(country, figures.labels)).addTo(map);
                });
                element.setAttribute('data-drawn', String(outlines.features.length));
            });
    }

    drawCharts();
    drawMap();
})();
