// The Print button on a briefing. Without this script the button stays hidden and the page
// says to use the browser's Print command, so the page works either way.
(function () {
  var button = document.querySelector('[data-print]');
  if (!button) return;
  var hint = document.querySelector('[data-print-hint]');
  button.hidden = false;
  if (hint) hint.hidden = true;
  button.addEventListener('click', function () {
    window.print();
  });
})();
