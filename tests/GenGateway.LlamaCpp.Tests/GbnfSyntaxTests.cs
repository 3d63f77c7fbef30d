using GenGateway.LlamaCpp.Sampling;

namespace GenGateway.LlamaCpp;

/// <summary>Grammars are checked before llama.cpp sees them, because a bad one would crash the process there.</summary>
public sealed class GbnfSyntaxTests
{
    [Fact]
    public void The_gateways_own_grammars_parse()
    {
        Assert.Null(GbnfSyntax.Check(GbnfGrammars.Json, "root"));
        Assert.Null(GbnfSyntax.Check(GbnfGrammars.JsonArrayOfStrings, "root"));
        Assert.Null(GbnfSyntax.Check(GbnfGrammars.BuildJsonArrayOfStrings(1, 5), "root"));
        Assert.Null(GbnfSyntax.Check("root ::= \"yes\" | \"no\" # a comment\n", "root"));
    }

    [Theory]
    [InlineData("root ::= (", "line 1: expected ')'")]
    [InlineData("root ::= \"a\"\nitem ::= [a-", "line 2: unexpected end")]
    [InlineData("root ::= item", "rule 'item' is used but never defined")]
    [InlineData("start ::= \"a\"", "defines no 'root' rule")]
    [InlineData("root ::= \"\\q\"", "unknown escape")]
    [InlineData("root ::= * \"a\"", "nothing before it to repeat")]
    [InlineData("root = \"a\"", "expected '::='")]
    [InlineData("root ::= \"a\"{2,x}", "expected '}'")]
    public void A_bad_grammar_is_reported_with_its_line_and_problem(string grammar, string expected)
    {
        string? problem = GbnfSyntax.Check(grammar, "root");

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }
}
