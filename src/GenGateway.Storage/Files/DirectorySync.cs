using System.Runtime.InteropServices;

namespace GenGateway.Storage.Files;

/// <summary>
/// fsyncs a directory so a file created, renamed or deleted in it survives a crash; .NET has no API for it.
/// On Windows, NTFS journals the metadata and this is a no-op.
/// </summary>
public static partial class DirectorySync
{
    private const int ReadOnlyFlag = 0;

    /// <summary>Flushes the directory's entries to disk; throws <see cref="IOException"/> when the OS refuses.</summary>
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = Open(directory, ReadOnlyFlag);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory {directory} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"fsync of directory {directory} failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
