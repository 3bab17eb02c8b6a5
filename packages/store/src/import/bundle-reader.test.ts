import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CoreError } from '@vigil/core';
import { describeWithData } from '../../../../test-support/data.ts';
import { readBundle } from './bundle-reader.ts';

const encoder = new TextEncoder();

/** Feeds `text` in chunks of `size` bytes, so every token boundary lands inside some chunk. */
function* chunks(text: string, size: number): Generator<Uint8Array> {
  const bytes = encoder.encode(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function readAll(text: string, size = 7, maxBytes?: number) {
  const out = [];
  for await (const entry of readBundle(chunks(text, size), { maxBytes })) out.push(entry);
  return out;
}

async function errorOf(text: string, maxBytes?: number): Promise<CoreError> {
  try {
    await readAll(text, 5, maxBytes);
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error('expected a CoreError');
}

const objects = [
  { type: 'identity', id: 'identity--1', name: 'Ünïcode "quoted" {brace} [bracket] \\ back' },
  { type: 'note', id: 'note--2', nested: { a: [1, { b: '}' }], c: null, d: true } },
];

describe('readBundle', () => {
  it('yields every object, whatever the chunk size and key order', async () => {
    const text = JSON.stringify({ id: 'bundle--x', objects, spec_version: '2.0', type: 'bundle' });
    for (const size of [1, 2, 3, 7, 64, 1 << 16]) {
      const entries = await readAll(text, size);
      expect((await readAll(`\uFEFF${text}`, size)).map((e) => e.object)).toEqual(objects);
      expect(entries.map((e) => e.object)).toEqual(objects);
      expect(entries.map((e) => e.index)).toEqual([0, 1]);
    }
    const pretty = `\uFEFF${JSON.stringify({ type: 'bundle', objects, x_n: 3, x_f: false }, null, 2)}`;
    expect((await readAll(pretty)).map((e) => e.object)).toEqual(objects);
  });

  it('streams: yields an object before the rest of the input is even produced', async () => {
    let chunksProduced = 0;
    function* lazy(): Generator<Uint8Array> {
      const head = '{"type":"bundle","objects":[' + JSON.stringify(objects[0]) + ',';
      chunksProduced++;
      yield encoder.encode(head);
      chunksProduced++;
      yield encoder.encode(JSON.stringify(objects[1]) + ']}');
    }
    const reader = readBundle(lazy());
    const first = await reader.next();
    expect(first.value).toEqual({ index: 0, object: objects[0] });
    expect(chunksProduced).toBe(1);
    await reader.return(undefined);
  });

  it('accepts a bundle with no objects', async () => {
    expect(await readAll('{"type":"bundle","id":"bundle--x","objects":[]}')).toEqual([]);
    expect(await readAll('{"type":"bundle","id":"bundle--x"}')).toEqual([]);
  });

  it('rejects an empty file', async () => {
    expect((await errorOf('')).message).toMatch(/empty input/);
  });

  it('reads one STIX object on its own, whatever its key order, and says so', async () => {
    const note = { id: 'note--2', objects: { 0: { type: 'x' } }, type: 'note', content: '}' };
    for (const text of [JSON.stringify(objects[0]), JSON.stringify(note, null, 2)]) {
      for (const size of [1, 3, 64]) {
        let container: string | undefined;
        const entries = [];
        for await (const entry of readBundle(chunks(`\uFEFF${text}`, size), {
          onContainer: (c) => (container = c),
        }))
          entries.push(entry);
        expect(entries).toEqual([{ index: 0, object: JSON.parse(text) as unknown }]);
        expect(container).toBe('object');
      }
    }
  });

  it('reads a JSON array of objects, and says so', async () => {
    const containers: string[] = [];
    const read = async (text: string) => {
      const out = [];
      for await (const entry of readBundle(chunks(text, 3), {
        onContainer: (c) => containers.push(c),
      }))
        out.push(entry.object);
      return out;
    };
    expect(await read(JSON.stringify(objects, null, 1))).toEqual(objects);
    expect(await read(' [ ] ')).toEqual([]);
    expect(await read(JSON.stringify({ type: 'bundle', objects }))).toEqual(objects);
    expect(containers).toEqual(['array', 'array', 'bundle']);
  });

  it('rejects what is neither a bundle, an array of objects nor one STIX object', async () => {
    expect((await errorOf('[1,2]')).message).toMatch(/objects\[0\] is not a JSON object/);
    expect((await errorOf('[{"a":1}] []')).message).toMatch(/unexpected data after/);
    expect((await errorOf('"bundle"')).message).toMatch(/^not STIX: the input must be/);
    expect((await errorOf('{"a":1}')).message).toMatch(/neither a bundle .* nor a STIX object/);
    expect((await errorOf('{"type":"indicator"}')).message).toMatch(/nor a STIX object/);
    expect((await errorOf('{}')).message).toMatch(/nor a STIX object/);
    expect((await errorOf('{"objects":[{"type":"x"}]}')).message).toMatch(/missing "type"/);
    expect((await errorOf('{"objects":[{"a":1}],"type":"note"}')).message).toMatch(
      /"type" is "note", expected "bundle"/,
    );
    expect((await errorOf('{"type":"bundle","objects":{}}')).message).toMatch(/must be an array/);
    expect((await errorOf('{"objects":{},"type":"bundle"}')).message).toMatch(/must be an array/);
    expect((await errorOf('{"type":"note","id":"note--1"')).message).toMatch(/unexpected end/);
  });

  it('names the object index of malformed JSON', async () => {
    const bad = '{"type":"bundle","objects":[{"type":"a","id":"a--1"},{"type":"b",id:"b--2"}]}';
    const error = await errorOf(bad);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^objects\[1\]: malformed JSON/);
    expect(error.details.index).toBe(1);
    expect((await errorOf('{"type":"bundle","objects":[{"a":[1}]}')).message).toMatch(
      /objects\[0\].*unexpected "\}"/,
    );
    expect((await errorOf('{"type":"bundle","objects":[{"a":1},7]}')).message).toMatch(
      /objects\[1\] is not a JSON object/,
    );
  });

  it('reports truncation and trailing garbage', async () => {
    expect((await errorOf('{"type":"bundle","objects":[{"a":1},{"b":')).message).toMatch(
      /unexpected end of input inside objects\[1\]/,
    );
    expect((await errorOf('{"type":"bundle","objects":[]} {}')).message).toMatch(
      /after the bundle/,
    );
  });

  it('rejects input above the size cap', async () => {
    const text = JSON.stringify({ type: 'bundle', objects });
    const error = await errorOf(text, 20);
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/size cap of 20 bytes/);
    expect(await readAll(text, 7, text.length + 10)).toHaveLength(2);
  });

  it('rejects invalid UTF-8', async () => {
    const bytes = new Uint8Array([
      ...encoder.encode('{"type":"bundle","objects":[{"a":"'),
      0xff,
      0x22,
      0x7d,
      0x5d,
      0x7d,
    ]);
    await expect(async () => {
      for await (const _ of readBundle([bytes])) void _;
    }).rejects.toThrow(/UTF-8/);
  });
});

describeWithData(
  'readBundle on ATT&CK enterprise',
  ['mitre-attack', 'enterprise-attack.json'],
  (path) => {
    it('streams the same 24,771 objects JSON.parse sees', async () => {
      const whole = (JSON.parse(readFileSync(path, 'utf8')) as { objects: { id: string }[] })
        .objects;
      const ids: string[] = [];
      for await (const { object } of readBundle(
        createReadStream(path, { highWaterMark: 65_536 }),
      )) {
        ids.push(object.id as string);
      }
      expect(ids).toEqual(whole.map((o) => o.id));
    });
  },
);
