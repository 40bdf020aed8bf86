// Claimgraph UI: highlights the passage a link points to (#span-START-END). No inline script: CSP forbids it.
(function () {
  'use strict';
  function highlightTarget() {
    var m = /^#span-(\d+)-(\d+)$/.exec(window.location.hash);
    var old = document.querySelectorAll('.doctext .hash-target');
    for (var i = 0; i < old.length; i++) { old[i].classList.remove('hash-target', 'target'); }
    if (!m) { return; }
    var start = parseInt(m[1], 10), end = parseInt(m[2], 10), first = null;
    var pieces = document.querySelectorAll('.doctext [data-s]');
    for (var j = 0; j < pieces.length; j++) {
      var s = parseInt(pieces[j].getAttribute('data-s'), 10), e = parseInt(pieces[j].getAttribute('data-e'), 10);
      if (s >= start && e <= end) {
        pieces[j].classList.add('hash-target', 'target');
        if (!first) { first = pieces[j]; }
      }
    }
    if (first) { first.scrollIntoView({ block: 'center' }); }
  }
  window.addEventListener('hashchange', highlightTarget);
  document.addEventListener('DOMContentLoaded', highlightTarget);
})();
