namespace GenGateway.Evaluation.Pii;

/// <summary>The kinds of personal data <see cref="PiiDetector"/> finds.</summary>
public enum PiiKind
{
    /// <summary>An email address.</summary>
    Email,

    /// <summary>A phone number (international, North American or a European/Asian national format).</summary>
    Phone,

    /// <summary>A payment card number that passes the Luhn check.</summary>
    Card,

    /// <summary>An IBAN that passes the ISO 13616 mod-97 check, in any letter case.</summary>
    Iban,

    /// <summary>A street address (house number and street, or street and number) with the unit, postcode, city and state written next to it.</summary>
    Address,

    /// <summary>An IPv4 or IPv6 address, with its prefix length or zone when written.</summary>
    IpAddress,

    /// <summary>A government id number: US SSN, UK National Insurance number, Spanish DNI/NIE, French NIR, Italian codice fiscale, or a number named as an id (passport, tax id, BSN...).</summary>
    GovernmentId,
}
