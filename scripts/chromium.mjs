import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The Chromium the tests drive. No test tool may download its own browser here, so it is
 * Debian's: installed on the spot when we run as root, otherwise one line saying how.
 * Returns the executable path, or null after printing that line.
 */
export function ensureChromium() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian chromium and fonts-noto-cjk with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    if (existsSync(path)) return path;
  }
  console.error(`Chromium not found at ${path}: install it with "sudo apt-get install -y chromium fonts-noto-cjk" (or set CHROME_PATH).`);
  return null;
}
