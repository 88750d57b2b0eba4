/**
 * WebChannel's wire format (closure-library goog.labs.net.webchannel, protocol version 8):
 * forward-channel POST bodies in, length-prefixed chunks out.
 */

/**
 * JSON with every non-ASCII code unit escaped as \uXXXX. The client counts a chunk's length in
 * UTF-16 code units (it slices the response string), so an all-ASCII body makes that count equal
 * to the byte count whatever the charset.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** One chunk: `<length>\n<text>`, the length in UTF-16 code units (= bytes for ASCII text). */
export function chunk(text: string): string {
  return `${text.length}\n${text}`;
}

/** One message the client sent: its map id (ofs + N of `reqN___data__`) and its JSON text. */
export interface ForwardMap {
  id: number;
  json: string;
}

export interface ForwardBody {
  /** The handshake's `headers=` block (encodeInitMessageHeaders), decoded to lower-case names. */
  headers: Record<string, string>;
  maps: ForwardMap[];
}

const MAP_KEY = /^req(\d+)_(.+)$/;

/**
 * Parses `[headers=..&]count=N&ofs=M&req0___data__=..&req1___data__=..`. Map ids are ofs + N
 * where N comes from the key (the client may renumber after a retry, so position means nothing).
 * With sendRawJson every map has the single key `__data__`; other keys are kept as a JSON object so
 * a client without sendRawJson still gets through.
 */
export function parseForwardBody(body: string): ForwardBody {
  const params = new URLSearchParams(body);
  const ofs = Number(params.get('ofs') ?? 0);
  const rawHeaders = params.get('headers');
  const byIndex = new Map<number, Record<string, string>>();
  for (const [key, value] of params) {
    const match = MAP_KEY.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const field = match[2]!;
    let map = byIndex.get(index);
    if (!map) {
      map = {};
      byIndex.set(index, map);
    }
    map[field] = value;
  }
  const maps: ForwardMap[] = [...byIndex.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, map]) => ({
      id: (Number.isFinite(ofs) ? ofs : 0) + index,
      json: map.__data__ ?? JSON.stringify(map),
    }));
  return { headers: rawHeaders ? parseHeaderBlock(rawHeaders) : {}, maps };
}

/** `Name:value\r\n...` (goog.net.rpc.HttpCors) to a map with lower-case names. */
export function parseHeaderBlock(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}
