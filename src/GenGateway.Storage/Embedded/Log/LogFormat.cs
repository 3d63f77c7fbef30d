namespace GenGateway.Storage.Embedded.Log;

/// <summary>
/// Layout of <c>points.log</c>: an 8-byte magic header, then frames <c>[u32 body length][u32 CRC-32 of body][body]</c>,
/// little-endian. A frame is only trusted when its length fits the file and its CRC matches.
/// </summary>
internal static class LogFormat
{
    public const int FrameHeaderBytes = 8;

    /// <summary>Bigger than any record the store writes; a larger length field can only be garbage.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    public static ReadOnlySpan<byte> Magic => "GGVLOG01"u8;
}
