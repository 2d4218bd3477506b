// 远程教育: the catalog links to `?course=<id>`; with a course chosen, the player shows it
// and the catalog's heading says "more courses". The secretary also sees the branch's
// study plans and the course requests (点单需求).
import { me } from './portal.js';

const params = new URLSearchParams(location.search);
const courseId = params.get('course');
const playerPanel = document.getElementById('player-panel');
const player = document.querySelector('pb-course-player');
const chosen = Boolean(courseId && /^[A-Za-z0-9_-]{1,64}$/.test(courseId));
if (chosen) player.setAttribute('course-id', courseId);
playerPanel.hidden = !chosen;
document.querySelector('[data-catalog="all"]').hidden = chosen;
document.querySelector('[data-catalog="more"]').hidden = !chosen;

me.then((member) => {
  if (member?.roles.includes('secretary')) {
    document.querySelector('pb-study-summary').setAttribute('branch-id', member.branchId);
    document.querySelector('pb-course-requests[view="branch"]').setAttribute('branch-id', member.branchId);
  }
});
