using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace GenGateway.Storage.Embeddings;

/// <summary>
/// Embeddings from any OpenAI-compatible <c>POST {base}/embeddings</c> endpoint (OpenAI, Azure OpenAI v1, Ollama, vLLM,
/// llama.cpp server). Every returned vector is checked against the configured dimension, so a model swap behind the
/// same name is caught before anything is stored.
/// </summary>
public sealed class OpenAICompatibleEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly HttpClient _http;
    private readonly EmbeddingOptions _options;
    private readonly string _model;
    private readonly int _dimension;

    /// <summary>Creates the generator; <paramref name="http"/>'s base address is the API root including <c>/v1/</c>.</summary>
    public OpenAICompatibleEmbeddingGenerator(HttpClient http, EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
        _model = string.IsNullOrWhiteSpace(options.Model) ? throw new ArgumentException("GenGateway:Embeddings:Model is required for the openai provider.", nameof(options)) : options.Model;
        _dimension = options.Dimensions is > 0 and var d ? d : throw new ArgumentException("GenGateway:Embeddings:Dimensions is required for the openai provider.", nameof(options));
        Metadata = new EmbeddingGeneratorMetadata("openai-compatible", http.BaseAddress, _model, _dimension);
    }

    /// <summary>Identity recorded with the stored vectors: <c>openai:&lt;model&gt;</c> and the dimension.</summary>
    public EmbedderIdentity Identity => new("openai:" + _model, _dimension);

    /// <summary>Describes the endpoint and model.</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var batch in values.Chunk(Math.Max(1, _options.BatchSize)))
        {
            var input = new JsonArray(batch.Select(v => (JsonNode)v).ToArray());
            var body = new JsonObject { ["model"] = _model, ["input"] = input, ["encoding_format"] = "float" };
            if (_options.SendDimensions)
            {
                body["dimensions"] = _dimension;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "embeddings") { Content = JsonContent.Create(body) };
            if (!string.IsNullOrEmpty(_options.ApiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"Embeddings endpoint {_http.BaseAddress}embeddings answered {(int)response.StatusCode}: {Excerpt(text)}", null, response.StatusCode);
            }

            foreach (var vector in Parse(text, batch.Length))
            {
                result.Add(new Embedding<float>(vector) { ModelId = _model });
            }
        }

        return result;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private float[][] Parse(string text, int expected)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var data = document.RootElement.GetProperty("data");
            var vectors = new float[expected][];
            foreach (var item in data.EnumerateArray())
            {
                var index = item.GetProperty("index").GetInt32();
                if (index < 0 || index >= expected || vectors[index] is not null)
                {
                    throw new InvalidDataException($"The embeddings response has an unexpected index {index}.");
                }

                var vector = item.GetProperty("embedding").EnumerateArray().Select(x => x.GetSingle()).ToArray();
                if (vector.Length != _dimension)
                {
                    throw new InvalidDataException(
                        $"Model {_model} returned {vector.Length}-dimensional embeddings; GenGateway:Embeddings:Dimensions is {_dimension}.");
                }

                vectors[index] = vector;
            }

            return vectors.Any(v => v is null)
                ? throw new InvalidDataException($"The embeddings response has {data.GetArrayLength()} items for {expected} inputs.")
                : vectors;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"The embeddings response is not in the OpenAI format: {Excerpt(text)}", ex);
        }
    }

    private static string Excerpt(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
