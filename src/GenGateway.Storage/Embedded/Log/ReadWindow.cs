using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace GenGateway.Storage.Embedded.Log;

/// <summary>A large read buffer sliding forward over a file, for the sequential scan on open.</summary>
internal sealed class ReadWindow(SafeFileHandle handle, long fileLength) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4 * 1024 * 1024);
    private long _start;
    private int _length;

    /// <summary>Bytes <c>[position, position + count)</c>; the caller has checked they are inside the file.</summary>
    public ReadOnlySpan<byte> Get(long position, int count)
    {
        if (position < _start || position + count > _start + _length)
        {
            if (count > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(count);
            }

            _start = position;
            _length = 0;
            var want = (int)Math.Min(_buffer.Length, fileLength - position);
            while (_length < want)
            {
                var read = RandomAccess.Read(handle, _buffer.AsSpan(_length, want - _length), position + _length);
                if (read == 0)
                {
                    break;
                }

                _length += read;
            }

            if (_length < count)
            {
                throw new IOException("The vector log shrank while it was being read.");
            }
        }

        return _buffer.AsSpan((int)(position - _start), count);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
