using GenGateway.LlamaCpp.Inference;

namespace GenGateway.LlamaCpp;

public sealed class StopSequenceFilterTests
{
    [Fact]
    public void Stop_split_across_pieces_is_caught_and_dropped()
    {
        var filter = new StopSequenceFilter(["<END>"]);

        Assert.Equal(("Hello ", false), filter.Push("Hello <E"));
        Assert.Equal(("", false), filter.Push("N"));
        Assert.Equal(("", true), filter.Push("D> trailing"));
    }

    [Fact]
    public void Held_back_text_is_released_when_it_stops_matching()
    {
        var filter = new StopSequenceFilter(["\n\n"]);

        Assert.Equal(("line", false), filter.Push("line\n"));
        Assert.Equal(("\nnext", false), filter.Push("next"));
        Assert.Equal(string.Empty, filter.Flush());
    }

    [Fact]
    public void Earliest_of_several_stops_wins()
    {
        var filter = new StopSequenceFilter(["bb", "a"]);

        Assert.Equal(("xx", true), filter.Push("xxabb"));
    }

    [Fact]
    public void Without_stops_text_passes_through()
    {
        var filter = new StopSequenceFilter([]);

        Assert.Equal(("anything", false), filter.Push("anything"));
    }

    [Fact]
    public void Flush_returns_an_unfinished_partial_match()
    {
        var filter = new StopSequenceFilter(["STOP"]);

        Assert.Equal(("end ", false), filter.Push("end ST"));
        Assert.Equal("ST", filter.Flush());
    }
}
