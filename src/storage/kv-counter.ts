/**
 * Wraps the KV binding for one request: counts reads, writes, deletes and lists (tests and
 * `npm run bench` hold DESIGN's KV budget with it) and turns any KV failure into a StorageError,
 * which the webhook answers with 5xx so Telegram redelivers the update.
 */
export interface KvOps {
  reads: number;
  writes: number;
  deletes: number;
  lists: number;
}

export class StorageError extends Error {
  constructor(op: string, cause: unknown) {
    super(`${op} failed`, { cause });
    this.name = "StorageError";
  }
}

export const zeroOps = (): KvOps => ({ reads: 0, writes: 0, deletes: 0, lists: 0 });

/** The subset of KVNamespace Ura uses: small enough to wrap honestly. */
export interface Kv {
  get(key: string): Promise<string | null>;
  getWithMetadata<M>(key: string): Promise<{ value: string | null; metadata: M | null }>;
  put(key: string, value: string, options?: KVNamespacePutOptions): Promise<void>;
  delete(key: string): Promise<void>;
  list<M>(options: KVNamespaceListOptions): Promise<KVNamespaceListResult<M, string>>;
}

export class CountingKv implements Kv {
  readonly ops: KvOps = zeroOps();
  constructor(private readonly kv: KVNamespace) {}

  private async run<T>(op: keyof KvOps, name: string, fn: () => Promise<T>): Promise<T> {
    this.ops[op]++;
    try {
      return await fn();
    } catch (error) {
      throw new StorageError(name, error);
    }
  }

  get(key: string) {
    return this.run("reads", "KV get", () => this.kv.get(key));
  }
  getWithMetadata<M>(key: string) {
    return this.run("reads", "KV get", () => this.kv.getWithMetadata<M>(key));
  }
  put(key: string, value: string, options?: KVNamespacePutOptions) {
    return this.run("writes", "KV put", () => this.kv.put(key, value, options));
  }
  delete(key: string) {
    return this.run("deletes", "KV delete", () => this.kv.delete(key));
  }
  list<M>(options: KVNamespaceListOptions) {
    return this.run("lists", "KV list", () => this.kv.list<M>(options));
  }
}
