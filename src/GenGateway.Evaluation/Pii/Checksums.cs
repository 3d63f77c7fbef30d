namespace GenGateway.Evaluation.Pii;

/// <summary>Check-digit algorithms that separate real card numbers and IBANs from random digit runs.</summary>
internal static class Checksums
{
    /// <summary>Luhn (mod 10) over the digits of <paramref name="text"/>, ignoring every other character.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> text)
    {
        int sum = 0;
        int count = 0;
        bool doubleIt = false;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                continue;
            }

            int d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            count++;
            doubleIt = !doubleIt;
        }

        return count > 0 && sum % 10 == 0;
    }

    /// <summary>ISO 13616 check: move the first four characters to the end, map letters to 10..35, and the number mod 97 must be 1.</summary>
    public static bool PassesIbanMod97(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[40];
        int n = 0;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            if (n == compact.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            compact[n++] = char.ToUpperInvariant(c);
        }

        if (n is < 15 or > 34 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        int remainder = 0;
        for (int k = 0; k < n; k++)
        {
            // Rotate by reading from offset 4 and wrapping, instead of allocating the rearranged string.
            char c = compact[(k + 4) % n];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else
            {
                int v = c - 'A' + 10;
                remainder = ((remainder * 100) + v) % 97;
            }
        }

        return remainder == 1;
    }
}
