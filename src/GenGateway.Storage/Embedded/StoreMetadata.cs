using System.Text.Json;
using GenGateway.Storage.Files;

namespace GenGateway.Storage.Embedded;

/// <summary>
/// <c>meta.json</c>: the embedder that produced the stored vectors. Written once, atomically (temporary file, fsync,
/// rename, directory fsync), before the first point.
/// </summary>
internal static class StoreMetadata
{
    private const int FormatVersion = 1;

    public static EmbedderIdentity? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var format = root.GetProperty("format").GetInt32();
            if (format != FormatVersion)
            {
                throw new InvalidDataException($"{path} has format {format}; this version reads format {FormatVersion}.");
            }

            var embedder = root.GetProperty("embedder");
            return new EmbedderIdentity(embedder.GetProperty("name").GetString()!, embedder.GetProperty("dimension").GetInt32());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not valid vector store metadata: {ex.Message}", ex);
        }
    }

    public static void Write(string path, EmbedderIdentity embedder)
    {
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            using (var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteNumber("format", FormatVersion);
                writer.WriteStartObject("embedder");
                writer.WriteString("name", embedder.Name);
                writer.WriteNumber("dimension", embedder.Dimension);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }
}
