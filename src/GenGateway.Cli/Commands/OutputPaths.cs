namespace GenGateway.Cli.Commands;

/// <summary>Checks report paths before a run, so a typo or a read-only folder costs nothing.</summary>
public static class OutputPaths
{
    /// <summary>One line naming the path and what is wrong with it, or null when a file can be written there.</summary>
    public static string? Problem(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                return $"{path}: is a folder; give a file path";
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var existed = File.Exists(full);
            using (new FileStream(full, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite))
            {
            }

            if (!existed)
            {
                File.Delete(full);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return $"{path}: cannot write here: {ex.Message}";
        }
    }
}
