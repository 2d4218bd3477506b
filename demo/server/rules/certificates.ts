/**
 * Certificates and receipts as the contract shows them. Codes are 60 random bits in
 * Crockford's base 32 (no I, L, O, U: nothing to misread when typed from paper), grouped
 * `XXXX-XXXX-XXXX`. Pure but for the randomness the caller passes in.
 */

/** A certificate as issued and stored: the holder's name, title, hours and date as they were then. */
export interface CertificateRecord {
  code: string;
  memberId: string;
  kind: 'course' | 'year';
  subject: string;
  holderName: string;
  title: string;
  hours: number;
  completedOn: string;
  issuedAt: number;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A code from 8 random bytes (the first 60 bits are used). */
export function certificateCode(random: Uint8Array): string {
  let bits = 0n;
  for (const byte of random.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let out = '';
  for (let i = 0; i < 12; i++) out += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/** The holder's certificate (`Certificate`). */
export function certificateView(c: CertificateRecord) {
  return {
    code: c.code,
    kind: c.kind,
    holderName: c.holderName,
    title: c.title,
    hours: c.hours,
    completedOn: c.completedOn,
    issuedAt: new Date(c.issuedAt).toISOString(),
    courseId: c.kind === 'course' ? c.subject : null,
    year: c.kind === 'year' ? Number(c.subject) : null,
  };
}

/** What anyone with the code sees (`CertificateCheck`): whose, for what, how many 学时, when. Nothing else. */
export function certificateCheckView(c: CertificateRecord) {
  return { code: c.code, holderName: c.holderName, title: c.title, hours: c.hours, completedOn: c.completedOn };
}

/** `PB-2026-000123`: the year the payment was settled and the receipt's serial number. */
export function receiptNumber(paidAt: number, serial: number): string {
  return `PB-${new Date(paidAt + 8 * 3600 * 1000).getUTCFullYear()}-${String(serial).padStart(6, '0')}`;
}
