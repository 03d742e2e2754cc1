// File systems that fail on purpose, to prove that nothing half written is left behind.
import { nodeFileSystem, type CliFileSystem, type CliWriteHandle } from "../file-system";

/** The real file system, except that writing a new file throws once `limit` bytes are written to it. */
export function failingAfter(limit: number, error: Error = Object.assign(new Error("no space left on device"), { code: "ENOSPC" })): CliFileSystem {
  const real = nodeFileSystem();
  return {
    ...real,
    async createExclusive(path): Promise<CliWriteHandle> {
      const handle = await real.createExclusive(path);
      let written = 0;
      return {
        async write(bytes) {
          const room = limit - written;
          if (bytes.length > room) {
            // Half the chunk reaches the disk, then the failure — as a full disk would.
            if (room > 0) await handle.write(bytes.subarray(0, room));
            written = limit;
            throw error;
          }
          await handle.write(bytes);
          written += bytes.length;
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}
