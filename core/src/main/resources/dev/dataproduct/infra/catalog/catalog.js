/* The catalog's only script: it narrows what the pages show, it never adds content.
   Plain script, no network: the index comes from index.js (window.DATAPRODUCT_CATALOG), because
   browsers refuse to fetch JSON from file://. Without it, cards are searched by their own text. */
(function () {
  'use strict';

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  /* A value from the address's hash, such as #tag=orders or #focus=sales%2Forders. */
  function fromHash(name) {
    var match = new RegExp('(?:^#|&)' + name + '=([^&]*)').exec(window.location.hash);
    return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : null;
  }

  /* Shows only the lineage nodes in `keep` (a set of product names) and the edges between them,
     or only the edges in `edgeKeep` (a set of "from->to") when given; the text list follows. */
  function showLineage(svg, keep, edgeKeep) {
    all(svg, '[data-node]').forEach(function (node) {
      var target = node.parentNode.tagName.toLowerCase() === 'a' ? node.parentNode : node;
      target.style.display = keep[node.getAttribute('data-node')] ? '' : 'none';
    });
    all(svg, '.link').forEach(function (link) {
      var key = link.getAttribute('data-from') + '->' + link.getAttribute('data-to');
      var shown = edgeKeep ? edgeKeep[key] : keep[link.getAttribute('data-from')] && keep[link.getAttribute('data-to')];
      link.style.display = shown ? '' : 'none';
      all(document, '#lineage-edges li').forEach(function (item) {
        if (item.getAttribute('data-edge') === key) {
          item.hidden = !shown;
        }
      });
    });
  }

  function edgesOf(svg) {
    return all(svg, '.link').map(function (link) {
      return { from: link.getAttribute('data-from'), to: link.getAttribute('data-to') };
    });
  }

  // ---- index.html: search, filters, tag pills; the lineage follows them

  var search = document.getElementById('search');
  var list = document.getElementById('products');
  if (search && list) {
    var cards = all(list, '.product-card');
    var selects = all(document, 'select[data-filter]');
    var count = document.getElementById('result-count');
    var noMatch = document.getElementById('no-match');
    var lineage = document.getElementById('lineage');

    /* Everything worth finding a product by: names, texts, ports, topics, fields and their docs. */
    var searchText = {};
    var data = window.DATAPRODUCT_CATALOG;
    if (data && data.products) {
      data.products.forEach(function (product) {
        var e = product.versions[product.versions.length - 1];
        var words = [e.domain, e.name, e.domain + '/' + e.name, e.title, e.description, e.status, e.classification,
          e.owner && e.owner.team, e.owner && e.owner.email].concat(e.tags || []);
        (e.ports || []).forEach(function (port) {
          words.push(port.name, port.description, port.topic, port.compatibility);
          [port.key, port.value].forEach(function (schema) {
            if (schema) {
              words.push(schema.type, schema.doc);
              (schema.fields || []).forEach(function (field) {
                words.push(field.name, field.doc, field.pii ? 'pii' : '');
              });
            }
          });
        });
        (e.inputPorts || []).forEach(function (input) {
          words.push(input.name, input.product, input.port);
        });
        searchText[e.domain + '/' + e.name] = words.filter(Boolean).join('\n').toLowerCase();
      });
    }

    var textOf = function (card) {
      var known = searchText[card.getAttribute('data-product')];
      return known !== undefined ? known : card.textContent.toLowerCase();
    };

    var matchesFilter = function (card, select) {
      var wanted = select.value;
      if (!wanted) {
        return true;
      }
      var kind = select.getAttribute('data-filter');
      if (kind === 'tag') {
        var tags = [];
        try {
          tags = JSON.parse(card.getAttribute('data-tags') || '[]');
        } catch (ignored) {
          tags = [];
        }
        return tags.indexOf(wanted) >= 0;
      }
      if (kind === 'compatibility') {
        return (card.getAttribute('data-compatibility') || '').split(' ').indexOf(wanted) >= 0;
      }
      return card.getAttribute('data-' + kind) === wanted;
    };

    var apply = function () {
      var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      var keep = {};
      cards.forEach(function (card) {
        var text = textOf(card);
        var visible = terms.every(function (term) { return text.indexOf(term) >= 0; })
          && selects.every(function (select) { return matchesFilter(card, select); });
        card.hidden = !visible;
        if (visible) {
          shown++;
          keep[card.getAttribute('data-product')] = true;
        }
      });
      all(list, 'button.tag').forEach(function (pill) {
        var tag = document.getElementById('filter-tag');
        pill.setAttribute('aria-pressed', tag && tag.value === pill.getAttribute('data-tag') ? 'true' : 'false');
      });
      if (lineage) {
        // A product the catalog does not know stays while it touches a shown product.
        var unknown = {};
        all(lineage, '.node.unknown').forEach(function (node) { unknown[node.getAttribute('data-node')] = true; });
        edgesOf(lineage).forEach(function (edge) {
          if (unknown[edge.from] && keep[edge.to]) {
            keep[edge.from] = true;
          }
          if (unknown[edge.to] && keep[edge.from]) {
            keep[edge.to] = true;
          }
        });
        showLineage(lineage, keep);
      }
      if (count) {
        count.textContent = shown === cards.length
          ? cards.length + (cards.length === 1 ? ' product' : ' products')
          : shown + ' of ' + cards.length + ' products';
      }
      if (noMatch) {
        noMatch.hidden = shown > 0 || cards.length === 0;
      }
    };

    var pickTag = function (tag) {
      var select = document.getElementById('filter-tag');
      if (select) {
        select.value = select.value === tag ? '' : tag;
        apply();
      }
    };

    search.addEventListener('input', apply);
    selects.forEach(function (select) { select.addEventListener('change', apply); });
    all(list, 'button.tag').forEach(function (pill) {
      pill.addEventListener('click', function () { pickTag(pill.getAttribute('data-tag')); });
    });
    var hashTag = fromHash('tag');
    if (hashTag) {
      pickTag(hashTag);
    }
    // Browsers restore form values on back navigation; show the list they describe.
    apply();
  }

  // ---- lineage.html: focus on a product, upstream and downstream depth

  var focus = document.getElementById('focus');
  var graph = document.getElementById('lineage');
  if (focus && graph) {
    var upstream = document.getElementById('upstream');
    var downstream = document.getElementById('downstream');
    var meshCount = document.getElementById('mesh-count');
    var edges = edgesOf(graph);

    /* The products within `depth` hops of `start` following edges in one direction (-1: no limit). */
    var reach = function (start, depth, forward, keep, edgeKeep) {
      var frontier = [start];
      for (var hop = 0; frontier.length > 0 && (depth < 0 || hop < depth); hop++) {
        var next = [];
        edges.forEach(function (edge) {
          var from = forward ? edge.from : edge.to;
          var to = forward ? edge.to : edge.from;
          if (frontier.indexOf(from) >= 0) {
            edgeKeep[edge.from + '->' + edge.to] = true;
            if (!keep[to]) {
              keep[to] = true;
              next.push(to);
            }
          }
        });
        frontier = next;
      }
    };

    var draw = function () {
      var keep = {};
      var edgeKeep = null;
      var nodes = all(graph, '[data-node]');
      if (!focus.value) {
        nodes.forEach(function (node) { keep[node.getAttribute('data-node')] = true; });
      } else {
        keep[focus.value] = true;
        edgeKeep = {};
        reach(focus.value, parseInt(upstream.value, 10), false, keep, edgeKeep);
        reach(focus.value, parseInt(downstream.value, 10), true, keep, edgeKeep);
      }
      nodes.forEach(function (node) {
        node.classList.toggle('focus', node.getAttribute('data-node') === focus.value);
      });
      showLineage(graph, keep, edgeKeep);
      if (meshCount) {
        var shown = Object.keys(keep).length;
        meshCount.textContent = focus.value
          ? shown + ' of ' + nodes.length + ' products around ' + focus.value
          : nodes.length + (nodes.length === 1 ? ' product' : ' products');
      }
    };

    [focus, upstream, downstream].forEach(function (control) { control.addEventListener('change', draw); });
    var hashFocus = fromHash('focus');
    if (hashFocus && all(focus, 'option').some(function (o) { return o.value === hashFocus; })) {
      focus.value = hashFocus;
    }
    draw();
  }
}());
