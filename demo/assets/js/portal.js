// Shared by every portal page: who is logged in, the logout form's CSRF field, today's
// date. Plain script, no inline code, so the site runs under `script-src 'self'`.
const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
for (const field of document.querySelectorAll('input[name="_csrf"]')) field.value = csrf;

const today = document.querySelector('[data-today]');
if (today) {
  today.textContent = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'full', timeZone: 'Asia/Shanghai' }).format(new Date());
}

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
