// "Copy link": copies the edition's canonical URL. The permalink works without this script.
// Its words come from the page (data-copied, data-blocked), in the site's language.
(function () {
  'use strict';
  function announce(status, message) {
    status.textContent = '';
    // A fresh text node after a tick makes screen readers announce a repeated message too.
    setTimeout(function () { status.textContent = message; }, 50);
  }

  function showField(box, status) {
    var field = box.querySelector('.share__field');
    var input = field && field.querySelector('input');
    if (!input) return;
    field.hidden = false;
    input.focus();
    input.select();
    announce(status, box.getAttribute('data-blocked'));
  }

  function enhance(box) {
    var button = box.querySelector('.share__copy');
    var status = box.querySelector('.share__status');
    if (!button || !status) return;
    var url = button.getAttribute('data-url');
    button.hidden = false;
    button.addEventListener('click', function () {
      var clipboard = navigator.clipboard;
      var copy = clipboard && clipboard.writeText ? clipboard.writeText(url) : Promise.reject(new Error('no clipboard'));
      copy.then(
        function () { announce(status, box.getAttribute('data-copied')); },
        function () {
          if (navigator.share) {
            navigator.share({ title: document.title, url: url }).catch(function (error) {
              if (!error || error.name !== 'AbortError') showField(box, status);
            });
          } else {
            showField(box, status);
          }
        }
      );
    });
  }

  var boxes = document.querySelectorAll('[data-share]');
  for (var i = 0; i < boxes.length; i++) enhance(boxes[i]);
})();
