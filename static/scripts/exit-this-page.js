// Exit this page: the button, or pressing Shift three times, leaves for a neutral site and
// replaces this page in the history, so Back does not bring it back. The page hides itself at
// once, before the other site has loaded. Without this script the button is a plain link.
(function () {
  var root = document.querySelector('[data-exit-this-page]');
  if (!root) return;
  var link = root.querySelector('a');
  var status = root.querySelector('[data-exit-this-page-status]');
  var presses = 0;
  var timer;

  function say(text) {
    if (status) status.textContent = text;
  }

  function exit() {
    document.documentElement.classList.add('exit-this-page-active');
    say('Loading.');
    window.location.replace(link.href);
  }

  function reset() {
    presses = 0;
    clearTimeout(timer);
  }

  link.addEventListener('click', function (event) {
    event.preventDefault();
    exit();
  });

  // Any other key between the Shift presses starts the count again, so typing capitals
  // never triggers it; the count also lapses after five seconds.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') reset();
  });
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') return;
    presses += 1;
    clearTimeout(timer);
    if (presses >= 3) {
      reset();
      exit();
      return;
    }
    var left = 3 - presses;
    say('Shift, press ' + left + (left === 1 ? ' more time' : ' more times') + ' to exit.');
    timer = setTimeout(function () {
      reset();
      say('Exit this page expired.');
    }, 5000);
  });

  // A page restored from the back-forward cache must not stay hidden.
  window.addEventListener('pageshow', function () {
    document.documentElement.classList.remove('exit-this-page-active');
  });
  document.documentElement.classList.add('exit-this-page-ready');
})();
