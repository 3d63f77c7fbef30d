namespace GenGateway.EvalSuites.Tests.Support;

/// <summary>A fresh temporary folder per test, with helpers to write suite files into it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("gengateway-evalsuites-").FullName;

    public string Path { get; }

    public string Write(string name, string content)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content.ReplaceLineEndings("\n"));
        return full;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A report file still open by a failed assertion must not hide the real failure.
        }
    }
}
