using GenGateway.LlamaCpp.Gguf;

namespace GenGateway.LlamaCpp;

public sealed class GgufFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"gguf-{Guid.NewGuid():N}.gguf");

    [Fact]
    public void Metadata_round_trips_through_write_and_read()
    {
        GgufFile.Write(
            _path,
            [
                new("general.architecture", GgufValue.Of("llama")),
                new("n", GgufValue.Of(7u)),
                new("eps", GgufValue.Of(1e-5f)),
                new("flag", GgufValue.Of(true)),
                new("names", new GgufValue(GgufValueType.Array, new[] { "a", "bé" }, GgufValueType.String)),
                new("ids", new GgufValue(GgufValueType.Array, new[] { 1, -2 }, GgufValueType.Int32)),
            ],
            [new GgufTensor("t", [2, 3], [1, 2, 3, 4, 5, 6])]);

        IReadOnlyDictionary<string, GgufValue> read = GgufFile.ReadMetadata(_path);

        Assert.Equal("llama", read["general.architecture"].Value);
        Assert.Equal(7u, read["n"].Value);
        Assert.Equal(1e-5f, read["eps"].Value);
        Assert.Equal(true, read["flag"].Value);
        Assert.Equal(new[] { "a", "bé" }, read["names"].Value);
        Assert.Equal(new[] { 1, -2 }, read["ids"].Value);
        Assert.Equal(0, new FileInfo(_path).Length % 32);
    }

    [Fact]
    public void Tensor_with_wrong_element_count_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => GgufFile.Write(_path, [], [new GgufTensor("t", [2, 2], [1, 2, 3])]));
    }

    [Fact]
    public void Non_gguf_file_is_rejected()
    {
        File.WriteAllText(_path, "not gguf at all");

        Assert.Throws<InvalidDataException>(() => GgufFile.ReadMetadata(_path));
    }

    public void Dispose() => File.Delete(_path);
}
