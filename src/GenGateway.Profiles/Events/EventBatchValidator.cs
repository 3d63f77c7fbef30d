using System.Text.Json;
using GenGateway.Core.Validation;
using GenGateway.Profiles.Hosting;
using Microsoft.Extensions.Options;

namespace GenGateway.Profiles.Events;

/// <summary>Checks a batch against the limits and every event's shape, reporting problems by JSON path (<c>events[3].text</c>).</summary>
public sealed class EventBatchValidator(IOptions<ProfileOptions> options, TimeProvider timeProvider)
{
    private const int MaxIdLength = 128;
    private const int MaxMetadataKeyLength = 64;
    private const int MaxMetadataValueLength = 1000;

    // Recency weights are relative to the newest event; a far-future date would make every real event weightless.
    private static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    private readonly ProfileOptions _options = options.Value;

    /// <summary>Problems with the user id or with the batch as a whole; when any, nothing in the batch is looked at.</summary>
    public IReadOnlyList<FieldError> ValidateBatch(string userId, EventBatch batch)
    {
        var errors = new List<FieldError>();
        if (!IsValidUserId(userId))
        {
            errors.Add(new("userId", "must be 1-128 characters without control characters"));
        }

        if (batch.Events is null)
        {
            errors.Add(new("events", "is required: an array of events"));
        }
        else if (batch.Events.Count == 0)
        {
            errors.Add(new("events", "must hold at least one event"));
        }
        else if (batch.Events.Count > _options.MaxBatchSize)
        {
            errors.Add(new("events", $"holds {batch.Events.Count} events; at most {_options.MaxBatchSize} per request (GenGateway:Profiles:MaxBatchSize)"));
        }

        return errors;
    }

    /// <summary>Problems with one event at <paramref name="index"/>; empty when it can be ingested.</summary>
    public IReadOnlyList<FieldError> ValidateEvent(UserEvent? item, int index)
    {
        var at = $"events[{index}]";
        if (item is null)
        {
            return [new(at, "must be an object, not null")];
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(item.Id))
        {
            errors.Add(new($"{at}.id", "is required"));
        }
        else if (item.Id.Length > MaxIdLength || item.Id.Any(char.IsControl))
        {
            errors.Add(new($"{at}.id", $"must be at most {MaxIdLength} characters without control characters"));
        }

        if (string.IsNullOrWhiteSpace(item.Type))
        {
            errors.Add(new($"{at}.type", "is required"));
        }
        else if (!EventTypes.All.Contains(item.Type))
        {
            errors.Add(new($"{at}.type", $"'{item.Type}' is not a known type; use one of {string.Join(", ", EventTypes.All.Order(StringComparer.Ordinal))}"));
        }

        if (item.OccurredAt is not { } occurredAt)
        {
            errors.Add(new($"{at}.occurredAt", "is required (ISO 8601 with offset, e.g. 2026-11-20T09:15:00Z)"));
        }
        else if (occurredAt < DateTimeOffset.UnixEpoch || occurredAt > timeProvider.GetUtcNow() + FutureTolerance)
        {
            errors.Add(new($"{at}.occurredAt", "must be after 1970 and not in the future"));
        }

        if (string.IsNullOrWhiteSpace(item.Text) && string.IsNullOrWhiteSpace(item.Subject))
        {
            errors.Add(new($"{at}.text", "text or subject is required: the profile learns from content"));
        }

        if (item.Text is { } text && text.Length > _options.MaxTextLength)
        {
            errors.Add(new($"{at}.text", $"is {text.Length} characters; at most {_options.MaxTextLength} (GenGateway:Profiles:MaxTextLength)"));
        }

        if (item.Subject is { } subject && subject.Length > _options.MaxSubjectLength)
        {
            errors.Add(new($"{at}.subject", $"is {subject.Length} characters; at most {_options.MaxSubjectLength} (GenGateway:Profiles:MaxSubjectLength)"));
        }

        ValidateMetadata(item.Metadata, at, errors);
        return errors;
    }

    /// <summary>Same rule as the generation requests' <c>userId</c>.</summary>
    public static bool IsValidUserId(string? userId) =>
        userId is { Length: > 0 and <= 128 } && !userId.Any(char.IsControl) && !string.IsNullOrWhiteSpace(userId);

    private void ValidateMetadata(Dictionary<string, JsonElement>? metadata, string at, List<FieldError> errors)
    {
        if (metadata is null)
        {
            return;
        }

        if (metadata.Count > _options.MaxMetadataEntries)
        {
            errors.Add(new($"{at}.metadata", $"has {metadata.Count} entries; at most {_options.MaxMetadataEntries}"));
            return;
        }

        foreach (var (key, value) in metadata)
        {
            if (key.Length is 0 or > MaxMetadataKeyLength || key.Any(char.IsControl))
            {
                errors.Add(new($"{at}.metadata", $"key '{key}' must be 1-{MaxMetadataKeyLength} characters without control characters"));
            }
            else if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                errors.Add(new($"{at}.metadata.{key}", "must be a string, number, boolean or null"));
            }
            else if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length > MaxMetadataValueLength)
            {
                errors.Add(new($"{at}.metadata.{key}", $"must be at most {MaxMetadataValueLength} characters"));
            }
        }
    }
}
