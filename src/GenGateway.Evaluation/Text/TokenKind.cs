namespace GenGateway.Evaluation.Text;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind
{
    /// <summary>Letters, with inner apostrophes and hyphens ("don't", "half-price").</summary>
    Word,

    /// <summary>Digits with inner thousands separators and a decimal point, or a run of number words.</summary>
    Number,

    /// <summary>Any other single non-space character.</summary>
    Symbol,
}
