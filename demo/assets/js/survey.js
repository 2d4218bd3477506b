// 问卷调查: `?q=<id>` picks the questionnaire; the side menu marks the current one. The
// widget shows the questionnaire's own title, so the panel keeps a general heading.
import { me } from './portal.js';

const params = new URLSearchParams(location.search);
const requested = params.get('q');
const links = [...document.querySelectorAll('.side-menu a[data-questionnaire]')];
const chosen = links.find((a) => a.dataset.questionnaire === requested) ?? links[0];
for (const link of links) {
  if (link === chosen) link.setAttribute('aria-current', 'page');
  else link.removeAttribute('aria-current');
}
document.querySelector('pb-questionnaire').setAttribute('questionnaire-id', chosen.dataset.questionnaire);
// A secretary sees the same questionnaire's results below it (the panel shows for secretaries only).
me.then((member) => {
  if (member?.roles.includes('secretary')) document.querySelector('pb-questionnaire-results').setAttribute('questionnaire-id', chosen.dataset.questionnaire);
});
