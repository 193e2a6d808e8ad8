/**
 * What a language service remembers between calls about the strings it has read: each bullet's facts, how it opens,
 * the technologies a sentence names, the index of the user's own technologies. The same strings come back on every
 * keystroke, so this is what makes a lint after a keystroke cheap.
 *
 * One `Caches` per service (`createLanguageService`), passed down through the rule context, so two services never
 * share what they learned, and `dispose()` frees it. Each module declares the store it needs once, with `cacheSlot`,
 * and finds its own store in whichever `Caches` it is handed.
 */
export class Caches {
  #stores: unknown[] = [];

  /** This cache's store for `slot`, made on first use. */
  get<T>(slot: CacheSlot<T>): T {
    let store = this.#stores[slot.id] as T | undefined;
    if (store === undefined) {
      store = slot.create();
      this.#stores[slot.id] = store;
    }
    return store;
  }

  /** Entries in all the stores that count them. */
  get size(): number {
    return this.#stores.reduce<number>((sum, store) => sum + (store instanceof Map ? store.size : 0), 0);
  }

  /** Forgets everything. */
  clear(): void {
    this.#stores = [];
  }
}

export interface CacheSlot<T> {
  readonly id: number;
  readonly create: () => T;
}

let slots = 0;

/** Declares a store every `Caches` can hold; call once, at module level. */
export function cacheSlot<T>(create: () => T): CacheSlot<T> {
  return { id: slots++, create };
}

/** A map that forgets its oldest entry when a new key would take it over `limit`. */
export class BoundedMap<K, V> extends Map<K, V> {
  readonly #limit: number;

  constructor(limit: number) {
    super();
    this.#limit = limit;
  }

  override set(key: K, value: V): this {
    if (this.size >= this.#limit && !this.has(key)) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}
