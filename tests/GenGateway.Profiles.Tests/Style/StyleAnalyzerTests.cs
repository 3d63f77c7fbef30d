using GenGateway.Core.Personalization;
using GenGateway.Profiles.Style;

namespace GenGateway.Profiles.Tests.Style;

public sealed class StyleAnalyzerTests
{
    [Fact]
    public void Casual_chat_with_emoji_reads_as_casual_with_greeting_and_sign_off()
    {
        var style = StyleAnalyzer.Analyze("hey!! gonna be late lol, grab me a coffee? 😂 see ya\ncheers");

        Assert.Equal(TraitNames.Casual, style.Formality);
        Assert.True(style.Emoji >= 1);
        Assert.Equal("Hey", style.Greeting);
        Assert.Equal("Cheers", style.SignOff);
    }

    [Fact]
    public void Formal_letter_reads_as_formal_and_finds_the_longest_closing()
    {
        var style = StyleAnalyzer.Analyze("Dear Ms. Smith,\nI would be grateful if you could kindly send me the signed agreement at your earliest convenience. Furthermore, please confirm the delivery schedule.\nKind regards");

        Assert.Equal(TraitNames.Formal, style.Formality);
        Assert.Equal(0, style.Emoji);
        Assert.Equal("Dear", style.Greeting);
        Assert.Equal("Kind regards", style.SignOff);
        Assert.Equal("en", style.Language);
    }

    [Fact]
    public void A_sentence_that_starts_like_a_closing_is_not_a_sign_off()
    {
        var style = StyleAnalyzer.Analyze("Thanks for the long and detailed report you sent over yesterday afternoon, it helped a lot.");

        Assert.Null(style.SignOff);
        Assert.Null(style.Greeting);
    }

    [Theory]
    [InlineData("Ich habe die Unterlagen nicht bekommen, kannst du sie mir bitte noch einmal schicken? Das wäre sehr nett.", "de")]
    [InlineData("Je vous envoie le rapport pour la réunion de demain, merci de le lire avant.", "fr")]
    [InlineData("Can you send me the report for the meeting? I will read it on the train.", "en")]
    public void Language_is_told_from_function_words(string text, string language) =>
        Assert.Equal(language, StyleAnalyzer.Analyze(text).Language);

    [Fact]
    public void Too_little_text_gives_no_language_guess() =>
        Assert.Null(StyleAnalyzer.Analyze("ok 👍").Language);

    [Fact]
    public void Words_are_counted_without_punctuation()
    {
        Assert.Equal(5, StyleAnalyzer.Analyze("Sure - see you at 3!").Words);
    }
}
