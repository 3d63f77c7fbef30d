using System.Security.Cryptography;
using System.Text;

namespace GenGateway.Profiles.Persistence;

/// <summary>Where a user's profile files live: <c>&lt;DataDirectory&gt;/profiles/&lt;tenant&gt;/&lt;user&gt;.*.json</c>.</summary>
internal sealed class UserPaths(string dataDirectory)
{
    /// <summary>Root of all profile files.</summary>
    public string Root { get; } = Path.GetFullPath(Path.Combine(dataDirectory, "profiles"));

    public string TenantDirectory(string tenant) => Path.Combine(Root, SafeName(tenant));

    public string Profile(string tenant, string userId) => Path.Combine(TenantDirectory(tenant), SafeName(userId) + ".profile.json");

    public string Consent(string tenant, string userId) => Path.Combine(TenantDirectory(tenant), SafeName(userId) + ".consent.json");

    /// <summary>
    /// Ids made of lower-case letters, digits, '-' and '_' are used as they are (readable on disk); any other id becomes
    /// '~' plus its SHA-256, so no id can escape the folder, clash on a case-insensitive disk or exceed a name's length.
    /// </summary>
    public static string SafeName(string id)
    {
        if (id.Length is > 0 and <= 100 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_'))
        {
            return id;
        }

        return "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
    }
}
