// Shared by every portal page: who is logged in, the logout form's CSRF field (the date,
// language and text size are prefs.js's). Plain script, no inline code, so the site runs
// under `script-src 'self'`.
const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
for (const field of document.querySelectorAll('input[name="_csrf"]')) field.value = csrf;

/** The logged-in member, shared with the page scripts. */
export const me = fetch('/api/v1/me', { credentials: 'same-origin' })
  .then((response) => (response.ok ? response.json() : null))
  .catch(() => null);

me.then((member) => {
  if (!member) return;
  for (const el of document.querySelectorAll('[data-user-name]')) el.textContent = member.name;
  for (const el of document.querySelectorAll('[data-user-branch]')) el.textContent = member.branchName;
  for (const el of document.querySelectorAll('[data-role]')) {
    if (member.roles.includes(el.dataset.role)) el.hidden = false;
  }
});

// <pb-my-tasks> says how many tasks the member has (pb-tasks-change): the portal shows the
// count beside the panel's heading, as a site would on a badge in its menu.
// The count is in the page's language, again when the member switches it (prefs.js sets lang).
let taskTotal = 0;
const showTaskCount = () => {
  const words = document.documentElement.lang === 'en' ? `${taskTotal} to do` : `${taskTotal} 项`;
  for (const el of document.querySelectorAll('[data-task-count]')) el.textContent = taskTotal ? words : '';
};
document.addEventListener('pb-tasks-change', (event) => {
  taskTotal = event.detail.counts.total;
  showTaskCount();
});
new MutationObserver(showTaskCount).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
