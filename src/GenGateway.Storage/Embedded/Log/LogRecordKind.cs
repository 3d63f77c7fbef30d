namespace GenGateway.Storage.Embedded.Log;

/// <summary>First byte of every record body.</summary>
internal enum LogRecordKind : byte
{
    Point = 1,
    Delete = 2,
}
