import { describe, expect, it } from 'vitest';
import { StoreError } from './errors.ts';
import { parseStoreUrl } from './open.ts';
import { redactStoreUrl } from './redact.ts';

describe('parseStoreUrl', () => {
  it('picks PostgreSQL for postgres:// and postgresql:// URLs', () => {
    for (const url of ['postgres://u@h:5432/db', 'postgresql://u@h/db', 'POSTGRES://h/db'])
      expect(parseStoreUrl(url)).toEqual({ engine: 'postgres', url });
  });

  it('picks SQLite for file paths and sqlite: URLs', () => {
    expect(parseStoreUrl('.vigil/vigil.sqlite')).toEqual({
      engine: 'sqlite',
      path: '.vigil/vigil.sqlite',
    });
    expect(parseStoreUrl('sqlite:/var/lib/vigil.db')).toEqual({
      engine: 'sqlite',
      path: '/var/lib/vigil.db',
    });
    expect(parseStoreUrl('sqlite:///var/lib/vigil.db')).toEqual({
      engine: 'sqlite',
      path: '/var/lib/vigil.db',
    });
    expect(parseStoreUrl('C:\\vigil\\store.sqlite')).toEqual({
      engine: 'sqlite',
      path: 'C:\\vigil\\store.sqlite',
    });
  });

  it('rejects empty and unsupported URLs with invalid_input', () => {
    for (const url of ['', '   ', 'sqlite:', 'mysql://h/db', 'https://example.com/x']) {
      const error = (() => {
        try {
          return parseStoreUrl(url);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('invalid_input');
    }
  });
});

describe('redactStoreUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactStoreUrl('postgres://vigil:s3cr3t@db.internal:5432/vigil')).toBe(
      'postgres://vigil:***@db.internal:5432/vigil',
    );
    expect(redactStoreUrl('postgres://vigil@db/vigil')).toBe('postgres://vigil@db/vigil');
  });
});
