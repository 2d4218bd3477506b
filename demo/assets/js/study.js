// 远程教育: the catalog links to `?course=<id>`; with a course chosen, the player shows it.
const params = new URLSearchParams(location.search);
const courseId = params.get('course');
const playerPanel = document.getElementById('player-panel');
const player = document.querySelector('pb-course-player');
if (courseId && /^[A-Za-z0-9_-]{1,64}$/.test(courseId)) {
  player.setAttribute('course-id', courseId);
  playerPanel.hidden = false;
  document.getElementById('catalog-title').textContent = '更多课程';
} else {
  playerPanel.hidden = true;
}
