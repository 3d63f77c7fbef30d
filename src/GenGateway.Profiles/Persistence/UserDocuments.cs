using GenGateway.Storage;

namespace GenGateway.Profiles.Persistence;

/// <summary>
/// Where this gateway keeps per-user documents (consent, profile state, shared feedback): the shared store every replica reads (Qdrant) when one is registered,
/// else files under the data directory. <see cref="IsShared"/> tells callers whether a per-process cache is safe.
/// </summary>
internal sealed record UserDocuments(IUserDocumentStore Store, bool IsShared)
{
    public const string Consent = "consent";
    public const string Profile = "profile";
    public const string Feedback = "feedback";

    /// <summary>The replicas' shared privacy secret: one document under the empty tenant and user, which no API request can name.</summary>
    public const string PrivacySecret = "privacy-secret";
}
