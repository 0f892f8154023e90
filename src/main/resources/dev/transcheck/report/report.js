(window.transcheckReport = function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) { return; }
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  var items = Array.prototype.slice.call(document.querySelectorAll('#finding-list > li.finding'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.hl'));
  var refs = Array.prototype.slice.call(document.querySelectorAll('a.ref'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.pair'));
  function indexes(el) { var v = el.getAttribute('data-findings'); return v ? v.split(' ') : []; }
  function apply() {
    var sev = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name=severity]'), function (c) { sev[c.value] = c.checked; });
    var acc = document.getElementById('filter-accepted').checked;
    var cat = document.getElementById('filter-category').value;
    var chk = document.getElementById('filter-check').value;
    var onlyRows = document.getElementById('filter-rows').checked;
    var visible = {}, shown = 0;
    items.forEach(function (li) {
      var d = li.dataset;
      var ok = sev[d.severity] && (acc || d.accepted !== 'true') && (!cat || d.category === cat) && (!chk || d.check === chk);
      li.hidden = !ok;
      if (ok) { visible[d.index] = true; shown++; }
    });
    marks.forEach(function (m) {
      var on = indexes(m).some(function (i) { return visible[i]; });
      m.classList.toggle('off', !on);
      m.tabIndex = on ? 0 : -1;
    });
    refs.forEach(function (a) { a.classList.toggle('off', !visible[a.dataset.index]); });
    rows.forEach(function (tr) {
      tr.hidden = onlyRows && !indexes(tr).some(function (i) { return visible[i]; });
    });
    document.getElementById('shown').textContent = shown + ' of ' + items.length + ' findings shown';
  }
  // a highlight leads to its finding; a finding in the list lights up its highlights
  marks.forEach(function (m) {
    function go() { var i = indexes(m)[0]; if (i !== undefined) { location.hash = 'f-' + i; } }
    m.addEventListener('click', go);
    m.addEventListener('keydown', function (e) { if (e.key === 'Enter') { go(); } });
  });
  items.forEach(function (li) {
    function light(on) {
      marks.forEach(function (m) { if (indexes(m).indexOf(li.dataset.index) >= 0) { m.classList.toggle('active', on); } });
    }
    li.addEventListener('mouseenter', function () { light(true); });
    li.addEventListener('mouseleave', function () { light(false); });
    li.addEventListener('focusin', function () { light(true); });
    li.addEventListener('focusout', function () { light(false); });
  });
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  apply();
})();
