/**
 * The contract's answers as trees of fields (generated from openapi.yaml into
 * contract-tree.gen.ts), and `conform`, which makes a foreign backend's mapped answer
 * meet them where the contract allows a sure reading: documented defaults for what is
 * missing, and the type the contract names when the value says the same thing in another
 * type (`101` for the id `"101"`, `"12.5"` for 12.5, `"2024-05-01 10:00:00"` for a time).
 * Anything else is left as it is, so the shape check names it.
 */
export type TreeNode = string | { t?: string; p?: Record<string, TreeNode>; i?: TreeNode; d?: unknown };

const plainTime = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

/**
 * A time in one of the forms backends send, as ISO 8601: a time without a zone is China
 * Standard Time (UTC+8), as Chinese systems write them (`yyyy-MM-dd HH:mm:ss`); a number is
 * epoch milliseconds. Other text is returned unchanged.
 */
export function toIsoTime(value: unknown): unknown {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  if (typeof value !== 'string') return value;
  const plain = plainTime.exec(value.trim());
  if (plain) return new Date(`${plain[1]}T${plain[2]}+08:00`).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00+08:00`).toISOString();
  return value;
}

function coerce(value: unknown, letter: string | undefined): unknown {
  switch (letter) {
    case 's':
      return typeof value === 'number' || typeof value === 'bigint' ? String(value) : value;
    case 'n':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(+value) ? +value : value;
    case 'b':
      // Codes such as "0"/"1" mean different things in different systems: a value map says which.
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'd':
      return toIsoTime(value);
    default:
      return value;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` with the tree's defaults filled in and its types read as the contract names them. */
export function conform(value: unknown, node: TreeNode | undefined): unknown {
  if (node === undefined) return value;
  if (typeof node === 'string') return coerce(value, node);
  if (value === undefined) {
    if (node.d === undefined) return value;
    // A default object (`policy: {}`) still gets the defaults of its own fields below.
    value = structuredClone(node.d);
  }
  if (node.p && isObject(value)) {
    const out: Record<string, unknown> = { ...value };
    for (const [key, child] of Object.entries(node.p)) {
      const next = conform(value[key], child);
      if (next !== undefined) out[key] = next;
    }
    return out;
  }
  if (node.i && Array.isArray(value)) return value.map((item) => conform(item, node.i));
  return coerce(value, node.t);
}
