namespace GenGateway.Evaluation.Pii;

/// <summary>The kinds of personal data <see cref="PiiDetector"/> finds.</summary>
public enum PiiKind
{
    /// <summary>An email address.</summary>
    Email,

    /// <summary>A phone number (international, North American or European national format).</summary>
    Phone,

    /// <summary>A payment card number that passes the Luhn check.</summary>
    Card,

    /// <summary>An IBAN that passes the ISO 13616 mod-97 check.</summary>
    Iban,

    /// <summary>A street address (house number plus street name with a street-type word).</summary>
    Address,
}
