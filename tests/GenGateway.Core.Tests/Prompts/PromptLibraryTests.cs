using Microsoft.Extensions.AI;

namespace GenGateway.Core.Prompts;

public sealed class PromptLibraryTests
{
    private static readonly string PromptsDirectory = Path.Combine(AppContext.BaseDirectory, "prompts");

    [Fact]
    public async Task Shipped_prompts_load_as_functions_and_render_through_the_kernel()
    {
        var library = PromptLibrary.LoadDirectory(PromptsDirectory, ["subject-lines", "smart-replies", "ui-copy"]);

        var sent = await KernelCall.SendAsync(library.Get("subject-lines"), new Dictionary<string, object?> { ["product"] = "coats", ["offer"] = "20% off", ["count"] = "3" });

        Assert.Equal([ChatRole.System, ChatRole.User], sent.Messages.Select(m => m.Role));
        Assert.Contains("Offer: 20% off", sent.Messages[1].Text, StringComparison.Ordinal);
        Assert.Equal((42L, 0.7f, 400), (sent.Options!.Seed, sent.Options.Temperature, sent.Options.MaxOutputTokens));
        Assert.Equal(12, library.Get("subject-lines").Version.Length);
    }

    [Fact]
    public async Task Handlebars_prompt_renders_thread_items()
    {
        var library = PromptLibrary.LoadDirectory(PromptsDirectory);
        var thread = new List<Dictionary<string, object?>> { new() { ["from"] = "bob", ["text"] = "Lunch at 1?", ["sentAt"] = "2026-11-20" } };

        var sent = await KernelCall.SendAsync(library.Get("smart-replies"), new Dictionary<string, object?> { ["thread"] = thread, ["count"] = "2" });

        Assert.Contains("bob: Lunch at 1?", sent.Messages[^1].Text, StringComparison.Ordinal);
        Assert.Contains("JSON array of 2 strings", sent.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_value_falls_back_to_the_declared_default()
    {
        var library = PromptLibrary.LoadDirectory(PromptsDirectory);

        var sent = await KernelCall.SendAsync(library.Get("ui-copy"), new Dictionary<string, object?> { ["element"] = "cta", ["tone"] = "", ["locale"] = null });

        Assert.Contains("in the locale en-US, in a neutral tone", sent.Messages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_files_are_all_reported_with_file_and_line()
    {
        var directory = Directory.CreateTempSubdirectory("prompts").FullName;
        File.WriteAllText(Path.Combine(directory, "a.yaml"), "name: a\ntemplate: 'Hi {{$who}}'\n");
        File.WriteAllText(Path.Combine(directory, "b.yaml"), "name: b\ntemplate: [unclosed\n");

        var ex = Assert.Throws<PromptLoadException>(() => PromptLibrary.LoadDirectory(directory, ["c"]));

        Assert.Contains(ex.Errors, e => e.File.EndsWith("a.yaml", StringComparison.Ordinal) && e.Line == 2 && e.Message.Contains("'$who'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.File.EndsWith("b.yaml", StringComparison.Ordinal) && e.Line >= 2);
        Assert.Contains(ex.Errors, e => e.Message.Contains("no prompt named 'c'", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_value_is_a_clear_error()
    {
        var library = PromptLibrary.LoadDirectory(PromptsDirectory);

        var ex = Assert.Throws<ArgumentException>(() => library.Arguments("ui-copy", new Dictionary<string, object?>()));

        Assert.Contains("element", ex.Message, StringComparison.Ordinal);
    }
}
