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
     or only the edges in `edgeKeep` (a set of "from->to") when given; the text list follows, and
     what is shown is laid out again so that no gap is left where hidden products were. */
  function showLineage(svg, keep, edgeKeep) {
    var shownNodes = [];
    all(svg, '[data-node]').forEach(function (node) {
      var target = node.parentNode.tagName.toLowerCase() === 'a' ? node.parentNode : node;
      var shown = keep[node.getAttribute('data-node')] === true;
      target.style.display = shown ? '' : 'none';
      if (shown) {
        shownNodes.push(node);
      }
    });
    var shownLinks = [];
    all(svg, '.link').forEach(function (link) {
      var key = link.getAttribute('data-from') + '->' + link.getAttribute('data-to');
      var shown = edgeKeep ? edgeKeep[key] : keep[link.getAttribute('data-from')] && keep[link.getAttribute('data-to')];
      link.style.display = shown ? '' : 'none';
      if (shown) {
        shownLinks.push(link);
      }
      all(document, '#lineage-edges li').forEach(function (item) {
        if (item.getAttribute('data-edge') === key) {
          item.hidden = !shown;
        }
      });
    });
    layOut(svg, shownNodes, shownLinks);
  }

  /* Places the shown nodes and edges as LineageLayout (the Java class that drew the page) places a
     graph, with its sizes from the svg's data-* attributes: each product in a layer by its longest
     distance from a product that reads none of the shown ones (so every edge points right, cycles
     cut at a revisit), products in a layer by the mean row of what they read, ties by name, layers
     centred vertically; labels moved down below an earlier label they would overlap. The whole
     graph comes out as the page drew it. */
  function layOut(svg, nodes, links) {
    var size = function (name) { return parseInt(svg.getAttribute('data-' + name), 10); };
    var W = size('node-width'), H = size('node-height'), ROW = size('row'), COLUMN = size('column'),
      TOP = size('top'), LINE = size('line'), LABEL_WIDTH = size('label-width');
    if (isNaN(W) || isNaN(LABEL_WIDTH)) {
      return; // a page drawn without its geometry keeps its layout
    }
    var half = function (n) { return Math.floor(n / 2); }; // Java's int division, for n >= 0
    var byName = Object.create(null);
    nodes.forEach(function (node) { byName[node.getAttribute('data-node')] = node; });
    var edges = links.map(function (link) {
      return { from: link.getAttribute('data-from'), to: link.getAttribute('data-to'), link: link,
        labels: all(link, '.edge-label') };
    }).filter(function (edge) { return byName[edge.from] && byName[edge.to]; });
    // String order is UTF-16 code units in both languages.
    var names = Object.keys(byName).sort();

    var upstreams = Object.create(null);
    edges.forEach(function (edge) { (upstreams[edge.to] = upstreams[edge.to] || []).push(edge.from); });
    var layer = Object.create(null);
    var depth = function (name, path) {
      if (layer[name] !== undefined) {
        return layer[name];
      }
      path[name] = true;
      var d = 0;
      (upstreams[name] || []).forEach(function (upstream) {
        if (!path[upstream]) {
          d = Math.max(d, depth(upstream, path) + 1);
        }
      });
      delete path[name];
      layer[name] = d;
      return d;
    };
    names.forEach(function (name) { depth(name, Object.create(null)); });
    var layers = [];
    names.forEach(function (name) {
      while (layers.length <= layer[name]) {
        layers.push([]);
      }
      layers[layer[name]].push(name);
    });

    var row = Object.create(null);
    layers.forEach(function (inLayer) {
      var weight = Object.create(null);
      inLayer.forEach(function (name) {
        var sum = 0, count = 0;
        edges.forEach(function (edge) {
          if (edge.to === name && row[edge.from] !== undefined) {
            sum += row[edge.from];
            count++;
          }
        });
        weight[name] = count === 0 ? Number.MAX_VALUE : sum / count;
      });
      inLayer.sort(function (a, b) {
        return weight[a] !== weight[b] ? (weight[a] < weight[b] ? -1 : 1) : (a < b ? -1 : a > b ? 1 : 0);
      });
      inLayer.forEach(function (name, i) { row[name] = i; });
    });

    var rows = layers.reduce(function (most, inLayer) { return Math.max(most, inLayer.length); }, 0) || 1;
    var placed = Object.create(null);
    layers.forEach(function (inLayer, l) {
      var top = half((rows - inLayer.length) * ROW);
      inLayer.forEach(function (name) {
        placed[name] = { layer: l, x: 1 + l * COLUMN, y: 1 + TOP + top + row[name] * ROW };
      });
    });

    var paths = edges.map(function (edge) {
      var from = placed[edge.from], to = placed[edge.to];
      var back = to.layer <= from.layer;
      var span = to.layer - from.layer;
      var x1 = back ? from.x + half(W) : from.x + W;
      var y1 = back ? from.y + H : from.y + half(H);
      var x2 = back ? to.x + half(W) : to.x;
      var y2 = back ? to.y + H : to.y + half(H);
      return { edge: edge, x1: x1, y1: y1, x2: x2, y2: y2, back: back,
        labelX: back || span === 1 ? half(x1 + x2) : x2 - half(COLUMN - W),
        labelY: back ? Math.max(y1, y2) + half(ROW) - 4 : span === 1 ? half(y1 + y2) - 6 : y2 - 6 };
    });
    var labelTop = function (path) { return path.labelY - path.edge.labels.length * LINE; };
    paths.forEach(function (mine, i) {
      for (var moved = true; moved;) {
        moved = false;
        for (var j = 0; j < i; j++) {
          var other = paths[j];
          var sideBySide = Math.abs(mine.labelX - other.labelX) < LABEL_WIDTH;
          var stacked = labelTop(mine) < other.labelY && labelTop(other) < mine.labelY;
          if (sideBySide && stacked) {
            mine.labelY += other.labelY - labelTop(mine) + 2;
            moved = true;
          }
        }
      }
    });

    names.forEach(function (name) {
      var node = byName[name];
      var rect = node.querySelector('rect');
      var dx = placed[name].x - parseInt(rect.getAttribute('x'), 10);
      var dy = placed[name].y - parseInt(rect.getAttribute('y'), 10);
      all(node, 'rect, text').forEach(function (part) {
        part.setAttribute('x', parseInt(part.getAttribute('x'), 10) + dx);
        part.setAttribute('y', parseInt(part.getAttribute('y'), 10) + dy);
      });
    });
    paths.forEach(function (p) {
      var dip = Math.max(p.y1, p.y2) + half(ROW);
      var mid = half(p.x1 + p.x2);
      p.edge.link.querySelector('path').setAttribute('d', p.back
        ? 'M ' + p.x1 + ' ' + p.y1 + ' C ' + p.x1 + ' ' + dip + ', ' + p.x2 + ' ' + dip + ', ' + p.x2 + ' ' + p.y2
        : 'M ' + p.x1 + ' ' + p.y1 + ' C ' + mid + ' ' + p.y1 + ', ' + mid + ' ' + p.y2 + ', ' + p.x2 + ' ' + p.y2);
      var lines = p.edge.labels;
      lines.forEach(function (label, i) {
        label.setAttribute('x', p.labelX);
        label.setAttribute('y', p.labelY - (lines.length - 1 - i) * LINE);
      });
    });
    var anyBack = paths.some(function (p) { return p.back; });
    var width = Math.max(1, layers.length) * COLUMN - (COLUMN - W) + 2;
    var height = paths.reduce(function (most, p) { return Math.max(most, p.labelY + 6); },
      TOP + rows * ROW + 2 + (anyBack ? half(ROW) : 0));
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
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
