using System.Text.Json;

namespace GenGateway.Core.Feedback;

/// <summary>
/// Durable feedback: one JSON line per event in <c>&lt;data&gt;/feedback/feedback.jsonl</c>, flushed to disk
/// before the call returns so an accepted feedback survives a crash.
/// </summary>
public sealed class FeedbackLog : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private FileStream _stream;

    /// <summary>Opens (or creates) the log under a data directory.</summary>
    public FeedbackLog(string dataDirectory)
    {
        var directory = Path.Combine(dataDirectory, "feedback");
        Directory.CreateDirectory(directory);
        FilePath = Path.Combine(directory, "feedback.jsonl");

        // An erase rewrite cut short leaves its temporary file; the log it was replacing is still whole.
        File.Delete(FilePath + ".tmp");
        TruncateTornTail(FilePath);
        _stream = Open();
    }

    /// <summary>Path of the log file.</summary>
    public string FilePath { get; }

    /// <summary>Appends a record and flushes it to disk.</summary>
    public async Task AppendAsync(FeedbackRecord record, CancellationToken cancellationToken = default)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(record, Json);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await _stream.WriteAsync(line, cancellationToken);
            _stream.WriteByte((byte)'\n');
            _stream.Flush(flushToDisk: true);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Cuts a last line a crash left without its newline, so the next append starts on a line of its own.</summary>
    private static void TruncateTornTail(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var end = file.Length;
        while (end > 0)
        {
            file.Position = end - 1;
            if (file.ReadByte() == '\n')
            {
                break;
            }

            end--;
        }

        if (end != file.Length)
        {
            file.SetLength(end);
            file.Flush(flushToDisk: true);
        }
    }

    private FileStream Open() => new(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);

    /// <summary>Reads every record (for export and analysis).</summary>
    public async Task<IReadOnlyList<FeedbackRecord>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var result = new List<FeedbackRecord>();
        await using var reader = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var text = new StreamReader(reader);
        while (await text.ReadLineAsync(cancellationToken) is { } line)
        {
            // A line cut short by a crash mid-write is skipped, never fatal.
            if (line.Length > 0 && line[^1] == '}')
            {
                try
                {
                    result.Add(JsonSerializer.Deserialize<FeedbackRecord>(line, Json)!);
                }
                catch (JsonException)
                {
                }
            }
        }

        return result;
    }

    /// <summary>Every record of one user, oldest first (export).</summary>
    public async Task<IReadOnlyList<FeedbackRecord>> ReadUserAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return (await ReadAllAsync(cancellationToken)).Where(r => r.Tenant == tenant && r.UserId == userId).ToList();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Removes every record of a user by rewriting the log atomically (temp file, flush, rename).</summary>
    public async Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var all = await ReadAllAsync(cancellationToken);
            var kept = all.Where(r => !(r.Tenant == tenant && r.UserId == userId)).ToList();
            if (kept.Count == all.Count)
            {
                return 0;
            }

            var temp = FilePath + ".tmp";
            await using (var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                foreach (var record in kept)
                {
                    await output.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(record, Json), cancellationToken);
                    output.WriteByte((byte)'\n');
                }

                output.Flush(flushToDisk: true);
            }

            await _stream.DisposeAsync();
            File.Move(temp, FilePath, overwrite: true);
            _stream = Open();
            return all.Count - kept.Count;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream.Dispose();
        _lock.Dispose();
    }
}
