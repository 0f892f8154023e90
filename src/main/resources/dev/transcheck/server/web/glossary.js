// The glossary page of transcheck serve: the loaded files and a search over their concepts.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  function cell(tr, text) { var td = document.createElement('td'); td.textContent = text; tr.appendChild(td); return td; }
  function search(e) {
    if (e) { e.preventDefault(); }
    var h = {};
    var t = $('token').value.trim();
    if (t) { h.Authorization = 'Bearer ' + t; }
    fetch('/api/v1/glossary?limit=200&q=' + encodeURIComponent($('q').value), { headers: h })
      .then(function (r) { return r.json().then(function (d) { if (!r.ok) { throw new Error(d.error || 'HTTP ' + r.status); } return d; }); })
      .then(function (d) {
        $('summary').textContent = d.concepts + ' concepts in ' + d.files.length + ' files, loaded ' + d.loaded
          + (d.generation > 1 ? ' (reloaded ' + (d.generation - 1) + ' times)' : '');
        var fb = $('files').tBodies[0];
        fb.textContent = '';
        d.files.forEach(function (f) { var tr = fb.insertRow(); cell(tr, f.name); cell(tr, String(f.concepts)); });
        $('found').textContent = d.found + ' concepts match' + (d.truncated ? ' (first ' + d.matches.length + ' shown)' : '');
        var mb = $('matches').tBodies[0];
        mb.textContent = '';
        d.matches.forEach(function (c) {
          var tr = mb.insertRow();
          cell(tr, c.id);
          cell(tr, c.type);
          var td = cell(tr, '');
          c.terms.forEach(function (t) {
            var span = document.createElement('span');
            span.className = 'term ' + t.status;
            span.lang = t.lang;
            span.textContent = t.form;
            span.title = t.lang + ', ' + t.status + (t.note ? ': ' + t.note : '') + (t.file ? ' (' + t.file + ')' : '');
            var code = document.createElement('code');
            code.textContent = t.lang;
            td.appendChild(code);
            td.appendChild(document.createTextNode(' '));
            td.appendChild(span);
            td.appendChild(document.createElement('br'));
          });
        });
      })
      .catch(function (err) {
        if (/authentication|token/i.test(err.message)) { $('token-label').hidden = false; }
        $('found').textContent = err.message;
      });
  }
  $('search').addEventListener('submit', search);
  var timer = null;
  $('q').addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 250); });
  search();
})();
