using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace GenGateway.Storage.Qdrant;

/// <summary>
/// Sends one REST call with the <c>api-key</c> header and retries it, with exponential back-off and jitter, only when
/// the outcome says nothing was decided: a 5xx answer or a transport failure. Every call the store makes is idempotent
/// (deterministic ids, insert-only upserts, delete by filter), so a retry cannot duplicate data.
/// </summary>
internal sealed class QdrantTransport(HttpClient http, QdrantOptions options, ILogger logger, TimeProvider time)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<JsonElement> SendAsync(HttpMethod method, string path, JsonNode? body, string operation, CancellationToken cancellationToken)
    {
        var payload = body?.ToJsonString();
        var attempts = 1 + Math.Max(0, options.MaxRetries);
        for (var attempt = 1; ; attempt++)
        {
            string reason;
            Exception? failure;
            try
            {
                using var request = new HttpRequestMessage(method, path);
                if (payload is not null)
                {
                    request.Content = new StringContent(payload, Encoding.UTF8);
                    request.Content.Headers.ContentType = Json;
                }

                if (!string.IsNullOrEmpty(options.ApiKey))
                {
                    request.Headers.TryAddWithoutValidation("api-key", options.ApiKey);
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(options.Timeout);
                using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
                var mediaType = response.Content.Headers.ContentType?.MediaType;
                if ((int)response.StatusCode < 500)
                {
                    return QdrantResponses.Result(operation, response.StatusCode, mediaType, text);
                }

                failure = QdrantResponses.Error(operation, response.StatusCode, mediaType, text);
                reason = $"{(int)response.StatusCode} {response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                failure = ex;
                reason = ex.Message;
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = ex;
                reason = $"no answer within {options.Timeout.TotalSeconds:0.#} s";
            }

            if (attempt >= attempts)
            {
                throw failure as QdrantException
                    ?? new QdrantException(operation, null, $"Qdrant at {http.BaseAddress} could not be reached for {operation} after {attempts} attempts: {reason}", failure);
            }

            var delay = Backoff(attempt);
            QdrantStoreLog.Retrying(logger, operation, attempt, attempts, reason, (long)delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryBaseDelay * Math.Pow(2, attempt - 1);
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return exponential * jitter;
    }
}
