using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Numerics.Tensors;
using System.Security.Cryptography;
using GenGateway.Storage.Embedded.Index;
using GenGateway.Storage.Embedded.Keys;
using GenGateway.Storage.Embedded.Log;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GenGateway.Storage.Embedded;

/// <summary>
/// The default store: an fsync'd append-only log on local disk with an in-memory index per tenant and user.
/// Vectors live in memory for scoring; payloads are read back from the log only for the points returned. Each user's
/// records are sealed with the user's own key (<see cref="UserKeyRing"/>); deleting a user destroys the key, so the
/// user's records left in the log until compaction are unreadable from the moment the delete returns.
/// </summary>
public sealed class EmbeddedVectorStore : IVectorStore, IDisposable
{
    private const int ScrollChunk = 256;

    private readonly EmbeddedVectorStoreOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly StoreLock _lock;
    private readonly AppendLog _log;
    private readonly string _metaPath;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ReaderWriterLockSlim _indexLock = new();
    private readonly LogRecordWriter _writer = new();
    private readonly UserKeyRing _keys;

    // Ciphers of the writer and of the replay (one thread each at a time); concurrent reads make their own.
    private readonly Dictionary<string, AesGcm> _ciphers = new(StringComparer.Ordinal);
    private EmbedderIdentity? _embedder;
    private float[] _replayVector = [];
    private byte[] _replayPlain = [];
    private TenantIndex? _index;
    private bool _disposed;

    /// <summary>Opens (creating if needed) the store in <see cref="EmbeddedVectorStoreOptions.Directory"/> and loads its index.</summary>
    public EmbeddedVectorStore(EmbeddedVectorStoreOptions options, ILogger<EmbeddedVectorStore>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        var started = Stopwatch.GetTimestamp();
        System.IO.Directory.CreateDirectory(options.Directory);
        _lock = StoreLock.Acquire(options.Directory);
        try
        {
            _keys = UserKeyRing.Open(options.Directory);
            _metaPath = Path.Combine(options.Directory, "meta.json");
            _embedder = StoreMetadata.Read(_metaPath);
            _index = _embedder is null ? null : new TenantIndex(_embedder.Dimension);
            var logPath = Path.Combine(options.Directory, "points.log");
            if (_index is not null)
            {
                ReserveShards(_index, _keys, logPath);
            }

            (_log, var torn) = AppendLog.Open(logPath, _time, Replay);
            _index?.TrimExcess();
            if (torn > 0)
            {
                EmbeddedStoreLog.TornTail(_logger, logPath, torn, _log.TornTailPath);
            }

            EmbeddedStoreLog.Opened(_logger, options.Directory, _index?.Count ?? 0, _log.Length, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch
        {
            _keys?.Dispose();
            DisposeCiphers();
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>Where the store's files are.</summary>
    public string Directory => _options.Directory;

    /// <summary>Bytes in the log, live and deleted records included.</summary>
    public long LogBytes => _log.Length;

    /// <inheritdoc />
    public async Task EnsureEmbedderAsync(EmbedderIdentity embedder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        if (embedder.Dimension <= 0 || string.IsNullOrWhiteSpace(embedder.Name))
        {
            throw new ArgumentException("An embedder needs a name and a positive dimension.", nameof(embedder));
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_embedder is not null)
            {
                if (_embedder != embedder)
                {
                    throw new EmbedderMismatchException(_embedder, embedder, _options.Directory);
                }

                return;
            }

            StoreMetadata.Write(_metaPath, embedder);
            _embedder = embedder;
            WithWriteLock(() => _index = new TenantIndex(embedder.Dimension));
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> GetExistingIdsAsync(string tenant, string userId, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        cancellationToken.ThrowIfCancellationRequested();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        WithReadLock(() =>
        {
            if (_index is null)
            {
                return;
            }

            foreach (var id in ids)
            {
                if (_index.Contains(tenant, userId, id))
                {
                    existing.Add(id);
                }
            }
        });
        return Task.FromResult<IReadOnlySet<string>>(existing);
    }

    /// <inheritdoc />
    public async Task UpsertAsync(IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return;
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var index = _index ?? throw new InvalidOperationException("Call EnsureEmbedderAsync before storing points: the store records which embedder made them.");
            foreach (var point in points)
            {
                PointValidation.Check(point, index.Dimension);
            }

            // Insert-only: keys already stored, and repeats within the batch, keep their first version.
            var fresh = new List<VectorPoint>(points.Count);
            var seen = new HashSet<(string, string, string)>();
            WithReadLock(() =>
            {
                foreach (var point in points)
                {
                    if (!index.Contains(point.Tenant, point.UserId, point.Id) && seen.Add((point.Tenant, point.UserId, point.Id)))
                    {
                        fresh.Add(point);
                    }
                }
            });

            if (fresh.Count == 0)
            {
                return;
            }

            // A new user's key is on disk (fsync'd) before any record sealed with it.
            _writer.Clear();
            var frames = new List<(int Offset, int Length)>(fresh.Count);
            foreach (var point in fresh)
            {
                var key = _keys.GetOrCreate(point.Tenant, point.UserId);
                frames.Add(_writer.AppendPoint(point, key, CipherFor(key)));
            }

            // Cancellation is not honoured past this point: a half-applied batch would differ between disk and memory.
            var start = _log.Append(_writer.WrittenMemory.Span);
            WithWriteLock(() =>
            {
                for (var i = 0; i < fresh.Count; i++)
                {
                    var (point, (offset, length)) = (fresh[i], frames[i]);
                    index.Add(point.Tenant, point.UserId, new IndexEntry(point.Id, point.Kind, point.OccurredAt, start + offset, length), point.Vector.Span);
                }
            });
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<VectorMatch>> SearchAsync(ReadOnlyMemory<float> query, VectorFilter filter, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<VectorMatch> result = [];
        WithReadLock(() =>
        {
            if (_index is null)
            {
                return;
            }

            if (query.Length != _index.Dimension)
            {
                throw new ArgumentException($"The query vector has {query.Length} dimensions; the store holds {_index.Dimension}-dimensional vectors.", nameof(query));
            }

            var unit = new float[query.Length];
            var norm = TensorPrimitives.Norm(query.Span);
            if (norm > 0 && float.IsFinite(norm))
            {
                TensorPrimitives.Divide(query.Span, norm, unit);
            }

            var kinds = TenantIndex.KindSet(filter);
            var top = new TopK(limit);
            foreach (var (_, shard) in _index.Select(filter))
            {
                shard.Score(unit, kinds, top);
            }

            result = top.BestFirst().Select(hit => new VectorMatch(ReadPoint(hit.Entry), hit.Score)).ToList();
        });
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<VectorPoint> ScrollAsync(VectorFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await Task.Yield();
        List<(string UserId, IndexEntry Entry)> selected = [];
        WithReadLock(() =>
        {
            if (_index is null)
            {
                return;
            }

            var kinds = TenantIndex.KindSet(filter);
            selected = _index.Select(filter).SelectMany(s => s.Shard.Entries(kinds).Select(e => (s.UserId, e))).ToList();
        });
        selected.Sort(static (a, b) =>
        {
            var byTime = a.Entry.OccurredAt.CompareTo(b.Entry.OccurredAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Entry.Id, b.Entry.Id);
        });

        for (var start = 0; start < selected.Count; start += ScrollChunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = new List<VectorPoint>(ScrollChunk);
            WithReadLock(() =>
            {
                foreach (var (userId, entry) in selected.Skip(start).Take(ScrollChunk))
                {
                    // A point deleted since the listing may already be compacted away; its offset is no longer valid.
                    if (_index is not null && _index.IsLive(filter.Tenant, userId, entry))
                    {
                        chunk.Add(ReadPoint(entry));
                    }
                }
            });

            foreach (var point in chunk)
            {
                yield return point;
            }
        }
    }

    /// <inheritdoc />
    public Task<long> CountAsync(VectorFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        cancellationToken.ThrowIfCancellationRequested();
        long count = 0;
        WithReadLock(() => count = CountUnlocked(filter));
        return Task.FromResult(count);
    }

    /// <inheritdoc />
    public async Task<long> DeleteAsync(VectorFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var index = _index;
            if (index is null)
            {
                return 0;
            }

            if (filter.Kinds is not { Count: > 0 })
            {
                return ShredUsers(index, filter);
            }

            long matching = 0;
            WithReadLock(() => matching = CountUnlocked(filter));
            if (matching == 0)
            {
                return 0;
            }

            // Some kinds only: the user keeps their key. The delete record is on disk before memory changes, so a
            // crash replays it; the deleted records stay sealed in the log until compaction.
            var user = filter.UserId is null ? null : _keys.Find(filter.Tenant, filter.UserId);
            _writer.Clear();
            _writer.AppendDelete(filter.Tenant, user, filter.Kinds);
            _log.Append(_writer.WrittenMemory.Span);
            long removed = 0;
            WithWriteLock(() => removed = index.Remove(filter).Count);
            CompactIfWorthIt(index);
            return removed;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Bytes of the key ring (one key per user with stored points).</summary>
    public long KeyRingBytes => _keys.FileBytes;

    /// <summary>Rewrites the log without deleted records now, whatever their share.</summary>
    public async Task CompactAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_index is not null)
            {
                Compact(_index);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public Task<VectorStoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        if (_disposed)
        {
            return Task.FromResult(new VectorStoreHealth(false, "embedded", "The store is closed."));
        }

        long count = 0;
        WithReadLock(() => count = _index?.Count ?? 0);
        var detail = _embedder is null
            ? $"{_options.Directory}: empty, no embedder recorded yet"
            : $"{_options.Directory}: {count} points from {_embedder}, log {_log.Length} bytes";
        return Task.FromResult(new VectorStoreHealth(true, "embedded", detail));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _writeGate.Wait();
        try
        {
            _disposed = true;
            _log.Dispose();
            _keys.Dispose();
            DisposeCiphers();
            _lock.Dispose();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    // A first, read-only pass counts each user's point records so every user's arrays are allocated once at their
    // size, instead of doubling through the replay (copies, and as much garbage again as the vectors themselves).
    private static void ReserveShards(TenantIndex index, UserKeyRing keys, string logPath)
    {
        var counts = new Dictionary<UserKey, int>();
        AppendLog.Visit(logPath, (_, _, body) =>
        {
            if (!body.IsEmpty && (LogRecordKind)body[0] == LogRecordKind.Point)
            {
                var header = LogRecordReader.ReadSealedHeader(body);
                if (keys.FindByToken(body.Slice(header.TokenStart, UserKey.TokenBytes)) is { } owner)
                {
                    counts[owner] = counts.GetValueOrDefault(owner) + 1;
                }
            }
        });
        foreach (var (owner, count) in counts)
        {
            index.Reserve(owner.Tenant, owner.UserId, count);
        }
    }

    private void Replay(long offset, int frameLength, ReadOnlySpan<byte> body)
    {
        switch (LogRecordReader.ReadKind(body))
        {
            case LogRecordKind.Point:
                var index = _index ?? throw new InvalidDataException($"{_options.Directory} has stored points but no meta.json naming their embedder.");
                var sealedHeader = LogRecordReader.ReadSealedHeader(body);
                if (_keys.FindByToken(body.Slice(sealedHeader.TokenStart, UserKey.TokenBytes)) is not { } key)
                {
                    // Its user was erased: the key is gone and the record is noise until compaction drops it.
                    break;
                }

                if (_replayVector.Length != index.Dimension)
                {
                    _replayVector = new float[index.Dimension];
                }

                var plainLength = LogRecordReader.PlainLength(body, sealedHeader);
                if (_replayPlain.Length < plainLength)
                {
                    _replayPlain = new byte[Math.Max(plainLength, _replayPlain.Length * 2)];
                }

                var plain = _replayPlain.AsSpan(0, plainLength);
                LogRecordReader.Open(body, sealedHeader, CipherFor(key), plain);
                var vector = _replayVector;
                var header = LogRecordReader.ReadPointHeader(sealedHeader.Tenant, plain, vector);
                if (header.Dimension != index.Dimension)
                {
                    throw new InvalidDataException($"A point at offset {offset} of {_options.Directory}/points.log has {header.Dimension} dimensions; meta.json says {index.Dimension}.");
                }

                index.Add(header.Tenant, header.UserId, new IndexEntry(header.Id, header.Kind, header.OccurredAt, offset, frameLength), vector);
                break;
            case LogRecordKind.Delete:
                var (tenant, token, kinds) = LogRecordReader.ReadDelete(body);
                if (token is null)
                {
                    _index?.Remove(new VectorFilter(tenant, null, kinds));
                }
                else if (_keys.FindByToken(token) is { } owner)
                {
                    _index?.Remove(new VectorFilter(tenant, owner.UserId, kinds));
                }

                break;
            default:
                throw new InvalidDataException($"Unknown record type {body[0]} at offset {offset} of {_options.Directory}/points.log.");
        }
    }

    private VectorPoint ReadPoint(IndexEntry entry)
    {
        var frame = entry.Length <= 16 * 1024 ? stackalloc byte[entry.Length] : new byte[entry.Length];
        _log.ReadFrame(entry.Offset, frame);
        var body = frame[LogFormat.FrameHeaderBytes..];
        var header = LogRecordReader.ReadSealedHeader(body);
        var key = _keys.FindByToken(body.Slice(header.TokenStart, UserKey.TokenBytes))
            ?? throw new InvalidDataException($"Vector log {_log.Path}: the record at offset {entry.Offset} has no key although it is indexed.");
        var plainLength = LogRecordReader.PlainLength(body, header);
        var plain = plainLength <= 16 * 1024 ? stackalloc byte[plainLength] : new byte[plainLength];

        // Reads run concurrently (under the read lock); AesGcm instances are not shared between threads.
        using (var cipher = new AesGcm(key.Key, LogFormat.TagBytes))
        {
            LogRecordReader.Open(body, header, cipher, plain);
        }

        return LogRecordReader.ReadPoint(header.Tenant, plain);
    }

    // Erasure by crypto-shredding: the users' keys are destroyed durably (key file rewritten and fsync'd) before memory
    // changes; their records stay in the log as noise until compaction reclaims the space.
    private long ShredUsers(TenantIndex index, VectorFilter filter)
    {
        var doomed = filter.UserId is null
            ? _keys.OfTenant(filter.Tenant).ToList()
            : _keys.Find(filter.Tenant, filter.UserId) is { } one ? [one] : [];
        long removed = 0;
        WithWriteLock(() =>
        {
            _keys.Destroy(doomed);
            foreach (var key in doomed)
            {
                if (_ciphers.Remove(key.TokenText, out var cipher))
                {
                    cipher.Dispose();
                }
            }

            removed = index.Remove(filter).Count;
        });
        CompactIfWorthIt(index);
        return removed;
    }

    private AesGcm CipherFor(UserKey key)
    {
        if (!_ciphers.TryGetValue(key.TokenText, out var cipher))
        {
            cipher = new AesGcm(key.Key, LogFormat.TagBytes);
            _ciphers[key.TokenText] = cipher;
        }

        return cipher;
    }

    private void DisposeCiphers()
    {
        foreach (var cipher in _ciphers.Values)
        {
            cipher.Dispose();
        }

        _ciphers.Clear();
    }

    private long CountUnlocked(VectorFilter filter)
    {
        if (_index is null)
        {
            return 0;
        }

        var kinds = TenantIndex.KindSet(filter);
        return kinds is null
            ? _index.Select(filter).Sum(s => (long)s.Shard.Count)
            : _index.Select(filter).Sum(s => (long)s.Shard.Entries(kinds).Count());
    }

    private void CompactIfWorthIt(TenantIndex index)
    {
        var garbage = _log.Length - LogFormat.Magic.Length - index.LiveBytes;
        if (garbage >= _options.CompactionMinGarbageBytes && garbage > index.LiveBytes)
        {
            Compact(index);
        }
    }

    private void Compact(TenantIndex index)
    {
        WithWriteLock(() =>
        {
            var before = _log.Length;
            var entries = index.All().Select(x => x.Entry).ToList();
            var newOffsets = _log.Rewrite(entries.Select(e => (e.Offset, e.Length)).ToList());
            for (var i = 0; i < entries.Count; i++)
            {
                entries[i].Offset = newOffsets[i];
            }

            EmbeddedStoreLog.Compacted(_logger, _log.Path, before, _log.Length);
        });
    }

    private void WithReadLock(Action action)
    {
        _indexLock.EnterReadLock();
        try
        {
            action();
        }
        finally
        {
            _indexLock.ExitReadLock();
        }
    }

    private void WithWriteLock(Action action)
    {
        _indexLock.EnterWriteLock();
        try
        {
            action();
        }
        finally
        {
            _indexLock.ExitWriteLock();
        }
    }
}
