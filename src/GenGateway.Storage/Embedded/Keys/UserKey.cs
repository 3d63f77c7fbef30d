namespace GenGateway.Storage.Embedded.Keys;

/// <summary>
/// The encryption key of one user's records. Records name it by <see cref="Token"/> (random, says nothing about the
/// user); the user id itself is only inside the encrypted record and in the key ring.
/// </summary>
internal sealed record UserKey(string Tenant, string UserId, byte[] Token, byte[] Key)
{
    public const int TokenBytes = 16;
    public const int KeyBytes = 32;

    public string TokenText { get; } = Convert.ToHexString(Token);
}
