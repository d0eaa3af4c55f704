/*
 * RFC 5545 3.1 line folding, byte for byte what ical-generator's `foldLines` writes (lines of
 * at most 75 octets: 74 plus the CRLF-space, cut on whole UTF-8 characters), but in linear
 * time: the library appends one character at a time to a string, which on a 2 MB export of
 * accented text costs more than building the events themselves.
 */

const ASCII = /^[\x00-\x7f]*$/;

/** `text` (CRLF-separated lines) with each long line cut into 74-octet pieces. */
export function foldLines(text: string): string {
  const lines = text.split('\r\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > 74 || !ASCII.test(line)) lines[i] = foldLine(line);
  }
  return lines.join('\r\n');
}

function foldLine(line: string): string {
  const pieces: string[] = [];
  let from = 0;
  let octets = 0;
  for (let at = 0; at < line.length; at++) {
    const start = at;
    const code = line.charCodeAt(at);
    let size = 3;
    if (code < 0x80) size = 1;
    else if (code < 0x800) size = 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      size = 4; // a surrogate pair: one 4-octet character, never cut in two
      at++;
    }
    octets += size;
    if (octets > 74) {
      pieces.push(line.slice(from, start));
      from = start;
      octets = size;
    }
  }
  pieces.push(line.slice(from));
  return pieces.join('\r\n ');
}
