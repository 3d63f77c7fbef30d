using System.Text.Json;

namespace GenGateway.Profiles.Authorship;

/// <summary>Reads JSON Lines rows with <c>id</c>, <c>mailbox_owner</c>, <c>folder</c> and <c>body</c> (the AESLC conversion's schema).</summary>
public static class AuthoredEmailReader
{
    /// <summary>Every row of <paramref name="path"/>; throws <see cref="DatasetException"/> naming file and line on the first bad one.</summary>
    public static async Task<IReadOnlyList<AuthoredEmail>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(path))
        {
            throw new DatasetException($"{path}: is a folder; name a .jsonl file");
        }

        if (!File.Exists(path))
        {
            throw new DatasetException($"{path}: file not found");
        }

        var rows = new List<AuthoredEmail>();
        var number = 0;
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(Parse(path, number, line));
        }

        return rows.Count == 0 ? throw new DatasetException($"{path}: the file holds no rows") : rows;
    }

    private static AuthoredEmail Parse(string path, int number, string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new DatasetException($"{path}:{number}: not valid JSON ({ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0]})", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetException($"{path}:{number}: expected a JSON object, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            var folder = Field(path, number, document.RootElement, "folder");
            if (folder is not ("sent" or "inbox"))
            {
                throw new DatasetException($"{path}:{number}: 'folder' must be \"sent\" or \"inbox\", found \"{folder}\"");
            }

            return new AuthoredEmail(Field(path, number, document.RootElement, "id"), Field(path, number, document.RootElement, "mailbox_owner"),
                folder, Field(path, number, document.RootElement, "body", allowEmpty: true), number);
        }
    }

    private static string Field(string path, int number, JsonElement row, string name, bool allowEmpty = false)
    {
        if (!row.TryGetProperty(name, out var value))
        {
            throw new DatasetException($"{path}:{number}: missing field '{name}'");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new DatasetException($"{path}:{number}: field '{name}' must be a string, found {value.ValueKind.ToString().ToLowerInvariant()}");
        }

        var text = value.GetString()!;
        return !allowEmpty && string.IsNullOrWhiteSpace(text) ? throw new DatasetException($"{path}:{number}: field '{name}' is empty") : text;
    }
}
