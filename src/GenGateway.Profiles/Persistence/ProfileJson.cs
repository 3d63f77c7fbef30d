using System.Text.Json;

namespace GenGateway.Profiles.Persistence;

/// <summary>Serializer settings for the files under <c>profiles/</c>.</summary>
internal static class ProfileJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
