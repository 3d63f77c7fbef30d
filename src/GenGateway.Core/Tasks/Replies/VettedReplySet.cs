using System.Text.Json;

namespace GenGateway.Core.Tasks.Replies;

/// <summary>
/// Reads the vetted smart-reply set (<c>VettedReplies.jsonl</c>, shipped inside the assembly): one JSON object per line
/// with <c>text</c>, <c>intent</c>, <c>polarity</c> and <c>register</c>. Replies are data written and reviewed by the
/// project, never generated, so the rule path can only ever offer one of them.
/// </summary>
public static class VettedReplySet
{
    private const string ResourceName = "GenGateway.Core.Tasks.Replies.VettedReplies.jsonl";
    private static readonly string[] Polarities = [VettedReply.Positive, VettedReply.Negative, "neutral"];
    private static readonly string[] Registers = [VettedReply.Casual, "neutral", VettedReply.Formal];

    /// <summary>The shipped set.</summary>
    public static IReadOnlyList<VettedReply> BuiltIn { get; } = LoadBuiltIn();

    /// <summary>Parses a set; a bad line throws <see cref="InvalidDataException"/> naming <c>name:line</c> and the problem.</summary>
    public static IReadOnlyList<VettedReply> Parse(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var replies = new List<VettedReply>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var line = 0;
        while (reader.ReadLine() is { } raw)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(raw);
                var reply = new VettedReply(Field(doc.RootElement, "text"), Field(doc.RootElement, "intent"), Field(doc.RootElement, "polarity"), Field(doc.RootElement, "register"));
                if (!Polarities.Contains(reply.Polarity) || !Registers.Contains(reply.Register))
                {
                    throw new InvalidDataException($"{name}:{line}: polarity must be one of {string.Join(", ", Polarities)} and register one of {string.Join(", ", Registers)}");
                }

                if (!seen.Add(reply.Text))
                {
                    throw new InvalidDataException($"{name}:{line}: '{reply.Text}' is listed twice");
                }

                replies.Add(reply);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{name}:{line}: {ex.Message}", ex);
            }
        }

        return replies;
    }

    private static string Field(JsonElement row, string name) =>
        row.GetProperty(name).GetString() is { Length: > 0 } value ? value.Trim() : throw new InvalidOperationException($"'{name}' is empty");

    private static IReadOnlyList<VettedReply> LoadBuiltIn()
    {
        using var stream = typeof(VettedReplySet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader, "VettedReplies.jsonl");
    }
}
