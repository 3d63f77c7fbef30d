namespace GenGateway.Storage.Embedded.Log;

/// <summary>
/// Layout of <c>points.log</c>: an 8-byte magic header, then frames <c>[u32 body length][u32 CRC-32 of body][body]</c>,
/// little-endian. A frame is only trusted when its length fits the file and its CRC matches. A point body is
/// <c>[type][tenant][key token][nonce][AES-GCM ciphertext][tag]</c>; version 01 logs (plain records) are refused.
/// </summary>
internal static class LogFormat
{
    public const int FrameHeaderBytes = 8;

    public const int NonceBytes = 12;

    public const int TagBytes = 16;

    /// <summary>Bigger than any record the store writes; a larger length field can only be garbage.</summary>
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    public static ReadOnlySpan<byte> Magic => "GGVLOG02"u8;

    /// <summary>The format before records were sealed per user.</summary>
    public static ReadOnlySpan<byte> PlainMagic => "GGVLOG01"u8;
}
