namespace GenGateway.Storage.Embedded;

/// <summary>
/// An exclusively opened <c>store.lock</c>: .NET takes an OS lock for <see cref="FileShare.None"/>, so a second process
/// (or a second store in this one) opening the same directory fails instead of interleaving appends.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream _file;

    private StoreLock(FileStream file) => _file = file;

    public static StoreLock Acquire(string directory)
    {
        var path = Path.Combine(directory, "store.lock");
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            file.Write(pid);
            file.Flush();
            return new StoreLock(file);
        }
        catch (IOException ex)
        {
            throw new VectorStoreLockedException(
                $"The vector store at {directory} is already open in another process (lock file {path}). " +
                "Stop that process, or point GenGateway:DataDirectory at another directory.", ex);
        }
    }

    public void Dispose() => _file.Dispose();
}
