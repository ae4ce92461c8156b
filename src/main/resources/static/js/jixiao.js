// Every htmx request carries the CSRF token of the page (from the <meta> tags of layout.html): the server refuses
// unsafe requests without it. Kept in a file because the Content-Security-Policy allows no inline script.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Forms with data-confirm ask first (e.g. 重置密码); the question is the attribute's text.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
