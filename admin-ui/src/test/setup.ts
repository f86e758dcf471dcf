// The app's session keeps its refresh token in the tab's sessionStorage, which Node lacks.
class MemoryStorage {
  private values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
  removeItem = (key: string) => void this.values.delete(key);
}

globalThis.sessionStorage ??= new MemoryStorage() as unknown as Storage;
