/** `npm run db:reset`: deletes the demo database and creates it again with fresh seed data. */
import { rmSync } from 'node:fs';
import { openDatabase } from './db/database';
import { DEFAULT_DB_PATH } from './paths';
import { seedDatabase } from './seed/seed';
import { loadAnonymityKey } from './store/anonymity';

const dbPath = process.env.PB_DB ?? DEFAULT_DB_PATH;
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
const db = openDatabase(dbPath);
// The key file beside the database stays (or PB_ANONYMITY_KEY): the server reads the same one.
seedDatabase(db, { now: Date.now(), anonymityKey: loadAnonymityKey(dbPath) });
const count = db.prepare('SELECT COUNT(*) FROM members').pluck().get();
db.close();
console.log(`Reseeded ${dbPath}: ${String(count)} members. Demo logins: demo-member / demo, demo-secretary / demo.`);
