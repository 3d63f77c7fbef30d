using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace GenGateway.Storage.Embeddings;

/// <summary>
/// Puts the <c>data</c> items of an OpenAI-style embeddings response in <c>index</c> order before the SDK reads them.
/// The OpenAI SDK (and so Microsoft.Extensions.AI.OpenAI's generator) returns vectors in the order the server lists
/// them, while the API identifies each by <c>index</c>; some compatible servers answer a batch out of order, which would
/// silently attach vectors to the wrong texts. A response already in order passes through untouched.
/// </summary>
public sealed class EmbeddingsOrderHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var ordered = Reorder(body);
        var content = new StringContent(ordered ?? body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        response.Content = content;
        return response;
    }

    /// <summary>The body with <c>data</c> sorted by <c>index</c>, or null when it needs no change (or is not an embeddings list).</summary>
    internal static string? Reorder(string body)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }

        if (root?["data"] is not JsonArray data)
        {
            return null;
        }

        var indexes = new List<int>(data.Count);
        foreach (var item in data)
        {
            if (item?["index"] is not JsonValue value || !value.TryGetValue<int>(out var index))
            {
                return null;
            }

            indexes.Add(index);
        }

        if (indexes.SequenceEqual(indexes.Order()))
        {
            return null;
        }

        var sorted = data.Select((item, i) => (Item: item, Index: indexes[i])).OrderBy(x => x.Index).Select(x => x.Item).ToList();
        data.Clear();
        foreach (var item in sorted)
        {
            data.Add(item);
        }

        return root.ToJsonString();
    }
}
