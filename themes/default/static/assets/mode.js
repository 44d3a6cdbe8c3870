/* 长者模式 toggle. Without this script the header offers a link to #elder,
   which the stylesheet honours on that page (:target). With it, the choice
   becomes a button whose state is kept in localStorage for every page.
   Runs in <head> so that the chosen mode applies before the first paint. */
(function () {
  var key = 'gongkai-mode';
  var root = document.documentElement;
  function stored() {
    try { return localStorage.getItem(key) === 'elder'; } catch (e) { return false; }
  }
  function store(on) {
    try {
      if (on) { localStorage.setItem(key, 'elder'); } else { localStorage.removeItem(key); }
    } catch (e) { /* private mode: the choice lasts for this page only */ }
  }
  root.className += ' js';
  if (location.hash === '#elder') { store(true); }
  if (stored()) { root.className += ' elder'; }
  document.addEventListener('DOMContentLoaded', function () {
    var links = document.querySelector('.mode-links');
    if (!links) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'mode-toggle';
    button.textContent = '长者模式';
    button.setAttribute('aria-pressed', String(stored()));
    button.addEventListener('click', function () {
      var on = button.getAttribute('aria-pressed') !== 'true';
      root.classList.toggle('elder', on);
      store(on);
      button.setAttribute('aria-pressed', String(on));
    });
    links.parentNode.replaceChild(button, links);
  });
})();
