using GenGateway.Storage.Files;

namespace GenGateway.Profiles.Persistence;

/// <summary>
/// Replaces a file so that after a crash it holds either the old or the new content, never a mix: write a temp file,
/// flush it to disk, rename it over the target, then flush the directory so the rename itself is durable.
/// </summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temp = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        FlushDirectory(directory);
    }

    /// <summary>
    /// Deletes a file durably, with any temporary file a crash left from a write of it (it holds the same kind of
    /// data); a missing file is fine. Returns whether the file was there.
    /// </summary>
    public static bool Delete(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        var leftovers = Directory.Exists(directory) ? Directory.GetFiles(directory, Path.GetFileName(path) + ".*.tmp") : [];
        foreach (var leftover in leftovers)
        {
            File.Delete(leftover);
        }

        var existed = File.Exists(path);
        if (existed)
        {
            File.Delete(path);
        }

        if (existed || leftovers.Length > 0)
        {
            FlushDirectory(directory);
        }

        return existed;
    }

    /// <summary>fsync on the directory, so renames and deletes in it survive power loss.</summary>
    public static void FlushDirectory(string directory) => DirectorySync.Flush(directory);
}
