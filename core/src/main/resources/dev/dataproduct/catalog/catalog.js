/* Narrows the product list of index.html as the user types or picks a filter.
   Plain script, no network: the index comes from index.js (window.DATAPRODUCT_CATALOG), because
   browsers refuse to fetch JSON from file://. Without it, cards are searched by their own text. */
(function () {
  'use strict';

  var search = document.getElementById('search');
  var list = document.getElementById('products');
  if (!search || !list) {
    return;
  }
  var cards = Array.prototype.slice.call(list.querySelectorAll('.product-card'));
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var count = document.getElementById('result-count');
  var noMatch = document.getElementById('no-match');

  /* Everything worth finding a product by: names, texts, ports, topics, fields and their docs. */
  var searchText = {};
  var data = window.DATAPRODUCT_CATALOG;
  if (data && data.products) {
    data.products.forEach(function (product) {
      var e = product.versions[product.versions.length - 1];
      var words = [e.domain, e.name, e.domain + '/' + e.name, e.title, e.description, e.status, e.classification,
        e.owner && e.owner.team, e.owner && e.owner.email].concat(e.tags || []);
      (e.ports || []).forEach(function (port) {
        words.push(port.name, port.description, port.topic);
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

  function textOf(card) {
    var known = searchText[card.getAttribute('data-product')];
    return known !== undefined ? known : card.textContent.toLowerCase();
  }

  function matchesFilter(card, select) {
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
    return card.getAttribute('data-' + kind) === wanted;
  }

  function apply() {
    var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var text = textOf(card);
      var visible = terms.every(function (term) { return text.indexOf(term) >= 0; })
        && selects.every(function (select) { return matchesFilter(card, select); });
      card.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    if (count) {
      count.textContent = shown === cards.length
        ? cards.length + (cards.length === 1 ? ' product' : ' products')
        : shown + ' of ' + cards.length + ' products';
    }
    if (noMatch) {
      noMatch.hidden = shown > 0 || cards.length === 0;
    }
  }

  search.addEventListener('input', apply);
  selects.forEach(function (select) { select.addEventListener('change', apply); });
  // Browsers restore form values on back navigation; show the list they describe.
  apply();
}());
