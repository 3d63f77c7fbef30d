using System.Security.Cryptography;
using System.Text;

namespace GenGateway.Server.Tests.Auth;

/// <summary>Settings for API keys as an operator writes them: a name, a tenant, the key's SHA-256 and scopes.</summary>
public static class ApiKeys
{
    public static Dictionary<string, string?> Key(int index, string key, string tenant, params string[] scopes)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"GenGateway:Auth:Keys:{index}:Name"] = key,
            [$"GenGateway:Auth:Keys:{index}:Tenant"] = tenant,
            [$"GenGateway:Auth:Keys:{index}:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))),
        };
        for (int i = 0; i < scopes.Length; i++)
        {
            settings[$"GenGateway:Auth:Keys:{index}:Scopes:{i}"] = scopes[i];
        }

        return settings;
    }

    public static HttpRequestMessage With(this HttpRequestMessage request, string key)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return request;
    }
}
