using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace GenGateway.EvalSuites.Running;

/// <summary>
/// Model answers on disk, one JSON file per request hash under <c>&lt;dir&gt;/&lt;2 hex&gt;/&lt;hash&gt;.json</c>.
/// The hash covers the provider, model, endpoint, every message and every sampling setting (temperature, seed,
/// top-p, token limit, stop sequences), so a changed prompt or setting never reuses an old answer.
/// </summary>
internal sealed class ResponseCache(string directory)
{
    public string Directory { get; } = directory;

    public static string Key(string provider, string? model, string? baseUrl, IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        var payload = new JsonObject
        {
            ["v"] = 1,
            ["provider"] = provider,
            ["model"] = options?.ModelId ?? model,
            ["baseUrl"] = baseUrl,
            ["messages"] = new JsonArray([.. messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role.Value, ["text"] = m.Text })]),
            ["temperature"] = options?.Temperature,
            ["topP"] = options?.TopP,
            ["maxTokens"] = options?.MaxOutputTokens,
            ["seed"] = options?.Seed,
            ["stop"] = options?.StopSequences is { } stop ? new JsonArray([.. stop.Select(s => (JsonNode)JsonValue.Create(s))]) : null,
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payload.ToJsonString())));
    }

    public async Task<CachedResponse?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<CachedResponse>(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            // A torn write from an interrupted run is a miss, not an error.
            return null;
        }
    }

    public async Task SetAsync(string key, CachedResponse response, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Write then rename, so a concurrent reader never sees half a file.
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(response), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(Directory, key[..2], key + ".json");
}
