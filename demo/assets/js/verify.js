// The demo site's own certificate check: the page asks the public verifyCertificate operation
// (GET /api/v1/certificates/{code}, no sign-in) and shows what it answers. ?code= fills it in.
const form = document.getElementById('verify-form');
const input = document.getElementById('verify-code');
const result = document.getElementById('verify-result');

function normalize(raw) {
  const plain = raw.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return plain.length === 12 ? `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}` : raw.trim().toUpperCase();
}

function show(lines, ok) {
  result.replaceChildren(
    ...lines.map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    }),
  );
  result.className = ok ? 'verify-ok' : 'error';
}

async function check(code) {
  show(['正在查验…'], true);
  try {
    const res = await fetch(`/api/v1/certificates/${encodeURIComponent(code)}`, { headers: { accept: 'application/json' } });
    if (res.status === 404 || res.status === 400) return show([`验证码 ${code} 不存在，证书无效。`], false);
    if (!res.ok) return show(['暂时无法查验，请稍后再试。'], false);
    const c = await res.json();
    show([`证书有效（验证码 ${c.code}）`, `持证人：${c.holderName}`, `项目：${c.title}`, `学时：${c.hours}`, `完成日期：${c.completedOn}`], true);
  } catch {
    show(['网络不可用，请稍后再试。'], false);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const code = normalize(input.value);
  input.value = code;
  history.replaceState(null, '', `?code=${encodeURIComponent(code)}`);
  void check(code);
});

const preset = new URL(location.href).searchParams.get('code');
if (preset) {
  input.value = normalize(preset);
  void check(input.value);
}
