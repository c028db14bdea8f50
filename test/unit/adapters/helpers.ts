// Shared by the adapter tests: parse what an adapter emits, and values built to break readers.
import { expect } from 'vitest';
import { BUILT_IN_SOURCES, getSourceMeta, parseAgentItems, type SourceRegistry } from '../../../src/core';
import type { AdapterItem } from '../../../src/adapters';

/** Parses adapter output and expects no issue at all (what a well-formed platform response gives). */
export function parseClean(items: AdapterItem[]) {
  const result = parseAgentItems(items);
  expect(result.issues).toEqual([]);
  expect(result.items).toHaveLength(items.length);
  return result.items;
}

/** The one parsed item of a single adapted run, with no issue. */
export function parseOne(items: AdapterItem[]) {
  expect(items).toHaveLength(1);
  return parseClean(items)[0]!;
}

/** An object every one of whose traps throws. */
export function throwingProxy(): object {
  const boom = () => {
    throw new Error('boom');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom });
}

/** A revoked Proxy: even `Array.isArray` throws on it. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
}

/** Bodies and list elements that throw when read, for an adapter whose list lives under `key`. */
export function hostileBodies(key: string): unknown[] {
  const throwingList = new Proxy([{}, {}], {
    get(target, prop) {
      if (prop === 'length') return 2;
      if (prop === '0') throw new Error('boom');
      return Reflect.get(target, prop);
    },
  });
  return [
    throwingProxy(),
    revokedProxy(),
    [
      throwingProxy(),
      revokedProxy(),
      {
        get id() {
          throw new Error('boom');
        },
      },
    ],
    {
      get [key]() {
        throw new Error('boom');
      },
    },
    { [key]: throwingProxy() },
    { [key]: revokedProxy() },
    { [key]: [throwingProxy(), null, 7, 'x', []] },
    throwingList,
  ];
}

/** Every source an adapter may emit is a built-in or labelled by its registry. */
export function expectLabelled(sources: Iterable<string>, registry: SourceRegistry): void {
  for (const source of sources) {
    const known = (BUILT_IN_SOURCES as readonly string[]).includes(source) || Object.hasOwn(registry, source);
    expect(known, `${source} is neither built in nor registered`).toBe(true);
    expect(getSourceMeta(source, registry).label).not.toBe('');
  }
}
