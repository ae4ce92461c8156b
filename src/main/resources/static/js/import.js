// 导入页: refuse a file over the size limit before uploading it (the server refuses it anyway).
(function () {
  var form = document.getElementById('import-form');
  var input = document.getElementById('file');
  var warning = document.getElementById('size-warning');
  var button = document.getElementById('upload');
  if (!form || !input) {
    return;
  }
  input.addEventListener('change', function () {
    var tooLarge = input.files.length > 0 && input.files[0].size > Number(form.dataset.maxBytes);
    warning.classList.toggle('d-none', !tooLarge);
    button.disabled = tooLarge;
  });
})();
