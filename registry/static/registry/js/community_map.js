/* The community map: outlines shaded by community count, community points on top.
   Data comes from the site's own GeoJSON API with the page's filter parameters; the list
   beside the map is rendered by the server, so the page works without this script. */
(function () {
  "use strict";

  var SHADES = [
    { min: 0, color: "#f1f4f7" },
    { min: 1, color: "#c9dbe8" },
    { min: 3, color: "#8fb4cf" },
    { min: 6, color: "#4f86ad" },
    { min: 11, color: "#1f5a85" }
  ];
  var LEVEL_COLORS = {
    self_declared: "#8a8f98",
    documented: "#2b7bb9",
    confirmed_by_curator: "#1d7a46",
    confirmed_at_fair: "#a04a00"
  };

  function shadeFor(count) {
    var color = SHADES[0].color;
    SHADES.forEach(function (shade) {
      if (count >= shade.min) color = shade.color;
    });
    return color;
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function popupCard(properties, municipalities, config) {
    var card = element("div", null, "map-card");
    card.appendChild(element("h3", properties.name, "map-card__title"));
    card.appendChild(element("p", municipalities[properties.municipality]));
    card.appendChild(element("p", config.levels[properties.level] || properties.level));
    var link = element("a", config.labels.open);
    link.href = config.communityUrl.replace("__slug__", encodeURIComponent(properties.slug));
    card.appendChild(link);
    return card;
  }

  function renderLegend(container, config) {
    container.appendChild(element("p", config.labels.legend, "registry-map-legend__title"));
    var list = element("ul");
    SHADES.forEach(function (shade, index) {
      var next = SHADES[index + 1];
      var label = next ? (shade.min === next.min - 1 ? String(shade.min) : shade.min + "–" + (next.min - 1)) : shade.min + "+";
      var item = element("li");
      var swatch = element("span", null, "registry-map-legend__swatch");
      swatch.style.background = shade.color;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(label));
      list.appendChild(item);
    });
    container.appendChild(list);
    container.hidden = false;
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/geo+json, application/json" } }).then(
      function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status + " for " + url);
        return response.json();
      }
    );
  }

  function start() {
    var container = document.getElementById("community-map");
    var configNode = document.getElementById("community-map-config");
    if (!container || !configNode || typeof L === "undefined") return;
    var config = JSON.parse(configNode.textContent);
    var status = document.getElementById("map-status");

    var map = L.map(container, { center: [54.5, 56.0], zoom: 6 });
    // Points in their own pane above the outlines, whichever GeoJSON arrives first.
    map.createPane("communities").style.zIndex = 450;
    map.attributionControl.addAttribution(
      '<a href="' + config.osmCopyrightUrl + '">' + config.osmAttribution + "</a>"
    );
    if (config.tileUrl) {
      L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: 18 }).addTo(map);
    }
    renderLegend(document.getElementById("map-legend"), config);

    // The filter form sends an empty value for "any"; the API wants such parameters left out.
    var params = new URLSearchParams();
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (value) params.append(key, value);
    });
    var query = params.toString() ? "?" + params.toString() : "";
    getJSON(config.municipalitiesUrl).then(function (data) {
      var outlines = L.geoJSON(data, {
        style: function (feature) {
          return {
            color: "#163a52",
            weight: 1,
            fillColor: shadeFor(feature.properties.communities),
            fillOpacity: 0.7
          };
        },
        onEachFeature: function (feature, layer) {
          layer.bindTooltip(feature.properties.name + ": " + feature.properties.communities);
        }
      }).addTo(map);
      outlines.bringToBack();
      if (outlines.getBounds().isValid()) map.fitBounds(outlines.getBounds());
    });

    getJSON(config.communitiesUrl + query).then(function (data) {
      var many = data.features.length > 2000;
      var renderer = many ? L.canvas({ pane: "communities" }) : L.svg({ pane: "communities" });
      L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {
            renderer: renderer,
            pane: "communities",
            radius: 6,
            weight: 1,
            color: "#ffffff",
            fillColor: LEVEL_COLORS[feature.properties.level] || "#444",
            fillOpacity: 0.9,
            className: "community-marker"
          });
        },
        onEachFeature: function (feature, layer) {
          layer.bindPopup(function () {
            return popupCard(feature.properties, data.municipalities || {}, config);
          });
        }
      }).addTo(map);
      container.dataset.points = String(data.features.length);
      status.textContent = config.labels.shown.replace("%(count)s", data.features.length);
    });
  }

  document.addEventListener("DOMContentLoaded", start);
})();
