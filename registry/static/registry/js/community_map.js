/* The community map: outlines shaded by community count, and the communities in view on top.
   Communities come from the site's own GeoJSON API for the part of the map in view (bbox) with
   the page's filter parameters: one by one, clustered by Leaflet.markercluster, or, when too
   many are in view, already counted by the server in the cells of a grid. Colours come from the
   stylesheet (custom properties), which the legend uses too. The list beside the map is
   rendered by the server, so the page works without this script. */
(function () {
  "use strict";

  var SHADE_STEPS = 5;

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function withCount(text, count) {
    return text.replace("%(count)s", count.toLocaleString("ru-RU"));
  }

  function getJSON(url, signal) {
    return fetch(url, { signal: signal }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status + " for " + url);
      return response.json();
    });
  }

  /* The same round badge for the server's cells and markercluster's clusters. */
  function clusterIcon(count, label) {
    var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    var html = element("div");
    html.appendChild(element("span", count.toLocaleString("ru-RU")));
    html.firstChild.setAttribute("aria-hidden", "true");
    html.appendChild(element("span", withCount(label, count), "visually-hidden"));
    return L.divIcon({
      html: html.outerHTML,
      className: "marker-cluster marker-cluster-" + size,
      iconSize: L.point(40, 40)
    });
  }

  /* Breaks for the shading: 0, then equal steps up to the largest count, in whole numbers. */
  function shadeBreaks(counts) {
    var largest = Math.max.apply(null, counts.concat([1]));
    var breaks = [0, 1];
    for (var step = 1; step < SHADE_STEPS - 1; step++) {
      var next = Math.ceil((largest * step) / (SHADE_STEPS - 1));
      if (next > breaks[breaks.length - 1]) breaks.push(next);
    }
    return breaks;
  }

  function shadeIndex(count, breaks) {
    var index = 0;
    breaks.forEach(function (minimum, position) {
      if (count >= minimum) index = position;
    });
    return index;
  }

  function renderShadeLegend(list, breaks, colours) {
    list.textContent = "";
    breaks.forEach(function (minimum, index) {
      var next = breaks[index + 1];
      var label = next === undefined ? minimum + "+" : next - 1 === minimum ? String(minimum) : minimum + "–" + (next - 1);
      var item = element("li");
      var swatch = element("span", null, "map-legend__swatch");
      swatch.setAttribute("aria-hidden", "true");
      swatch.style.background = colours[index];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(label));
      list.appendChild(item);
    });
  }

  function communityCard(properties, municipalities, config) {
    var card = element("div", null, "map-card");
    card.appendChild(element("h3", properties.name, "map-card__title"));
    card.appendChild(element("p", municipalities[properties.municipality]));
    card.appendChild(element("p", config.levels[properties.level] || properties.level));
    var link = element("a", config.labels.open);
    link.href = config.communityUrl.replace("__slug__", encodeURIComponent(properties.slug));
    card.appendChild(link);
    return card;
  }

  function municipalityCard(properties, config) {
    var card = element("div", null, "map-card");
    card.appendChild(element("h3", properties.name, "map-card__title"));
    card.appendChild(element("p", withCount(config.labels.municipalityCommunities, properties.communities)));
    var page = element("a", config.labels.municipalityPage);
    page.href = config.municipalityUrl.replace("__slug__", encodeURIComponent(properties.slug));
    var list = element("a", config.labels.municipalityList);
    list.href = config.listUrl + "?municipality=" + encodeURIComponent(properties.slug);
    var links = element("p");
    links.appendChild(page);
    links.appendChild(element("br"));
    links.appendChild(list);
    card.appendChild(links);
    return card;
  }

  /* Enter on a focused marker (Leaflet makes markers focusable) acts as a click. */
  function onEnter(action) {
    return function (event) {
      if (event.originalEvent.key === "Enter") action(event);
    };
  }

  /* The filters of the page, without the empty values the form sends for "any". */
  function filterParams() {
    var params = new URLSearchParams();
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (value && key !== "page") params.append(key, value);
    });
    return params;
  }

  /* The zoom as a whole number, as the API counts it. */
  function wholeZoom(map) {
    return Math.floor(map.getZoom());
  }

  /* The view ([west, south, east, north]) widened to whole tiles of its zoom, so panning a
     little asks for the same address (cached by the browser and the server) and a margin
     around is already there. */
  function viewBox(map) {
    var tile = 360 / Math.pow(2, wholeZoom(map));
    var bounds = map.getBounds();
    function down(value) { return Math.floor(value / tile) * tile; }
    function up(value) { return Math.ceil(value / tile) * tile; }
    return [
      Math.max(-180, down(bounds.getWest())),
      Math.max(-90, down(bounds.getSouth())),
      Math.min(180, up(bounds.getEast())),
      Math.min(90, up(bounds.getNorth()))
    ];
  }

  function boxParam(box) {
    return box.map(function (value) { return String(+value.toFixed(6)); }).join(",");
  }

  /* Whether box `inner` lies inside box `outer` (both [west, south, east, north]). */
  function holds(outer, inner) {
    return outer[0] <= inner[0] && outer[1] <= inner[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
  }

  function start() {
    var container = document.getElementById("community-map");
    var configNode = document.getElementById("community-map-config");
    if (!container || !configNode || typeof L === "undefined") return;
    var config = JSON.parse(configNode.textContent);
    var status = document.getElementById("map-status");
    var style = window.getComputedStyle(container);
    function colour(name) { return style.getPropertyValue("--map-" + name).trim(); }
    var shades = [];
    for (var index = 0; index < SHADE_STEPS; index++) shades.push(colour("shade-" + index));

    // The first view is set before the map is drawn, so it is not animated: the first request
    // asks for the view the map will show.
    // Quarter steps of zoom, so the republic fills the map at any width.
    var map = L.map(container, { maxZoom: config.maxZoom, zoomSnap: 0.25 });
    if (config.bounds.length) map.fitBounds(config.bounds);
    else map.setView([54.5, 56.0], 6);
    map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com">' + config.labels.attributionPrefix + "</a>"
    );
    map.attributionControl.addAttribution(
      config.labels.outlines + ': <a href="' + config.osmCopyrightUrl + '">' + config.osmAttribution + "</a>"
    );
    if (config.tileUrl) {
      L.tileLayer(config.tileUrl, { attribution: config.tileAttribution, maxZoom: config.maxZoom }).addTo(map);
    }
    // Communities in their own pane above the outlines, whichever GeoJSON arrives first.
    map.createPane("communities").style.zIndex = 450;

    var params = filterParams();
    getJSON(config.municipalitiesUrl).then(function (data) {
      var breaks = shadeBreaks(data.features.map(function (feature) {
        return feature.properties.communities;
      }));
      renderShadeLegend(document.getElementById("map-shades"), breaks, shades);
      var outlines = L.geoJSON(data, {
        style: function (feature) {
          return {
            color: colour("outline"),
            weight: 1,
            fillColor: shades[shadeIndex(feature.properties.communities, breaks)],
            fillOpacity: 0.7,
            className: "municipality-outline"
          };
        },
        onEachFeature: function (feature, layer) {
          layer.bindPopup(function () { return municipalityCard(feature.properties, config); });
        }
      }).addTo(map);
      outlines.bringToBack();
      var chosen = params.get("municipality");
      outlines.eachLayer(function (layer) {
        if (chosen && layer.feature.properties.slug === chosen) map.fitBounds(layer.getBounds());
      });
    });

    var points = L.markerClusterGroup({
      clusterPane: "communities",
      maxClusterRadius: 50,
      showCoverageOnHover: false,
      iconCreateFunction: function (cluster) {
        return clusterIcon(cluster.getChildCount(), config.labels.cluster);
      }
    }).addTo(map);
    points.on("clusterkeypress", onEnter(function (event) { event.layer.zoomToBounds(); }));
    var cells = L.layerGroup().addTo(map);

    function pointLayer(feature, municipalities) {
      var latlng = L.GeoJSON.coordsToLatLng(feature.geometry.coordinates);
      var marker = L.circleMarker(latlng, {
        pane: "communities",
        radius: 7,
        weight: 1.5,
        color: "#ffffff",
        fillColor: colour("level-" + feature.properties.level),
        fillOpacity: 0.95,
        className: "community-marker"
      });
      marker.bindPopup(function () {
        return communityCard(feature.properties, municipalities, config);
      });
      return marker;
    }

    function cellLayer(feature) {
      var latlng = L.GeoJSON.coordsToLatLng(feature.geometry.coordinates);
      var marker = L.marker(latlng, {
        pane: "communities",
        icon: clusterIcon(feature.properties.count, config.labels.cluster)
      });
      function zoomIn() { map.setView(latlng, Math.min(map.getMaxZoom(), map.getZoom() + 2)); }
      marker.on("click", zoomIn);
      marker.on("keypress", onEnter(zoomIn));
      return marker;
    }

    function draw(data) {
      points.clearLayers();
      cells.clearLayers();
      var shown = 0;
      if (data.clustered) {
        data.features.forEach(function (feature) {
          cells.addLayer(cellLayer(feature));
          shown += feature.properties.count;
        });
      } else {
        points.addLayers(data.features.map(function (feature) {
          return pointLayer(feature, data.municipalities || {});
        }));
        shown = data.features.length;
      }
      container.dataset.mode = data.clustered ? "cells" : "points";
      container.dataset.points = String(shown);
      status.textContent = withCount(config.labels.shown, shown);
      if (!container.dataset.drawn) {
        container.dataset.drawn = "1";
        if (window.performance && performance.mark) performance.mark("community-map-drawn");
      }
    }

    // The page has started the request for its first view already (a preload): when the map
    // shows that zoom and its view lies inside that box, the same address takes the answer.
    function firstViewUrl() {
      var first = config.firstView;
      var fits = first && first.zoom === wholeZoom(map) && holds(first.box, viewBox(map));
      return fits ? first.href : null;
    }

    function viewUrl() {
      params.set("bbox", boxParam(viewBox(map)));
      params.set("zoom", String(wholeZoom(map)));
      return config.communitiesUrl + "?" + params.toString();
    }

    var lastUrl = null;
    var pending = null;
    function show(url) {
      if (url === lastUrl) return;
      lastUrl = url;
      if (pending) pending.abort();
      pending = new AbortController();
      getJSON(url, pending.signal).then(draw, function (error) {
        if (error.name !== "AbortError") throw error;
      });
    }
    map.on("moveend", function () { show(viewUrl()); });
    show(firstViewUrl() || viewUrl());
  }

  document.addEventListener("DOMContentLoaded", start);
})();
