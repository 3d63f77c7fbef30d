using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Win32.SafeHandles;
using GenGateway.Storage.Files;

namespace GenGateway.Storage.Embedded.Log;

/// <summary>
/// The append-only file behind the embedded store. Appends are positional writes followed by fsync, so a completed
/// <see cref="Append"/> is on disk. On open, a torn tail (an incomplete or CRC-failing last write) is moved to a
/// side file and cut off; every frame before it is kept.
/// </summary>
internal sealed class AppendLog : IDisposable
{
    private SafeFileHandle _handle;
    private FileStream _flusher;

    private AppendLog(string path, SafeFileHandle handle, long length)
    {
        Path = path;
        _handle = handle;
        _flusher = new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0);
        Length = length;
    }

    public string Path { get; }

    /// <summary>End of the last valid frame: where the next append goes.</summary>
    public long Length { get; private set; }

    /// <summary>
    /// Opens (creating if needed) the log, calls <paramref name="onFrame"/> with each valid frame's offset, length and
    /// body in file order, and repairs a torn tail. Returns the log and the number of bytes cut off.
    /// </summary>
    public static (AppendLog Log, long TornBytes) Open(string path, TimeProvider time, FrameVisitor onFrame)
    {
        var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            var fileLength = RandomAccess.GetLength(handle);
            if (fileLength == 0)
            {
                RandomAccess.Write(handle, LogFormat.Magic, 0);
                var created = new AppendLog(path, handle, LogFormat.Magic.Length);
                created.FlushToDisk();
                DirectorySync.Flush(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
                return (created, 0);
            }

            CheckMagic(path, handle, fileLength);
            var validEnd = Scan(handle, fileLength, onFrame);
            var log = new AppendLog(path, handle, validEnd);
            var torn = fileLength - validEnd;
            if (torn > 0)
            {
                log.CutTornTail(fileLength, time);
            }

            return (log, torn);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Calls <paramref name="onFrame"/> with each valid frame of an existing log, read-only and without repairing
    /// anything (<see cref="Open"/> does that); does nothing when there is no log or it is not one.
    /// </summary>
    public static void Visit(string path, FrameVisitor onFrame)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var fileLength = RandomAccess.GetLength(handle);
        Span<byte> magic = stackalloc byte[LogFormat.Magic.Length];
        if (fileLength >= magic.Length && RandomAccess.Read(handle, magic, 0) == magic.Length && magic.SequenceEqual(LogFormat.Magic))
        {
            Scan(handle, fileLength, onFrame);
        }
    }

    /// <summary>Writes the frames at the end of the log and fsyncs; returns the file offset of the first byte written.</summary>
    public long Append(ReadOnlySpan<byte> frames)
    {
        var offset = Length;
        RandomAccess.Write(_handle, frames, offset);
        FlushToDisk();
        Length = offset + frames.Length;
        return offset;
    }

    /// <summary>Reads one whole frame (header and body) at <paramref name="offset"/> and checks its CRC.</summary>
    public void ReadFrame(long offset, Span<byte> frame)
    {
        var read = RandomAccess.Read(_handle, frame, offset);
        if (read != frame.Length || !FrameIsValid(frame))
        {
            throw new InvalidDataException($"Vector log {Path} is damaged at offset {offset}: the record no longer matches its checksum.");
        }
    }

    /// <summary>
    /// Rewrites the log keeping only the given frames, through a fsync'd temporary file and an atomic rename, and
    /// returns each frame's new offset (same order).
    /// </summary>
    public long[] Rewrite(IReadOnlyList<(long Offset, int Length)> frames)
    {
        var temporary = Path + ".compact";
        var newOffsets = new long[frames.Count];
        using (var target = File.OpenHandle(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
        {
            RandomAccess.Write(target, LogFormat.Magic, 0);
            long position = LogFormat.Magic.Length;
            var buffer = new byte[64 * 1024];
            for (var i = 0; i < frames.Count; i++)
            {
                var (offset, length) = frames[i];
                if (buffer.Length < length)
                {
                    buffer = new byte[length];
                }

                var frame = buffer.AsSpan(0, length);
                ReadFrame(offset, frame);
                RandomAccess.Write(target, frame, position);
                newOffsets[i] = position;
                position += length;
            }

            using var flusher = new FileStream(target, FileAccess.ReadWrite, bufferSize: 0);
            flusher.Flush(flushToDisk: true);
            Length = position;
        }

        File.Move(temporary, Path, overwrite: true);
        DirectorySync.Flush(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        _flusher.Dispose();
        _handle = File.OpenHandle(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        _flusher = new FileStream(_handle, FileAccess.ReadWrite, bufferSize: 0);
        return newOffsets;
    }

    public void Dispose()
    {
        _flusher.Dispose();
        _handle.Dispose();
    }

    private void FlushToDisk() => _flusher.Flush(flushToDisk: true);

    private static bool FrameIsValid(ReadOnlySpan<byte> frame)
    {
        var bodyLength = BinaryPrimitives.ReadUInt32LittleEndian(frame);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(frame[4..]);
        return bodyLength == frame.Length - LogFormat.FrameHeaderBytes
            && Crc32.HashToUInt32(frame[LogFormat.FrameHeaderBytes..]) == crc;
    }

    private static void CheckMagic(string path, SafeFileHandle handle, long fileLength)
    {
        Span<byte> magic = stackalloc byte[LogFormat.Magic.Length];
        var read = fileLength >= magic.Length ? RandomAccess.Read(handle, magic, 0) : 0;
        if (read == magic.Length && magic.SequenceEqual(LogFormat.PlainMagic))
        {
            throw new InvalidDataException(
                $"{path} was written by an earlier GenGateway that stored events unencrypted, so erasing a user could not make their "
                + "events unreadable. Stop the gateway, move the store directory away (it holds the events in clear: delete it once "
                + "moved), start again and re-ingest the events.");
        }

        if (read != magic.Length || !magic.SequenceEqual(LogFormat.Magic))
        {
            throw new InvalidDataException($"{path} is not a GenGateway vector log (bad header). Move it away to start an empty store.");
        }
    }

    private static long Scan(SafeFileHandle handle, long fileLength, FrameVisitor onFrame)
    {
        var window = new ReadWindow(handle, fileLength);
        try
        {
            long position = LogFormat.Magic.Length;
            while (fileLength - position >= LogFormat.FrameHeaderBytes)
            {
                var header = window.Get(position, LogFormat.FrameHeaderBytes);
                var bodyLength = BinaryPrimitives.ReadUInt32LittleEndian(header);
                var crc = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
                if (bodyLength == 0 || bodyLength > LogFormat.MaxBodyBytes || position + LogFormat.FrameHeaderBytes + bodyLength > fileLength)
                {
                    return position;
                }

                var frameLength = LogFormat.FrameHeaderBytes + (int)bodyLength;
                var body = window.Get(position, frameLength)[LogFormat.FrameHeaderBytes..];
                if (Crc32.HashToUInt32(body) != crc)
                {
                    return position;
                }

                onFrame(position, frameLength, body);
                position += frameLength;
            }

            return position;
        }
        finally
        {
            window.Dispose();
        }
    }

    private void CutTornTail(long fileLength, TimeProvider time)
    {
        // Keep the cut bytes next to the log rather than destroying them: if they were not a torn write but damage
        // in the middle of the file, an operator can still recover the records after it.
        var tornLength = (int)Math.Min(fileLength - Length, int.MaxValue);
        var torn = new byte[tornLength];
        var read = RandomAccess.Read(_handle, torn, Length);
        var sidePath = $"{Path}.torn-{time.GetUtcNow():yyyyMMddTHHmmssfff}";
        using (var side = File.OpenHandle(sidePath, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(side, torn.AsSpan(0, read), 0);
            using var flusher = new FileStream(side, FileAccess.Write, bufferSize: 0);
            flusher.Flush(flushToDisk: true);
        }

        RandomAccess.SetLength(_handle, Length);
        FlushToDisk();
        DirectorySync.Flush(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        TornTailPath = sidePath;
    }

    /// <summary>Where the bytes cut from a torn tail were saved, when there were any.</summary>
    public string? TornTailPath { get; private set; }
}
