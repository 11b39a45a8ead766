// Shelf web workbench: the few behaviours the server-rendered pages need. No framework besides htmx.
(function () {
  var token = document.querySelector('meta[name=csrf]');
  // every request htmx makes carries the session's CSRF token (forms carry it as a field)
  document.body.addEventListener('htmx:configRequest', function (e) {
    if (token) { e.detail.headers['X-CSRF-Token'] = token.content; }
  });
  // the upload's progress bar
  document.body.addEventListener('htmx:xhr:progress', function (e) {
    var bar = document.getElementById('upload-progress');
    if (bar && e.detail.lengthComputable) { bar.value = Math.round(e.detail.loaded * 100 / e.detail.total); }
  });
  // drag and drop onto the upload box
  var drop = document.getElementById('drop');
  if (drop) {
    drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
    drop.addEventListener('drop', function (e) {
      e.preventDefault(); drop.classList.remove('over');
      document.getElementById('file').files = e.dataTransfer.files;
    });
  }
  // each image's real size under it, as the browser decoded it
  document.querySelectorAll('img.processed, img.original').forEach(function (img) {
    function show() {
      var size = img.parentNode.querySelector('.size');
      if (size && img.naturalWidth) { size.textContent = img.naturalWidth + '×' + img.naturalHeight; }
    }
    if (img.complete) { show(); } else { img.addEventListener('load', show); }
  });
  // keys: j next, a approve, r reject (type the reason, Enter); in the queue j/k move, x ticks, Enter opens
  var rows = Array.prototype.slice.call(document.querySelectorAll('#queue tr.row'));
  var at = -1;
  function select(i) {
    if (!rows.length) { return; }
    if (at >= 0) { rows[at].classList.remove('selected'); }
    at = Math.max(0, Math.min(rows.length - 1, i));
    rows[at].classList.add('selected');
    rows[at].scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('keydown', function (e) {
    var t = e.target.tagName;
    if (t === 'INPUT' || t === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (rows.length) {
      if (e.key === 'j') { select(at + 1); }
      else if (e.key === 'k') { select(at - 1); }
      else if (e.key === 'Enter' && at >= 0) { location.href = rows[at].dataset.href; }
      else if (e.key === 'x' && at >= 0) {
        var box = rows[at].querySelector('input[type=checkbox]');
        if (box) { box.checked = !box.checked; }
      }
      return;
    }
    var approve = document.getElementById('approve-form');
    var reason = document.getElementById('reason');
    var next = document.getElementById('next');
    if (e.key === 'a' && approve) { e.preventDefault(); approve.submit(); }
    else if (e.key === 'r' && reason) { e.preventDefault(); reason.focus(); }
    else if (e.key === 'j' && next) { location.href = next.href; }
  });
})();
