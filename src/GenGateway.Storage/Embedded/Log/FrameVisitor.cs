namespace GenGateway.Storage.Embedded.Log;

/// <summary>Called for each valid frame while a log is opened.</summary>
internal delegate void FrameVisitor(long offset, int frameLength, ReadOnlySpan<byte> body);
