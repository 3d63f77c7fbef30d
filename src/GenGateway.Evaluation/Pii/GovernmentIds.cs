namespace GenGateway.Evaluation.Pii;

/// <summary>Check-character rules of government id numbers whose shape alone would match ordinary codes.</summary>
internal static class GovernmentIds
{
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>Spanish DNI/NIE: the letter is the number mod 23 in a fixed table (NIE: X, Y, Z stand for 0, 1, 2).</summary>
    public static bool IsSpanishDniOrNie(string value)
    {
        string compact = value.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        char first = compact[0];
        string digits = first switch
        {
            'X' => "0" + compact[1..^1],
            'Y' => "1" + compact[1..^1],
            'Z' => "2" + compact[1..^1],
            _ => compact[..^1],
        };
        return digits.All(char.IsAsciiDigit) && DniLetters[(int)(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 23)] == compact[^1];
    }

    /// <summary>French NIR: the last two digits are 97 minus the first 13 mod 97 (Corsica's 2A/2B count as 19/18).</summary>
    public static bool IsFrenchNir(string value)
    {
        string compact = value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length != 15)
        {
            return false;
        }

        string body = compact[..13];
        if (body[5..7] is "2A")
        {
            body = body[..5] + "19" + body[7..];
        }
        else if (body[5..7] is "2B")
        {
            body = body[..5] + "18" + body[7..];
        }

        if (!body.All(char.IsAsciiDigit) || !int.TryParse(compact.AsSpan(13), out int key))
        {
            return false;
        }

        long number = long.Parse(body, System.Globalization.CultureInfo.InvariantCulture);
        return 97 - (number % 97) == key;
    }
}
