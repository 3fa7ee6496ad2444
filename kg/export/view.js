// The newskg view: draws the graph with vis-network, filters it, and shows evidence in a side panel.
// Data comes from the JSON script blocks of the page and is only ever written with textContent.
(function () {
  "use strict";

  function readJSON(id) { return JSON.parse(document.getElementById(id).textContent); }
  const { $, el } = kgDom;   // kg/export/dom.js

  const meta = readJSON("kg-meta");
  const nodes = new vis.DataSet(readJSON("kg-nodes"));
  const edges = new vis.DataSet(readJSON("kg-edges"));
  const options = readJSON("kg-options");

  // adjacency over all edges, for search neighbourhoods and the entity panel
  const adjacent = new Map();
  nodes.forEach(function (n) { adjacent.set(n.id, []); });
  edges.forEach(function (e) {
    adjacent.get(e.from).push({ other: e.to, edge: e });
    adjacent.get(e.to).push({ other: e.from, edge: e });
  });

  const state = { query: "", hidden: new Set(), from: "", to: "" };
  let visible = new Set(nodes.getIds());

  function inDateRange(kg) {
    if (kg.kind !== "event" || (!state.from && !state.to)) return true;
    if (!kg.dateStart) return false;
    return (!state.from || kg.dateEnd >= state.from) && (!state.to || kg.dateStart <= state.to);
  }

  function matches(kg, q) {
    return [kg.label].concat(kg.aliases).some(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
  }

  // a legend checkbox hides the nodes whose record has its value in its field: an entity or event class
  // ("cls"), or an event's PLOVER category ("plover", "" for events without one)
  function filterKey(field, value) { return field + ":" + value; }
  function hiddenByLegend(kg) {
    if (state.hidden.has(filterKey("cls", kg.cls))) return true;
    return kg.kind === "event" && state.hidden.has(filterKey("plover", kg.plover || ""));
  }

  function recompute() {
    const base = new Set();
    nodes.forEach(function (n) {
      if (!hiddenByLegend(n.kg) && inDateRange(n.kg)) base.add(n.id);
    });
    const q = state.query.trim().toLowerCase();
    if (q) {
      visible = new Set();
      base.forEach(function (id) {
        if (!matches(nodes.get(id).kg, q)) return;
        visible.add(id);
        adjacent.get(id).forEach(function (a) { if (base.has(a.other)) visible.add(a.other); });
      });
    } else {
      visible = base;
    }
    nodesView.refresh();
    edgesView.refresh();
    $("kg-count").textContent = nodesView.length + " of " + nodes.length + " nodes, " +
      edgesView.length + " of " + edges.length + " edges shown";
  }

  const nodesView = new vis.DataView(nodes, { filter: function (n) { return visible.has(n.id); } });
  const edgesView = new vis.DataView(edges, {
    filter: function (e) { return visible.has(e.from) && visible.has(e.to); }
  });

  // ---- legend: class, event-type and PLOVER category checkboxes, quad class headings
  function swatch(row) {
    const s = el("span", null, "kg-swatch kg-shape-" + row.shape);
    s.style.backgroundColor = row.color;
    return s;
  }
  function legendHeading(row) {
    const line = el("div", null, "kg-legend-row kg-legend-heading");
    line.append(swatch(row), el("span", row.label), el("span", " (" + row.count + ")", "kg-note"));
    return line;
  }
  function legendFilter(row) {
    const label = el("label", null, "kg-legend-row" + (row.field === "plover" ? " kg-legend-sub" : ""));
    const box = el("input");
    const key = filterKey(row.field, row.value);
    box.type = "checkbox";
    box.checked = true;
    box.value = row.value;
    box.dataset[row.field] = row.value;
    box.addEventListener("change", function () {
      if (box.checked) state.hidden.delete(key); else state.hidden.add(key);
      recompute();
    });
    label.append(box, swatch(row), el("span", row.label), el("span", " (" + row.count + ")", "kg-note"));
    return label;
  }
  meta.legend.forEach(function (row) {
    $("kg-legend-" + row.kind).append(row.field ? legendFilter(row) : legendHeading(row));
  });

  // ---- side panel
  function section(panel, title, items) {
    if (!items.length) return;
    panel.append(el("h3", title));
    const list = el("ul");
    items.forEach(function (item) { list.append(item instanceof Node ? wrap(item) : el("li", item)); });
    panel.append(list);
  }
  function wrap(node) { const li = el("li"); li.append(node); return li; }

  function articleLine(id) {
    const a = meta.articles[id] || {};
    const parts = a.headline ? [a.headline] : [];
    if (a.published) parts.push(a.published);
    if (a.publisher) parts.push(a.publisher);
    if (a.source) parts.push(a.source);
    return parts.join(" · ");
  }

  function evidenceItems(kg) {
    const items = kg.evidence.map(function (sentence) {
      const q = el("blockquote", sentence);
      return q;
    });
    return items.concat(kg.articles.map(function (a) { return el("cite", articleLine(a)); }));
  }

  function wikidataLink(iri) {
    const a = el("a", iri);
    if (/^https?:\/\/www\.wikidata\.org\//.test(iri)) {
      a.href = iri;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
    return a;
  }

  function nodeButton(id, text) {
    const b = el("button", text, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { select(id); });
    return b;
  }

  function showNode(id) {
    const kg = nodes.get(id).kg;
    const panel = $("kg-panel");
    panel.replaceChildren();
    const quad = kg.quad ? " · " + kg.quad : "";
    panel.append(el("p", kg.cls + (kg.kind === "event" ? " (event)" + quad : ""), "kg-class"));
    panel.append(el("h2", kg.label));
    const facts = el("dl");
    function fact(k, v) { facts.append(el("dt", k)); const dd = el("dd"); dd.append(v); facts.append(dd); }
    if (kg.aliases.length) fact("aliases", kg.aliases.join(", "));
    kg.wikidata.forEach(function (w) { fact("Wikidata", wikidataLink(w)); });
    kg.props.forEach(function (kv) { fact(kv[0], kv[1]); });
    fact("IRI", kg.iri);
    panel.append(facts);
    const roles = adjacent.get(id).map(function (a) {
      const other = nodes.get(a.other).kg;
      const li = el("span");
      const arrow = a.edge.from === id ? a.edge.kg.predicate + " → " : "← " + a.edge.kg.predicate + " ";
      li.append(el("span", arrow), nodeButton(a.other, other.label));
      return li;
    });
    section(panel, kg.kind === "event" ? "Participants" : "Connections", roles);
    if (kg.kind === "event") {
      section(panel, "Evidence", evidenceItems(kg));
    } else {
      section(panel, "Mentioned in", kg.articles.map(articleLine));
      const events = adjacent.get(id).filter(function (a) { return nodes.get(a.other).kg.kind === "event"; });
      const items = [];
      events.forEach(function (a) {
        const ev = nodes.get(a.other).kg;
        const box = el("div");
        box.append(nodeButton(a.other, ev.label), el("span", " (" + a.edge.kg.predicate + ")", "kg-note"));
        evidenceItems(ev).forEach(function (x) { box.append(x); });
        items.push(box);
      });
      section(panel, "Evidence", items);
    }
  }

  function showEdge(id) {
    const e = edges.get(id);
    const panel = $("kg-panel");
    panel.replaceChildren();
    panel.append(el("p", e.kg.kind === "role" ? "event role" : "relation", "kg-class"));
    panel.append(el("h2", e.kg.predicate));
    const line = el("p");
    line.append(nodeButton(e.from, nodes.get(e.from).kg.label), el("span", " → "),
      nodeButton(e.to, nodes.get(e.to).kg.label));
    panel.append(line);
    if (e.kg.basis) {
      panel.append(el("p", e.kg.basis === "GazetteerKnowledge" ? "from gazetteer" : "basis: " + e.kg.basis, "kg-note"));
    }
    const ev = nodes.get(e.from).kg;
    if (ev.kind === "event") section(panel, "Evidence", evidenceItems(ev));
  }

  function select(id, moveCamera) {
    if (!visible.has(id)) return;
    const net = start();
    net.selectNodes([id]);
    if (moveCamera !== false) net.focus(id, { animation: false, scale: Math.max(net.getScale(), 0.8) });
    showNode(id);
  }

  // ---- network: drawn when its pane is first shown (a large graph's page opens on the actor network)
  let network = null;
  function stable() {
    network.setOptions({ physics: false });
    $("kg-progress").textContent = "";
    document.body.dataset.state = document.body.dataset.entities = "stable";
  }
  function start() {
    if (network) return network;
    network = new vis.Network($("kg-network"), { nodes: nodesView, edges: edgesView }, options);
    network.on("click", function (params) {
      if (params.nodes.length) showNode(params.nodes[0]);
      else if (params.edges.length) showEdge(params.edges[0]);
    });
    network.on("stabilizationProgress", function (p) {
      $("kg-progress").textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", stable);
    if (nodes.length === 0) stable();
    window.kgView.network = network;
    return network;
  }

  // ---- controls
  $("kg-search").addEventListener("input", function (ev) { state.query = ev.target.value; recompute(); });
  $("kg-from").addEventListener("change", function (ev) { state.from = ev.target.value; recompute(); });
  $("kg-to").addEventListener("change", function (ev) { state.to = ev.target.value; recompute(); });
  $("kg-reset").addEventListener("click", function () {
    state.query = state.from = state.to = "";
    state.hidden.clear();
    ["kg-search", "kg-from", "kg-to"].forEach(function (i) { $(i).value = ""; });
    document.querySelectorAll("#kg-legend input").forEach(function (b) { b.checked = true; });
    recompute();
    if (network) network.fit();
  });

  window.kgView = { network: null, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
                    select: select, recompute: recompute, start: start };
  recompute();
  if (meta.pane === "entities") start();
})();
