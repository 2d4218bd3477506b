/* ?plain turns the portal's theme off: the host-page test compares the widgets with and without it. */
if (new URLSearchParams(location.search).has('plain')) {
  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('hostile-theme').disabled = true;
  });
}
