// Calling several sources under one signal: each call has a signal of its own that follows the
// outer one, failures are collected (not thrown past the others), an abort wins, and the error of
// a request no source answered names every source.
import { describe, expect, it, vi } from 'vitest';
import { AgentDataError } from '../../../src/data/errors';
import { abortError, noSourceAnswered, settleAll } from '../../../src/data/fan-out';

describe('abortError', () => {
  it('is the signal’s own reason when that is an AbortError, else a fresh AbortError', () => {
    const own = new DOMException('stop', 'AbortError');
    const a = new AbortController();
    a.abort(own);
    expect(abortError(a.signal)).toBe(own);

    const b = new AbortController();
    b.abort('not an error');
    expect(abortError(b.signal)).toMatchObject({ name: 'AbortError' });
    const c = new AbortController();
    c.abort(new Error('timeout'));
    expect(abortError(c.signal)).toMatchObject({ name: 'AbortError' });
  });
});

describe('settleAll', () => {
  it('settles every call in input order, a throw before the promise like a rejection', async () => {
    const outer = new AbortController();
    const settled = await settleAll([1, 2, 3], outer.signal, async (n) => {
      if (n === 2) throw new Error('two');
      if (n === 3) return Promise.reject('three');
      return n * 10;
    });
    expect(settled).toEqual([
      { ok: true, value: 10 },
      { ok: false, error: new Error('two') },
      { ok: false, error: 'three' },
    ]);
    const sync = await settleAll(['x'], outer.signal, () => {
      throw new Error('sync');
    });
    expect(sync).toEqual([{ ok: false, error: new Error('sync') }]);
  });

  it('gives each call its own signal, aborted with the outer reason, and then rejects with an AbortError', async () => {
    const outer = new AbortController();
    const signals: AbortSignal[] = [];
    const pending = settleAll(['a', 'b'], outer.signal, (_, own) => {
      signals.push(own);
      return new Promise((_resolve, reject) => own.addEventListener('abort', () => reject(own.reason)));
    });
    expect(signals).toHaveLength(2);
    expect(signals[0]).not.toBe(outer.signal);
    expect(signals[0]).not.toBe(signals[1]);
    const reason = new DOMException('gone', 'AbortError');
    outer.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(signals.every((s) => s.aborted && s.reason === reason)).toBe(true);
  });

  it('rejects when aborted even if every call resolved', async () => {
    const outer = new AbortController();
    await expect(
      settleAll([1], outer.signal, async () => {
        outer.abort();
        return 1;
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('calls nothing when the signal is already aborted', async () => {
    const outer = new AbortController();
    outer.abort();
    const call = vi.fn(async () => 1);
    await expect(settleAll([1], outer.signal, call)).rejects.toMatchObject({ name: 'AbortError' });
    expect(call).not.toHaveBeenCalled();
  });

  it('leaves no listener on the outer signal once the calls are done', async () => {
    const outer = new AbortController();
    const add = vi.spyOn(outer.signal, 'addEventListener');
    const remove = vi.spyOn(outer.signal, 'removeEventListener');
    await settleAll([1, 2], outer.signal, async (n) => {
      if (n === 2) throw new Error('x');
      return n;
    });
    expect(add).toHaveBeenCalledTimes(2);
    expect(remove.mock.calls.map((c) => c[1])).toEqual(add.mock.calls.map((c) => c[1]));
  });
});

describe('noSourceAnswered', () => {
  it('leads with the sentence and names each source and its message, in order', () => {
    const error = noSourceAnswered('No data source could be loaded.', [
      { source: 'GitHub Actions', error: new AgentDataError('The server answered 502.', { kind: 'http' }) },
      { source: 'Warp', error: 'offline' },
    ]);
    expect(error).toBeInstanceOf(AgentDataError);
    expect(error.message).toBe(
      'No data source could be loaded. GitHub Actions: The server answered 502.; Warp: offline',
    );
  });

  it('keeps the sources’ kind when they agree, else network; the causes are the sources’ errors', () => {
    const parse = (m: string) => new AgentDataError(m, { kind: 'parse' });
    const agreed = noSourceAnswered('Lead.', [
      { source: 'A', error: parse('a') },
      { source: 'B', error: parse('b') },
    ]);
    expect(agreed.kind).toBe('parse');
    const mixed = noSourceAnswered('Lead.', [
      { source: 'A', error: parse('a') },
      { source: 'B', error: new AgentDataError('b', { kind: 'http' }) },
    ]);
    expect(mixed.kind).toBe('network');
    const plain = new Error('boom');
    const wrapped = noSourceAnswered('Lead.', [{ source: 'A', error: plain }]);
    expect(wrapped.kind).toBe('network');
    expect(wrapped.cause).toEqual([plain]);
  });
});
