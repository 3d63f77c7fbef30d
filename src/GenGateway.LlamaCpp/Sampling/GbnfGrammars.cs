using System.Globalization;

namespace GenGateway.LlamaCpp.Sampling;

/// <summary>Ready GBNF grammars for llama.cpp's grammar sampler.</summary>
public static class GbnfGrammars
{
    /// <summary>Any JSON value whose root is an object (llama.cpp's own <c>grammars/json.gbnf</c>).</summary>
    public const string JsonObject = """
        root   ::= object
        value  ::= object | array | string | number | ("true" | "false" | "null") ws
        object ::= "{" ws ( string ":" ws value ("," ws string ":" ws value)* )? "}" ws
        array  ::= "[" ws ( value ("," ws value)* )? "]" ws
        string ::= "\"" ( [^"\\\x7F\x00-\x1F] | "\\" (["\\bfnrt] | "u" [0-9a-fA-F]{4}) )* "\"" ws
        number ::= ("-"? ([0-9] | [1-9] [0-9]{0,15})) ("." [0-9]+)? ([eE] [-+]? [0-9] [1-9]{0,15})? ws
        ws ::= | " " | "\n" [ \t]{0,20}
        """;

    /// <summary>Any JSON object or array at the root.</summary>
    public const string Json = """
        root   ::= object | array
        value  ::= object | array | string | number | ("true" | "false" | "null") ws
        object ::= "{" ws ( string ":" ws value ("," ws string ":" ws value)* )? "}" ws
        array  ::= "[" ws ( value ("," ws value)* )? "]" ws
        string ::= "\"" ( [^"\\\x7F\x00-\x1F] | "\\" (["\\bfnrt] | "u" [0-9a-fA-F]{4}) )* "\"" ws
        number ::= ("-"? ([0-9] | [1-9] [0-9]{0,15})) ("." [0-9]+)? ([eE] [-+]? [0-9] [1-9]{0,15})? ws
        ws ::= | " " | "\n" [ \t]{0,20}
        """;

    /// <summary>
    /// A JSON array of 1 to 10 strings of at most 200 characters each: the shape the gateway asks models for
    /// (candidate subject lines, replies, UI copy).
    /// </summary>
    public static string JsonArrayOfStrings { get; } = BuildJsonArrayOfStrings(10, 200);

    /// <summary>
    /// A JSON array of 1 to <paramref name="maxItems"/> strings of at most <paramref name="maxLength"/> characters.
    /// </summary>
    /// <remarks>
    /// Both bounds matter: without them a weak model can keep a string open until the token limit cuts it, and the
    /// output is then not valid JSON. With them, the grammar itself forces the closing quote and bracket. C0 and C1
    /// control characters are excluded: they are never wanted in a subject line, reply or button label.
    /// </remarks>
    public static string BuildJsonArrayOfStrings(int maxItems, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        string more = maxItems == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (\",\" ws item){{0,{maxItems - 1}}}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $$"""
            root ::= "[" ws item{{more}} ws "]"
            item ::= "\"" char{0,{{maxLength}}} "\""
            char ::= [^"\\\x00-\x1F\x7F-\x9F] | "\\" (["\\bfnrt] | "u" [0-9a-fA-F]{4})
            ws ::= [ \n]{0,2}
            """);
    }
}
