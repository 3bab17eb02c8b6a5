import { describe, expect, it } from 'vitest';
import { AtomTable, AtomTableBuilder } from './atom-table.ts';
import { hashBytes } from './token-hash.ts';

describe('AtomTable', () => {
  it('finds exactly the added keys across growth, through the front bitmap and bitmap of big tables', () => {
    const builder = new AtomTableBuilder(true);
    const reference = new Map<number, number>();
    // IPv4-like keys (shared high bits), zero, negative and unsigned views of int32 values.
    let x = 0x0a000001;
    let wrong = 0;
    for (let i = 0; i < 150_000; i++) {
      const key = i % 3 === 0 ? (x += 7) >>> 0 : i % 3 === 1 ? -i : 0xc0a80000 + i;
      const { atom, isNew } = builder.addKey(key);
      if (isNew === reference.has(key | 0)) wrong++;
      if (isNew) reference.set(key | 0, atom);
    }
    expect(builder.addKey(0).isNew).toBe(!reference.has(0));
    const table = builder.freeze();
    expect(table.data().bitmap).toBeDefined();
    expect(table.data().front).toBeDefined();
    for (const [key, atom] of reference)
      if (!table.mayHave(key) || table.findKey(key) !== atom) wrong++;
    for (let i = 0; i < 150_000; i++) {
      const probe = 0x7f000000 + i;
      if (table.findKey(probe) !== (reference.get(probe) ?? -1)) wrong++;
    }
    expect(wrong).toBe(0);
  });

  it('verifies string atoms byte for byte, folding ASCII case only when asked', () => {
    const builder = new AtomTableBuilder(false);
    const values = [
      'evil.example',
      'a.evil.example',
      'xn--bcher-kva.example',
      'münchen@host.example',
    ];
    const atoms = values.map((v) => builder.addString(v).atom);
    expect(builder.addString('evil.example')).toEqual({ atom: atoms[0], isNew: false });
    const table = new AtomTable(builder.freeze().data());
    values.forEach((v, i) => expect(table.findString(v)).toBe(atoms[i]));
    expect(table.findString('evil.exampl')).toBe(-1);
    expect(table.findString('EVIL.example')).toBe(-1);
    const upper = new TextEncoder().encode('x EVIL.Example y');
    const hash = hashOf('evil.example');
    expect(table.findBytes(hash, upper, 2, 14, true)).toBe(atoms[0]);
    expect(table.findBytes(hash, upper, 2, 14, false)).toBe(-1);
  });

  it('lives in shared memory, so a worker gets it without a copy', () => {
    const builder = new AtomTableBuilder(false);
    builder.addString('evil.example');
    const data = builder.freeze().data();
    expect(data.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(data.arena!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(data.heads.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});

function hashOf(value: string): number {
  const bytes = new TextEncoder().encode(value);
  return hashBytes(bytes, 0, bytes.length);
}
