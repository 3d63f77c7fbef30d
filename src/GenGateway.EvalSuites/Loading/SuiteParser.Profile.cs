using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenGateway.EvalSuites.Model;
using YamlDotNet.RepresentationModel;

namespace GenGateway.EvalSuites.Loading;

/// <summary><c>profile:</c> — <c>userId</c> and <c>events</c> (inline list, or <c>file:</c> a JSONL of events).</summary>
internal sealed partial class SuiteParser
{
    private ProfileFixture? ParseProfile(YamlNode node, YamlReader reader, string directory)
    {
        if (reader.Map(node, "profile") is not { } map)
        {
            return null;
        }

        reader.OnlyKeys(map, "profile", "userId", "events", "file");
        var userId = Child(map, "userId") is { } u ? reader.String(u, "profile.userId") : null;
        if (userId is null)
        {
            reader.Error(map, "profile needs 'userId:', the test user the events are ingested for");
            return null;
        }

        var events = new List<ProfileFixtureEvent>();
        if (Child(map, "events") is { } eventsNode && reader.Sequence(eventsNode, "profile.events") is { } list)
        {
            foreach (var item in list.Children)
            {
                if (reader.Map(item, "an event") is not null && ToEvent(YamlReader.ToJson(item) as JsonObject, reader.At(item)) is { } e)
                {
                    events.Add(e);
                }
            }
        }

        if (Child(map, "file") is { } fileNode && reader.String(fileNode, "profile.file") is { } file)
        {
            var path = Path.GetFullPath(Path.Combine(directory, file));
            foreach (var row in DatasetReader.Read(path, reader.At(fileNode), _errors))
            {
                if (ToEvent(row.Columns, new SourceLocation(path, row.Line)) is { } e)
                {
                    events.Add(e);
                }
            }
        }

        if (events.Count == 0)
        {
            reader.Error(map, "profile has no events: give 'events:' or 'file:'");
        }

        return new ProfileFixture(userId, events, reader.At(map));
    }

    private ProfileFixtureEvent? ToEvent(JsonObject? obj, SourceLocation at)
    {
        var id = obj?["id"] is JsonValue i ? Text(i) : null;
        var type = obj?["type"] is JsonValue t ? Text(t) : null;
        if (obj is null || id is null || type is null)
        {
            _errors.Add(new SuiteError(at, "a profile event needs 'id' and 'type' (and usually 'text')"));
            return null;
        }

        DateTimeOffset? occurredAt = null;
        if (obj["occurredAt"] is JsonValue when)
        {
            if (DateTimeOffset.TryParse(Text(when), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                occurredAt = parsed;
            }
            else
            {
                _errors.Add(new SuiteError(at, $"occurredAt '{Text(when)}' is not a date and time"));
            }
        }

        return new ProfileFixtureEvent
        {
            Id = id,
            Type = type,
            Text = obj["text"] is JsonValue text ? Text(text) : null,
            Subject = obj["subject"] is JsonValue subject ? Text(subject) : null,
            OccurredAt = occurredAt,
            Metadata = obj["metadata"] as JsonObject is { } metadata ? (JsonObject)metadata.DeepClone() : null,
        };
    }

    private static string Text(JsonValue value) => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
