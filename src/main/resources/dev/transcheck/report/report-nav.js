(function () {
  'use strict';
  // transcheck HTML report: previous/next finding (buttons and the keys j/k, n/p) and the
  // header's counts as severity filters.
  var form = document.getElementById('filters');
  var items = Array.prototype.slice.call(document.querySelectorAll('#finding-list > li.finding'));
  var status = document.getElementById('nav-status');
  var current = -1; // position in the list of all findings
  function shown() { return items.filter(function (li) { return !li.hidden; }); }
  function markOf(li) {
    var marks = document.querySelectorAll('mark.hl:not(.off)');
    for (var i = 0; i < marks.length; i++) {
      if ((marks[i].getAttribute('data-findings') || '').split(' ').indexOf(li.dataset.index) >= 0) { return marks[i]; }
    }
    return null;
  }
  function go(step) {
    var list = shown();
    if (!list.length) { return; }
    var pos = -1;
    for (var i = 0; i < list.length; i++) { if (items.indexOf(list[i]) === current) { pos = i; } }
    if (pos < 0) {
      // from wherever the reader is: the first finding after (or before) the current position
      pos = step > 0 ? -1 : list.length;
      for (var k = 0; k < list.length; k++) {
        if (items.indexOf(list[k]) > current) { pos = step > 0 ? k - 1 : k; break; }
      }
    }
    pos = Math.min(list.length - 1, Math.max(0, pos + step));
    var li = list[pos];
    items.forEach(function (x) { x.classList.toggle('current', x === li); });
    current = items.indexOf(li);
    var target = markOf(li) || li;
    target.focus({preventScroll: true});
    target.scrollIntoView({block: 'center'});
    if (target !== li) { li.scrollIntoView({block: 'nearest'}); }
    if (status) { status.textContent = (pos + 1) + ' / ' + list.length; }
  }
  var next = document.getElementById('next-finding');
  var prev = document.getElementById('prev-finding');
  if (next) { next.addEventListener('click', function () { go(1); }); }
  if (prev) { prev.addEventListener('click', function () { go(-1); }); }
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target && e.target.tagName;
    if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA' || (e.target && e.target.isContentEditable)) { return; }
    if (e.key === 'j' || e.key === 'n') { go(1); e.preventDefault(); }
    if (e.key === 'k' || e.key === 'p') { go(-1); e.preventDefault(); }
  });
  // "3 errors" in the header: only errors; pressed again: every severity
  var counts = Array.prototype.slice.call(document.querySelectorAll('button.count[data-filter]'));
  counts.forEach(function (b) {
    b.addEventListener('click', function () {
      if (!form) { return; }
      var only = b.getAttribute('aria-pressed') !== 'true';
      Array.prototype.forEach.call(form.querySelectorAll('input[name=severity]'), function (c) {
        c.checked = !only || c.value === b.dataset.filter;
      });
      counts.forEach(function (o) { o.setAttribute('aria-pressed', String(only && o === b)); });
      form.dispatchEvent(new Event('change'));
      current = -1;
      if (status) { status.textContent = shown().length + ' shown'; }
    });
  });
  if (form) {
    // a change made in the form itself releases the count buttons
    form.addEventListener('change', function (e) {
      if (e.isTrusted) { counts.forEach(function (o) { o.setAttribute('aria-pressed', 'false'); }); }
    });
  }
})();
