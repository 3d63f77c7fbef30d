using System.Globalization;

namespace GenGateway.Providers.OpenAI;

/// <summary>Parses an HTTP Retry-After value: delay in seconds or an HTTP date.</summary>
public static class RetryAfterHeader
{
    /// <summary>The delay the header asks for, or null when absent or unreadable.</summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset? now = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var delay = date - (now ?? DateTimeOffset.UtcNow);
            return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
        }

        return null;
    }
}
