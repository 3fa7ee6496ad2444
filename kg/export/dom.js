// The two DOM helpers both parts of the page use: an element by id, and a new element whose text is set only
// with textContent (never parsed as HTML).
const kgDom = Object.freeze({
  $: function (id) { return document.getElementById(id); },
  el: function (tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  },
});
