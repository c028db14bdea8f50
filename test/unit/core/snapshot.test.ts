import { describe, expect, it } from 'vitest';
import { isRecord, read, REQUIRED_FIELDS, snapshot } from '../../../src/core/snapshot';

describe('snapshot', () => {
  it('copies the known fields one level deep, leaving out extras and null optional fields', () => {
    const creator = { id: 'u_1', name: 'Ada', avatarUrl: null, extra: 1 };
    const snap = snapshot({ id: 'r1', kind: 'ambient', title: 'T', statusDetail: null, extra: 'x', creator }, []);
    expect(snap).toEqual({ id: 'r1', kind: 'ambient', title: 'T', creator: { id: 'u_1', name: 'Ada' } });
    expect(snap.creator).not.toBe(creator);
    // A null required field is kept, so the schema reports it.
    expect(snapshot({ id: null, title: 'T' }, [])).toEqual({ id: null, title: 'T' });
    expect([...REQUIRED_FIELDS].sort()).toEqual(['createdAt', 'id', 'kind', 'title']);
  });

  it('runs every getter once, and keeps a throwing one as a value every schema rejects', () => {
    let reads = 0;
    const raw = {
      get title() {
        reads += 1;
        return 'T';
      },
      get kind(): string {
        throw new Error('boom');
      },
    };
    const snap = snapshot(raw, []);
    expect(reads).toBe(1);
    expect(snap.title).toBe('T');
    expect(typeof snap.kind).toBe('symbol');
    expect(read(raw, 'kind')).toBe(snap.kind);
  });

  it('drops a `__proto__` meta key and says so, copying arrays in meta', () => {
    const notes: string[] = [];
    const meta = JSON.parse('{"__proto__": "x", "env": "prod", "tags": ["a", "b"]}');
    const snap = snapshot({ id: 'r', meta }, notes);
    expect(notes).toEqual(['__proto__']);
    expect(Object.keys(snap.meta as object)).toEqual(['env', 'tags']);
    expect((snap.meta as { tags: string[] }).tags).not.toBe(meta.tags);
  });
});

describe('isRecord', () => {
  it('is true for plain objects only, and false for a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect([isRecord({}), isRecord([]), isRecord(null), isRecord('x'), isRecord(proxy)]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
