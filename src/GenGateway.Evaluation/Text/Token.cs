namespace GenGateway.Evaluation.Text;

/// <summary>One token of a text, with its span so findings can point back at it.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset in the source text.</param>
/// <param name="Length">Number of characters (for number-word runs, the whole run).</param>
/// <param name="Lower">Lower-cased text of the token.</param>
/// <param name="Value">Numeric value for <see cref="TokenKind.Number"/> tokens, otherwise 0.</param>
/// <param name="FromWords">True when a number was spelled out ("twenty five").</param>
internal readonly record struct Token(TokenKind Kind, int Start, int Length, string Lower, decimal Value, bool FromWords)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True for the symbol <paramref name="c"/>.</summary>
    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Lower.Length == 1 && Lower[0] == c;

    /// <summary>True for a word equal to <paramref name="word"/> (lower case).</summary>
    public bool IsWord(string word) => Kind == TokenKind.Word && Lower == word;
}
