using System.Text.Json;

namespace GenGateway.Server.Errors;

/// <summary>
/// Finds a key given twice in one JSON object, at any depth. System.Text.Json would keep the last value silently
/// (<c>{"personalization": false, "personalization": true}</c> reads as true), so such a body is rejected instead.
/// Keys are compared without case because request fields bind without case.
/// </summary>
internal static class DuplicateKeys
{
    /// <summary>The path and name of the first repeated key, or null when every object's keys are distinct.</summary>
    public static (string Path, string Key)? Find(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var frames = new Stack<Frame>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = ChildPath(frames, pendingName);
                    Advance(frames);
                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : null));
                    pendingName = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    var frame = frames.Peek();
                    if (!frame.Keys!.Add(name))
                    {
                        return (Join(frame.Path, name), name);
                    }

                    pendingName = name;
                    break;
                default:
                    Advance(frames);
                    pendingName = null;
                    break;
            }
        }

        return null;
    }

    private static string ChildPath(Stack<Frame> frames, string? pendingName)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var parent = frames.Peek();
        return parent.Keys is null ? $"{parent.Path}[{parent.Index}]" : Join(parent.Path, pendingName ?? string.Empty);
    }

    private static void Advance(Stack<Frame> frames)
    {
        if (frames.Count > 0 && frames.Peek().Keys is null)
        {
            frames.Peek().Index++;
        }
    }

    private static string Join(string path, string name) => path == "$" ? name : $"{path}.{name}";

    private sealed class Frame(string path, HashSet<string>? keys)
    {
        public string Path { get; } = path;

        public HashSet<string>? Keys { get; } = keys;

        public int Index { get; set; }
    }
}
