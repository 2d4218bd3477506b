// 登录: carry `?next=` through the form and show the error after a failed attempt.
const params = new URLSearchParams(location.search);
const next = params.get('next');
if (next && next.startsWith('/') && !next.startsWith('//')) document.querySelector('input[name="next"]').value = next;
if (params.get('error')) document.getElementById('login-error').hidden = false;
