using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace GenGateway.Experiments.Recording;

/// <summary>
/// The embedded experiment store: one JSON line per entry in <c>&lt;data&gt;/experiments/&lt;tenant&gt;/&lt;experiment&gt;.jsonl</c>,
/// flushed to disk before an append returns (unless built with <c>durable: false</c>, which only the simulator does).
/// First assignments and request ids are indexed in memory when the store opens.
/// </summary>
public sealed class FileExperimentStore : IExperimentStore, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _root;
    private readonly bool _durable;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, FileStream> _writers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Tenant, string Experiment, string Unit), string> _firstArm = [];
    private readonly Dictionary<(string Tenant, string RequestId), ExposureRecord> _exposures = [];

    /// <summary>Opens the store under a data directory, indexing what is already there.</summary>
    public FileExperimentStore(string dataDirectory, bool durable = true)
    {
        _root = Path.Combine(dataDirectory, "experiments");
        _durable = durable;
        Directory.CreateDirectory(_root);
        foreach (var file in Directory.EnumerateFiles(_root, "*.jsonl", SearchOption.AllDirectories))
        {
            TruncateTornTail(file);
            foreach (var entry in ReadFile(file))
            {
                Index(entry);
            }
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(ExposureRecord exposure, CancellationToken cancellationToken = default) =>
        AppendAsync(exposure.Tenant, exposure.ExperimentId, new ExperimentEntry { Exposure = exposure }, cancellationToken);

    /// <inheritdoc />
    public Task AppendAsync(OutcomeRecord outcome, CancellationToken cancellationToken = default) =>
        AppendAsync(outcome.Tenant, outcome.ExperimentId, new ExperimentEntry { Outcome = outcome }, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<string?> FirstArmAsync(string tenant, string experimentId, string unit, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return _firstArm.GetValueOrDefault((tenant, experimentId, unit));
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<ExposureRecord?> FindExposureAsync(string tenant, string requestId, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return _exposures.GetValueOrDefault((tenant, requestId));
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ExperimentEntry> ReadAsync(string tenant, string experimentId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var path = PathOf(tenant, experimentId);
        List<ExperimentEntry> entries;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            entries = File.Exists(path) ? [.. ReadFile(path)] : [];
        }
        finally
        {
            _lock.Release();
        }

        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExperimentEntry>> ExportUserAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            return [.. TenantFiles(tenant).SelectMany(ReadFile).Where(e => UserOf(e) == userId)];
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<int> EraseUserAsync(string tenant, string userId, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var removed = 0;
            foreach (var file in TenantFiles(tenant).ToList())
            {
                var all = ReadFile(file).ToList();
                var kept = all.Where(e => UserOf(e) != userId).ToList();
                if (kept.Count == all.Count)
                {
                    continue;
                }

                removed += all.Count - kept.Count;
                if (_writers.Remove(file, out var writer))
                {
                    await writer.DisposeAsync();
                }

                // The user's lines must not survive anywhere: write the rest to a new file and rename it over the old.
                var temp = file + ".tmp";
                await using (var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    foreach (var entry in kept)
                    {
                        await output.WriteAsync(Line(entry), cancellationToken);
                    }

                    output.Flush(flushToDisk: true);
                }

                File.Move(temp, file, overwrite: true);
            }

            foreach (var key in _firstArm.Keys.Where(k => k.Tenant == tenant).ToList())
            {
                _firstArm.Remove(key);
            }

            foreach (var key in _exposures.Keys.Where(k => k.Tenant == tenant).ToList())
            {
                _exposures.Remove(key);
            }

            // Rebuild the tenant's index from what is left rather than guess which units belonged to the user.
            foreach (var entry in TenantFiles(tenant).SelectMany(ReadFile))
            {
                Index(entry);
            }

            return removed;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }

        _writers.Clear();
        _lock.Dispose();
    }

    private async Task AppendAsync(string tenant, string experimentId, ExperimentEntry entry, CancellationToken cancellationToken)
    {
        var line = Line(entry);
        var path = PathOf(tenant, experimentId);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (!_writers.TryGetValue(path, out var writer))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                writer = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
                _writers[path] = writer;
            }

            await writer.WriteAsync(line, CancellationToken.None);
            writer.Flush(flushToDisk: _durable);
            Index(entry);
        }
        finally
        {
            _lock.Release();
        }
    }

    private void Index(ExperimentEntry entry)
    {
        if (entry.Exposure is { } exposure)
        {
            _firstArm.TryAdd((exposure.Tenant, exposure.ExperimentId, exposure.Unit), exposure.Arm);
            _exposures[(exposure.Tenant, exposure.RequestId)] = exposure with { Candidates = [] };
        }
    }

    private static string? UserOf(ExperimentEntry entry) => entry.Exposure?.UserId ?? entry.Outcome?.UserId;

    private static byte[] Line(ExperimentEntry entry)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(entry, Json);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        return line;
    }

    private IEnumerable<string> TenantFiles(string tenant)
    {
        var directory = Path.Combine(_root, SafeName(tenant));
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*.jsonl") : [];
    }

    private string PathOf(string tenant, string experimentId) => Path.Combine(_root, SafeName(tenant), SafeName(experimentId) + ".jsonl");

    // Tenant and experiment names come from configuration; anything beyond [A-Za-z0-9._-] is hex-escaped so a name can
    // never leave the folder.
    private static string SafeName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && builder.Length > 0))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static IEnumerable<ExperimentEntry> ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            ExperimentEntry? entry = null;
            try
            {
                // A line cut short by a crash mid-write is skipped, never fatal.
                entry = line.Length > 0 && line[^1] == '}' ? JsonSerializer.Deserialize<ExperimentEntry>(line, Json) : null;
            }
            catch (JsonException)
            {
            }

            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    private static void TruncateTornTail(string path)
    {
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
}
