/**
 * Writes the two sample articles whose bytes are not UTF-8: a Windows-1252 wire story and a
 * UTF-16LE one with a byte-order mark. Run `npx node events/articles/encode-samples.ts` to
 * regenerate them; the generated files are committed.
 */
import { writeFileSync } from 'node:fs';

const WINDOWS_1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (c) => {
    const code = c.codePointAt(0) ?? 0x3f;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    return WINDOWS_1252[c] ?? 0x3f;
  });
}

function encodeUtf16leWithBom(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

const farmMarket = `Farmers Market Moves to Café Square

ASHFORD, Vt. — The Ashford farmers market will move to Café Square next Saturday, the town said, after 22 years in the library parking lot.

“We simply outgrew the lot,” said market manager Renée Dubois. “Vendors were parking on the lawn.”

The new site has room for 60 stalls — twice as many as before — and sits across from the bus stop.
`;

const ferryService = `Ferry Service Resumes After Engine Repairs

PORT HADLEY, Maine — Ferry service between Port Hadley and Gull Island resumed on Monday, two weeks after an engine fire forced the boat out of service.

"Islanders have been patient with us," said Capt. Ruth Ellison. "Now we owe them a boat that runs on time."

The ferry will run four round trips a day through Labor Day.
`;

const here = new URL('./', import.meta.url);
writeFileSync(new URL('farm-market-windows-1252.txt', here), encodeWindows1252(farmMarket));
writeFileSync(new URL('ferry-service-utf16le-bom.txt', here), encodeUtf16leWithBom(ferryService));
