// The check page of transcheck serve: paste or open two texts, check them, step through the
// findings, accept them, export the report. The report itself is rendered by the server (the same
// renderer as `transcheck check --format html`) and wired by /static/report.js.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var state = { report: null, html: null, current: -1, loaded: { source: null, translation: null } };

  function token() { return $('token').value.trim(); }
  function headers(extra) {
    var h = extra || {};
    if (token()) { h.Authorization = 'Bearer ' + token(); }
    return h;
  }
  function status(text, isError) {
    var s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!isError);
  }
  function request(method, url, body, json) {
    var h = headers(json ? { 'Content-Type': 'application/json' } : {});
    return fetch(url, { method: method, headers: h, body: json ? JSON.stringify(body) : body, credentials: 'same-origin' })
      .then(function (r) {
        return r.text().then(function (t) {
          var data = null;
          try { data = t ? JSON.parse(t) : null; } catch (e) { data = null; }
          if (!r.ok) { throw new Error((data && data.error) || ('HTTP ' + r.status)); }
          return data;
        });
      });
  }

  // ---- settings of the page ------------------------------------------------------------------
  function loadConfig() {
    return request('GET', '/ui/config', null, false).then(function (c) {
      ['from', 'to'].forEach(function (id) {
        var sel = $(id);
        c.languages.forEach(function (code) {
          var o = document.createElement('option');
          o.value = code; o.textContent = code;
          sel.appendChild(o);
        });
      });
      if (c.who) { $('who').value = c.who; $('who').readOnly = true; }
      if (!c.accept) { $('accept').disabled = true; $('accept').title = 'this server has no accept file (accept: in transcheck.yaml)'; }
    }).catch(function (e) {
      if (/authentication|token/i.test(e.message)) {
        $('token-label').hidden = false;
        status('This server needs an API token: enter it, then press Check.', true);
      } else {
        status(e.message, true);
      }
    });
  }

  // ---- texts: typing, files, drops, language detection ---------------------------------------
  var detectTimer = null;
  function detectSoon() {
    clearTimeout(detectTimer);
    detectTimer = setTimeout(detect, 400);
  }
  function detect() {
    var body = { source: $('source').value.slice(0, 20000), translation: $('translation').value.slice(0, 20000),
      sourceName: state.loaded.source ? state.loaded.source.name : '', translationName: state.loaded.translation ? state.loaded.translation.name : '' };
    request('POST', '/ui/detect', body, true).then(function (d) {
      $('from-detected').textContent = d.source ? 'detected: ' + d.source : '';
      $('to-detected').textContent = d.translation ? 'detected: ' + d.translation : '';
    }).catch(function () { /* detection is a hint only */ });
  }
  function useFile(side, file) {
    if (!file) { return; }
    var reader = new FileReader();
    reader.onload = function () {
      $(side).value = reader.result;
      state.loaded[side] = { name: file.name, file: file, text: reader.result };
      $(side + '-name').textContent = file.name;
      detectSoon();
    };
    reader.onerror = function () { status(file.name + ': cannot be read', true); };
    reader.readAsText(file);
  }
  ['source', 'translation'].forEach(function (side) {
    var area = $(side);
    area.addEventListener('input', detectSoon);
    $(side + '-file').addEventListener('change', function (e) { useFile(side, e.target.files[0]); });
    area.addEventListener('dragover', function (e) { e.preventDefault(); area.classList.add('drop'); });
    area.addEventListener('dragleave', function () { area.classList.remove('drop'); });
    area.addEventListener('drop', function (e) {
      e.preventDefault();
      area.classList.remove('drop');
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) { useFile(side, e.dataTransfer.files[0]); }
    });
  });

  // ---- checking -------------------------------------------------------------------------------
  function check(e) {
    e.preventDefault();
    var fd = new FormData();
    var missing = null;
    ['source', 'translation'].forEach(function (side) {
      var text = $(side).value;
      var loaded = state.loaded[side];
      if (!text.trim()) { missing = missing || side; return; }
      if (loaded && loaded.text === text) {
        fd.append(side, loaded.file, loaded.name);   // the file's own bytes: its encoding is detected
      } else {
        fd.append(side, text);
        if (loaded) { fd.append(side + 'Name', loaded.name); }
      }
    });
    if (missing) { status('The ' + missing + ' is empty.', true); return; }
    if ($('from').value) { fd.append('from', $('from').value); }
    if ($('to').value) { fd.append('to', $('to').value); }
    if ($('who').value.trim()) { try { localStorage.setItem('transcheck.who', $('who').value.trim()); } catch (x) { /* private mode */ } }
    $('check').disabled = true;
    status('Checking\u2026');
    request('POST', '/ui/check', fd, false).then(show).catch(function (err) {
      status(err.message, true);
    }).then(function () { $('check').disabled = false; });
  }

  function show(data) {
    state.report = data.report;
    state.html = data.html;
    state.csv = data.csv;
    state.current = -1;
    var box = $('report');
    box.innerHTML = data.fragment;   // rendered and escaped by the server
    if (window.transcheckReport) { window.transcheckReport(); }
    $('result').hidden = false;
    var s = data.report.summary;
    status((s.passed ? 'PASSED' : 'FAILED') + ': ' + s.errors + ' errors, ' + s.warnings + ' warnings, ' + s.infos
      + ' infos; score ' + s.score + '.');
    position();
    box.querySelectorAll('#finding-list > li.finding').forEach(function (li) {
      li.addEventListener('click', function () { select(items().indexOf(li)); });
    });
  }

  // ---- stepping through the findings ---------------------------------------------------------
  function items() {
    return Array.prototype.slice.call(document.querySelectorAll('#finding-list > li.finding')).filter(function (li) { return !li.hidden; });
  }
  function finding(li) { return state.report.findings[Number(li.dataset.index)]; }
  function position() {
    var list = items();
    var li = list[state.current];
    $('position').textContent = !list.length ? 'no findings'
      : li ? 'finding ' + (state.current + 1) + ' of ' + list.length + ': ' + finding(li).check
      : list.length + ' findings';
    $('accept').disabled = !li || finding(li).accepted || $('accept').title.indexOf('no accept file') >= 0;
  }
  function select(i) {
    var list = items();
    if (!list.length) { return; }
    state.current = (i + list.length) % list.length;
    document.querySelectorAll('li.finding.current, mark.hl.current').forEach(function (el) { el.classList.remove('current'); });
    var li = list[state.current];
    li.classList.add('current');
    var idx = li.dataset.index;
    var first = null;
    document.querySelectorAll('mark.hl').forEach(function (m) {
      if ((m.getAttribute('data-findings') || '').split(' ').indexOf(idx) >= 0) {
        m.classList.add('current');
        first = first || m;
      }
    });
    (first || li).scrollIntoView({ block: 'center' });
    li.scrollIntoView({ block: 'nearest' });
    position();
  }
  $('next').addEventListener('click', function () { select(state.current + 1); });
  $('prev').addEventListener('click', function () { select(state.current < 0 ? -1 : state.current - 1); });
  document.addEventListener('keydown', function (e) {
    if (!state.report || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) { return; }
    if (e.key === 'j') { select(state.current + 1); }
    if (e.key === 'k') { select(state.current - 1); }
  });

  // ---- accepting ------------------------------------------------------------------------------
  $('accept').addEventListener('click', function () {
    var li = items()[state.current];
    if (!li) { return; }
    var f = finding(li);
    var who = $('who').value.trim();
    if (!who && !$('who').readOnly) { status('Enter your name: an accepted finding records who accepted it.', true); $('who').focus(); return; }
    request('POST', '/api/v1/accept', { ids: [f.id], who: who }, true).then(function (r) {
      f.accepted = true;
      li.classList.add('accepted');
      li.dataset.accepted = 'true';
      var head = li.querySelector('.head');
      if (head && !head.querySelector('.badge.acc')) {
        var b = document.createElement('span');
        b.className = 'badge acc';
        b.textContent = 'accepted';
        head.insertBefore(b, head.querySelector('code.check'));
        head.insertBefore(document.createTextNode(' '), head.querySelector('code.check'));
      }
      status('Accepted ' + f.id + ' by ' + r.who + (r.added ? '' : ' (it was already accepted)') + ' into ' + r.file
        + '; later checks report it as info.');
      position();
    }).catch(function (err) { status(err.message, true); });
  });

  // ---- export ---------------------------------------------------------------------------------
  function download(name, type, text) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function base() {
    var p = state.report && state.report.translation.path;
    return (p && p !== 'translation' ? p.replace(/\.[^.]*$/, '') : 'transcheck') + '.transcheck';
  }
  $('export-json').addEventListener('click', function () {
    if (state.report) { download(base() + '.json', 'application/json', JSON.stringify(state.report, null, 2) + '\n'); }
  });
  $('export-html').addEventListener('click', function () {
    if (state.html) { download(base() + '.html', 'text/html', state.html); }
  });

  $('export-csv').addEventListener('click', function () {
    if (state.csv) { download(base() + '.csv', 'text/csv', state.csv); }
  });

  try { $('who').value = localStorage.getItem('transcheck.who') || ''; } catch (x) { /* private mode */ }
  try { $('token').value = sessionStorage.getItem('transcheck.token') || ''; } catch (x) { /* private mode */ }
  $('token').addEventListener('change', function () {
    try { sessionStorage.setItem('transcheck.token', token()); } catch (x) { /* private mode */ }
    loadConfig();
  });
  $('input').addEventListener('submit', check);
  loadConfig();
})();
