// The corpus view: the actor network (laid out in Python, drawn still) and the timeline of events, linked both
// ways, with the toolbar's search and date range. Data comes from the kg-corpus block, written only with textContent.
(function () {
  "use strict";

  const { $, el } = kgDom;   // kg/export/dom.js

  const corpus = JSON.parse($("kg-corpus").textContent);
  const meta = JSON.parse($("kg-meta").textContent);
  const events = corpus.events;
  const nodes = new vis.DataSet(corpus.network.nodes);
  const edges = new vis.DataSet(corpus.network.edges);
  const items = new vis.DataSet(corpus.timeline.items);
  const state = { isolated: false, query: "", from: "", to: "" };

  // ---- filters: isolated actors, search (matching actors and their neighbours), date range (events)
  function inRange(id) {
    const e = events[id];
    if (!state.from && !state.to) return true;
    if (!e.dateStart) return false;
    return (!state.from || e.dateEnd >= state.from) && (!state.to || e.dateStart <= state.to);
  }
  function matches(n, q) {
    return [n.label].concat(n.kg.aliases).some(function (s) { return s.toLowerCase().indexOf(q) >= 0; });
  }
  let shownActors = new Set();
  function recompute() {
    const q = state.query.trim().toLowerCase();
    const base = new Set();
    nodes.forEach(function (n) { if (state.isolated || !n.kg.isolated) base.add(n.id); });
    if (q) {
      shownActors = new Set();
      nodes.forEach(function (n) { if (base.has(n.id) && matches(n, q)) shownActors.add(n.id); });
      edges.forEach(function (e) {
        if (shownActors.has(e.from) && base.has(e.to)) shownActors.add(e.to);
        if (shownActors.has(e.to) && base.has(e.from)) shownActors.add(e.from);
      });
    } else {
      shownActors = base;
    }
    nodeView.refresh();
    edgeView.refresh();
    itemView.refresh();
    $("kg-actors-count").textContent = nodeView.length + " actors, " + edgeView.length + " arrows, " +
      itemView.length + " dated events shown";
  }
  function edgeShown(e) {
    return shownActors.has(e.from) && shownActors.has(e.to) && e.kg.events.some(inRange);
  }
  function itemShown(item) {
    const e = events[item.id];
    return inRange(item.id) && [e.agents, e.targets].some(function (side) {
      return (side || []).length === 0 || side.some(function (a) { return shownActors.has(a); });
    });
  }
  const nodeView = new vis.DataView(nodes, { filter: function (n) { return shownActors.has(n.id); } });
  const edgeView = new vis.DataView(edges, { filter: edgeShown });
  const itemView = new vis.DataView(items, { filter: itemShown });

  // ---- the panel: an actor's or an arrow's events, each with its evidence and articles
  function articleLine(id) {
    const a = meta.articles[id] || {};
    return [a.headline, a.published, a.publisher, a.source].filter(Boolean).join(" · ");
  }
  function eventItem(id) {
    const e = events[id];
    const li = el("li");
    const title = el("button", e.label, "kg-link");
    title.type = "button";
    title.addEventListener("click", function () { selectEvent(id); });
    li.append(title, el("span", " " + [e.dateStart, e.quad].filter(Boolean).join(" · "), "kg-note"));
    e.evidence.forEach(function (s) { li.append(el("blockquote", s)); });
    e.articles.forEach(function (a) { li.append(el("cite", articleLine(a))); });
    return li;
  }
  function showEvents(kind, title, ids) {
    const panel = $("kg-actors-panel");
    panel.replaceChildren(el("p", kind, "kg-class"), el("h2", title));
    panel.append(el("h3", ids.length + " event" + (ids.length === 1 ? "" : "s")));
    const list = el("ul");
    ids.forEach(function (id) { list.append(eventItem(id)); });
    panel.append(list);
  }
  function showActor(id) {
    const n = nodes.get(id);
    showEvents(n.kg.cls + " · " + n.kg.articles + " article" + (n.kg.articles === 1 ? "" : "s") +
               (n.kg.community === null ? "" : " · community " + (n.kg.community + 1)), n.label, n.kg.events);
    timeline.setSelection(n.kg.events.filter(function (e) { return itemView.get(e); }), { focus: false });
  }
  function showArrow(id) {
    const e = edges.get(id);
    showEvents((e.kg.quad || "no PLOVER category") + " · " + e.kg.category,
               nodes.get(e.from).label + " → " + nodes.get(e.to).label, e.kg.events);
    timeline.setSelection(e.kg.events.filter(function (x) { return itemView.get(x); }), { focus: false });
  }
  function selectEvent(id) {
    const e = events[id];
    const actors = (e.agents || []).concat(e.targets || []).filter(function (a) { return nodeView.get(a); });
    const arrows = edgeView.getIds({ filter: function (x) { return x.kg.events.indexOf(id) >= 0; } });
    network.setSelection({ nodes: actors, edges: arrows }, { highlightEdges: false });
    if (itemView.get(id)) timeline.setSelection([id], { focus: true });
    showEvents(e.cls + " (event)" + (e.quad ? " · " + e.quad : ""), e.label, [id]);
  }

  // ---- the network: positions from Python, no physics
  const network = new vis.Network($("kg-actors-network"), { nodes: nodeView, edges: edgeView }, {
    physics: false,
    layout: { improvedLayout: false },
    nodes: { font: { size: 14 }, borderWidth: 1 },
    edges: { font: { size: 10, color: "#444", strokeWidth: 3, align: "middle" }, smooth: false,
             scaling: { min: 1, max: 8 }, arrows: { to: { scaleFactor: 0.5 } } },
    interaction: { hover: true, hideEdgesOnDrag: true, keyboard: false },
  });
  network.on("click", function (p) {
    if (p.nodes.length) showActor(p.nodes[0]);
    else if (p.edges.length) showArrow(p.edges[0]);
  });

  // ---- the timeline: events by date, one row per quad class; crowded stretches clustered (thousands of
  // stacked items would take the browser half a minute)
  const timeline = new vis.Timeline($("kg-timeline"), itemView, new vis.DataSet(corpus.timeline.groups), {
    stack: true, cluster: { maxItems: 4 }, maxHeight: "100%", zoomKey: "ctrlKey", selectable: true, multiselect: true, showTooltips: false,
    start: corpus.timeline.window.start, end: corpus.timeline.window.end,
  });
  timeline.on("select", function (p) { if (p.items.length === 1) selectEvent(p.items[0]); });

  // ---- controls: the toolbar's search and dates filter both; the checkbox shows the isolated actors
  $("kg-isolated").addEventListener("change", function (ev) { state.isolated = ev.target.checked; recompute(); });
  $("kg-search").addEventListener("input", function (ev) { state.query = ev.target.value; recompute(); });
  $("kg-from").addEventListener("change", function (ev) { state.from = ev.target.value; recompute(); });
  $("kg-to").addEventListener("change", function (ev) { state.to = ev.target.value; recompute(); });
  $("kg-reset").addEventListener("click", function () {
    state.query = state.from = state.to = "";
    recompute();
    network.fit();
  });

  function showPane(pane) {
    document.body.dataset.pane = pane;
    document.querySelectorAll("#kg-tabs button").forEach(function (b) {
      b.setAttribute("aria-selected", String(b.dataset.pane === pane));
    });
    if (pane === "entities") window.kgView.start();
    else { network.redraw(); timeline.redraw(); }
  }
  document.querySelectorAll("#kg-tabs button").forEach(function (b) {
    b.addEventListener("click", function () { showPane(b.dataset.pane); });
  });

  recompute();
  showPane(meta.pane);
  network.once("afterDrawing", function () {
    document.body.dataset.actorsDrawn = String(performance.now());
    if (meta.pane === "actors") document.body.dataset.state = "stable";
  });
  network.fit();
  window.kgActors = { network: network, timeline: timeline, nodes: nodes, edges: edges, items: items,
                      nodeView: nodeView, edgeView: edgeView, itemView: itemView, selectEvent: selectEvent,
                      showActor: showActor, recompute: recompute };
})();
