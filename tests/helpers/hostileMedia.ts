import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { pngBytes } from './mediaFixtures.ts';

/** What a phone photo of pupils carries: EXIF (author, GPS, orientation 6 = turned), XMP with GPS, a JPEG comment. */
export async function jpegWithGps(width = 300, height = 200): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i += 3) raw[i] = (i / 3) % 256; // not flat, so orientation is visible in the pixels
  const xmp =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="21,1.71N" exif:GPSLongitude="105,51.25E"/>' +
    '</rdf:RDF></x:xmpmeta>';
  const jpeg = await sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Nguyen Van A', ImageDescription: 'Be Lan lop La' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .withXmp(xmp)
    .withIccProfile('p3')
    .toBuffer();
  const comment = Buffer.from('GPS 21.0285N 105.8542E - nha be Lan');
  const segment = Buffer.concat([Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 255]), comment]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** A real PNG whose header is rewritten to declare width × height (a decompression bomb: tiny file, huge canvas). */
export async function pngDeclaring(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await pngBytes(1, 1));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29); // IHDR: type + 13 data bytes, then its CRC
  return png;
}

/** A ZIP whose one member inflates to 20 MB (a zip bomb in miniature): it is not an accepted format at all. */
export function zipBomb(): Buffer {
  const data = deflateSync(Buffer.alloc(20 * 1024 * 1024), { level: 9 });
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(8, 8); // deflate
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(20 * 1024 * 1024, 22);
  header.writeUInt16LE(5, 26);
  return Buffer.concat([header, Buffer.from('a.bin'), data]);
}

/** One PDF object body: text, or a stream given as its dictionary (without /Length) and its bytes. */
export type PdfObject = string | { dict: string; data: Buffer };

/**
 * A PDF written by hand from object bodies (object n is `objects[n - 1]`), with a correct cross-reference table.
 * Objects 1–4 of `posterObjects` make a valid one-page poster; hostile tests add to them.
 */
export function pdfFrom(objects: PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Buffer) => (parts.push(b), (length += b.length));
  objects.forEach((obj, i) => {
    offsets.push(length);
    if (typeof obj === 'string') push(Buffer.from(`${i + 1} 0 obj\n${obj}\nendobj\n`, 'latin1'));
    else {
      push(Buffer.from(`${i + 1} 0 obj\n<< ${obj.dict} /Length ${obj.data.length} >>\nstream\n`, 'latin1'));
      push(obj.data);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`;
  push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}

const content = '0.1 0.4 0.8 rg 60 400 475 300 re f';
/** A valid one-page A4 poster; `catalogExtra` / `pageExtra` are spliced into the catalog and page dictionaries. */
export const posterObjects = (catalogExtra = '', pageExtra = ''): PdfObject[] => [
  `<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`,
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> ${pageExtra}>>`,
  { dict: '', data: Buffer.from(content, 'latin1') },
];

/** An object stream (compressed: its objects are invisible in the file's bytes) holding `bodies` as objects first, first+1, … */
export function objectStream(first: number, bodies: string[]): PdfObject {
  let header = '';
  let body = '';
  bodies.forEach((b, i) => {
    header += `${first + i} ${body.length} `;
    body += `${b}\n`;
  });
  return { dict: `/Type /ObjStm /N ${bodies.length} /First ${header.length} /Filter /FlateDecode`, data: deflateSync(Buffer.from(header + body, 'latin1')) };
}

/** The hostile PDFs a school could be sent, each with what the server must answer. */
export function hostilePdfs(): { name: string; bytes: Buffer }[] {
  const withDocInfo = (extra: PdfObject[], catalogExtra: string, pageExtra = '') => pdfFrom([...posterObjects(catalogExtra, pageExtra), ...extra]);
  return [
    { name: 'OpenAction JavaScript', bytes: withDocInfo(['<< /S /JavaScript /JS (app.alert\\(1\\)) >>'], '/OpenAction 5 0 R') },
    { name: 'page /AA launching a program', bytes: withDocInfo([], '', '/AA << /O << /S /Launch /F (cmd.exe) >> >>') },
    { name: 'embedded file in a name tree', bytes: withDocInfo(['<< /EmbeddedFiles << /Names [(a.exe) 6 0 R] >> >>', '<< /Type /Filespec /F (a.exe) >>'], '/Names 5 0 R') },
    {
      // Everything active sits compressed in an object stream, with names spelled through #xx escapes.
      name: 'JavaScript hidden in an object stream with escaped names',
      bytes: withDocInfo([objectStream(6, ['<< /J#61vaScript << /Names [(x) 7 0 R] >> >>', '<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>'])], '/Names 6 0 R'),
    },
    {
      name: 'OpenAction action dict inside an object stream',
      bytes: withDocInfo([objectStream(6, ['<< /S /URI /URI (http://evil.example) /Next 7 0 R >>', '<< /S /Rich#4dedia >>'])], '/OpenAction 6 0 R'),
    },
    { name: 'object-stream decompression bomb', bytes: withDocInfo([{ dict: '/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', data: deflateSync(Buffer.alloc(24 * 1024 * 1024, 0x20)) }], '') },
    { name: 'polyglot: %PDF- then a web page', bytes: Buffer.from('%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n', 'latin1') },
    { name: 'polyglot: %PDF- then anything that does not parse', bytes: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4000, 0x41)]) },
    { name: 'encrypted (its streams cannot be checked)', bytes: pdfFrom(posterObjects(), '/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >> ') },
  ];
}

/** A valid poster with document info and XMP metadata that must not reach the public, and an opening view. */
export function pdfWithMetadata(): Buffer {
  const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Nguyen Van A</dc:creator></x:xmpmeta>';
  return pdfFrom(
    [...posterObjects('/Metadata 6 0 R /OpenAction [3 0 R /Fit] '), '<< /Author (Nguyen Van A) /Producer (Secret Office 2019) >>', { dict: '/Type /Metadata /Subtype /XML', data: Buffer.from(xmp) }],
    '/Info 5 0 R ',
  );
}
