using System.Text.RegularExpressions;

namespace GenGateway.Evaluation.Pii;

/// <summary>The regular expressions behind <see cref="PiiDetector"/>; each is checked further there where its shape alone is not enough.</summary>
internal static partial class PiiPatterns
{
    // What may follow a street line: a unit, postcodes (UK, Dutch, US ZIP, continental with an optional country
    // prefix) with or without a city after them, a city after a comma, a US state, a country. Up to four of these, so
    // "42 Elm Street, Apt 3B, Springfield, IL 62704, USA" is redacted as one address instead of leaving the rest.
    private const string City = @"\p{Lu}[\p{L}'’-]*(?:\.? \p{Lu}[\p{L}'’-]*|-\p{Lu}[\p{L}'’-]*){0,2}";
    private const string Unit = @"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building)\.? ?#?[A-Za-z0-9-]{1,6}";
    private const string UkPostcode = @"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}";
    private const string DutchPostcode = @"\d{4} ?[A-Z]{2}";
    private const string ContinentalPostcode = @"(?:[A-Z]{1,2}-)?(?:\d{4}-\d{3}|\d{3} \d{2}(?= \p{Lu})|\d{4,5})";
    private const string CanadianPostcode = @"[A-Z]\d[A-Z] ?\d[A-Z]\d";
    private const string UsState = @"(?:[A-Z]{2}|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)";
    private const string Country = @"(?:USA|U\.S\.A\.|United States|UK|U\.K\.|United Kingdom|England|Scotland|Wales|Ireland|Canada|Australia|Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|France|Belgium|Belgique|Netherlands|Nederland|Spain|España|Italy|Italia|Portugal)";
    private const string Tail =
        @"(?:(?:,? |,?[ \t]*\r?\n[ \t]*,?[ \t]*)(?:" + Unit + "|" + UsState + @" (?:\d{5}(?:-\d{4})?|" + CanadianPostcode + @")|[A-Z]{3} \d{4}|\d{5}-\d{4}|" + CanadianPostcode + "|" + UkPostcode + "|" + DutchPostcode + "(?: " + City + ")?|"
        + ContinentalPostcode + "(?: " + City + ")?|" + Country + @")(?![\p{L}\d])|(?:, |,?[ \t]*\r?\n[ \t]*)" + City + @"(?![\p{L}\d])){0,4}";

    private const string UsStreetType = @"(?i:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Parkway|Pkwy|Square|Sq|Highway|Hwy|Circle|Cir|Close|Crescent|Cres|Row|Gardens|Mews|Alley|Trail|Trl|Plaza|Grove)";

    [GeneratedRegex(@"(?<![\w.+%'-])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b", RegexOptions.CultureInvariant)]
    public static partial Regex Email();

    /// <summary>Where an IBAN may start: a country code and two check digits, any case, not inside a word.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?=[ -]?[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex IbanStart();

    [GeneratedRegex(@"(?<![\w+.,$€£-])\d(?:[ -]?\d){11,18}(?![\w.,]\d|\w)", RegexOptions.CultureInvariant)]
    public static partial Regex Card();

    /// <summary>A word naming a payment card, shortly before a number.</summary>
    [GeneratedRegex(@"\b(?i:card|cc|visa|mastercard|maestro|amex|debit|credit|karte|kreditkarte|carte|tarjeta|carta)\b[^\n\d]{0,30}$", RegexOptions.CultureInvariant)]
    public static partial Regex CardWordBefore();

    /// <summary>US SSN with the same separator twice; area 000, 666 and 9xx, group 00 and serial 0000 are never issued.</summary>
    [GeneratedRegex(@"(?<![\w.-])(?!000|666|9\d\d)\d{3}([- .])(?!00)\d{2}\1(?!0000)\d{4}(?![\w-]|\.\d)", RegexOptions.CultureInvariant)]
    public static partial Regex UsSsn();

    /// <summary>UK National Insurance number (two prefix letters, six digits, suffix A-D).</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex UkNino();

    /// <summary>Spanish DNI (8 digits and a letter) or NIE (X/Y/Z, 7 digits, letter); the letter is checked after.</summary>
    [GeneratedRegex(@"(?<![\w-])(?:\d{8}|[XYZxyz]-?\d{7})-?[A-Za-z](?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex SpanishDni();

    /// <summary>French NIR (social security number), spaced or not; the two-digit key is checked after.</summary>
    [GeneratedRegex(@"(?<![\w-])[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex FrenchNir();

    /// <summary>Italian codice fiscale: six letters, birth year, month letter, day, municipality code, check letter.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex ItalianFiscalCode();

    /// <summary>
    /// A number introduced by the name of an id document ("passport no. X1234567", "BSN: 123456782", "tax id 12 345 678 901").
    /// Acronyms must be written in capitals: "sin" and "nie" are ordinary words in Spanish and German.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?i:passport|social security|national insurance|social insurance|tax id(?:entification)?|taxpayer id|steuer-?id|steueridentifikationsnummer|personalausweis(?:nummer)?|id card|identity card|national id|driver'?s licen[cs]e|driving licen[cs]e|licen[cs]e number|burgerservicenummer|codice fiscale|numéro de sécurité sociale|carte d'identité|documento de identidad)|\b(?:SSN|NINO|BSN|SIN|TIN|DNI|NIE|NIF|ITIN)|\b(?:ssn|bsn))\b(?:[ \t]*(?i:no\.?|number|nr\.?|num\.?|#|is|was|:|=|-))*[ \t]*(?<id>(?=[A-Z0-9]*\d)[A-Z0-9]{2,}(?:[ -](?=[A-Z0-9]*\d)[A-Z0-9]+){0,4})(?![\w-])", RegexOptions.CultureInvariant)]
    public static partial Regex NamedIdNumber();

    [GeneratedRegex(@"(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?:/(?:3[0-2]|[12]?\d))?(?![\w/]|\.\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Ipv4();

    /// <summary>Something shaped like an IPv6 address (at least two colons), validated by parsing.</summary>
    [GeneratedRegex(@"(?<![\w:.%])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}(?:(?<=:)(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})?(?:%[A-Za-z0-9]+)?(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?(?![\w:]|\.\d)", RegexOptions.CultureInvariant)]
    public static partial Regex Ipv6();

    [GeneratedRegex(@"(?<![\w+])\+\d{1,3}(?:[ .-]?\(\d{1,4}\))?(?:[ .-]?\d{1,5}){1,5}(?:[ ]?(?i:x|ext\.?|extension)[ ]?\d{1,5})?(?![\w.,]\d|\w)", RegexOptions.CultureInvariant)]
    public static partial Regex InternationalPhone();

    /// <summary>(415) 555-0132, (415)5550132, 415-555-0132, 415.555.0132, 1-415-555-0132, 001-415-555-0132, with an extension.</summary>
    [GeneratedRegex(@"(?<![\w#$€£.,/:-])(?:1[ .-]?|001[ .-])?(?:\(\d{3}\)[ .-]?\d{3}[ .-]?\d{4}|\d{3}([ .-])\d{3}\1\d{4})(?:[ ]?(?i:x|ext\.?|extension)[ ]?\d{1,5})?(?![\w/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex NorthAmericanPhone();

    /// <summary>French numbers in pairs (01 23 45 67 89, 06.12.34.56.78) with one separator throughout (unseparated ones only after a phone word).</summary>
    [GeneratedRegex(@"(?<![\w#$€£.,/:-])0[1-9]([ .-])\d{2}(?:\1\d{2}){3}(?![\w/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex FrenchPhone();

    /// <summary>
    /// National numbers with a trunk 0: 020 7946 0958, 07700 900123, 030 12345678, 06-12345678, 0170/1234567,
    /// 03-1234-5678, 024 971 50 30, (08) 8747 6301; the detector wants 9 digits or more, which leaves out dates
    /// (a ZIP+4 code is no phone).
    /// </summary>
    [GeneratedRegex(@"(?<![\w#$€£.,/:-])(?!\d{5}-\d{4}(?!\d))(?:0\d{1,4}|\(0\d{1,4}\))[ /-]\d{3,9}(?:[ /-]\d{2,9}){0,3}(?![\w/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex NationalPhone();

    /// <summary>Numbers written in dashed or dotted pairs without a trunk 0 (60-56-85-91, 12.34.56.78.90).</summary>
    [GeneratedRegex(@"(?<![\w#$€£.,/:-])\d{2}([.-])\d{2}(?:\1\d{2}){2,4}(?![\w/:]|[.,]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex PairedPhone();

    /// <summary>Any digit run introduced as a phone number ("call me on 4155550132", "Tel.: 2025550143").</summary>
    [GeneratedRegex(@"\b(?i:phone|telephone|tel|mobile|mob|cell|cellphone|fax|whatsapp|sms|call|call me|text me|reach me|ring|dial|messages to|answering at|registered|telefon|telefonnummer|handy|téléphone|portable|teléfono|móvil|telefono|cellulare|telefoon|mobiel)\b[^\d\n+(]{0,20}?(?<number>\+?\(?\d[\d ().-]{5,20}\d)(?![\w-]|[.,]\d)", RegexOptions.CultureInvariant)]
    public static partial Regex NamedPhoneNumber();

    /// <summary>House number first: 42 Elm Street, 221B Baker Street, 1600 Pennsylvania Ave NW, then whatever tail follows.</summary>
    [GeneratedRegex(@"\b\d{1,6}[A-Za-z]?(?:-\d{1,4})? (?:(?:N|S|E|W|North|South|East|West)\.? )?(?:(?:\p{Lu}[\p{L}'.-]*|\d{1,3}(?:st|nd|rd|th)) ){1,4}" + UsStreetType + @"\b\.?(?: (?:NW|NE|SW|SE|N|S|E|W)\b)?" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex StreetAddress();

    /// <summary>Street name with a suffix, then the number: Hauptstraße 5, Damstraat 12, Berliner Straße 5a, Storgatan 3.</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}ß]{2,}(?:(?i:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|laan|straat|gracht|plein|kade|singel|steeg|dreef|vej|gade|gatan|gata|vägen|veien|katu|utca)| (?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm|Gasse|Ufer)) ?\d{1,4}(?: ?[a-zA-Z]\b)?(?:-\d{1,4})?" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex SuffixStreetAddress();

    /// <summary>Street type first, number after: Calle Mayor 5, Via Roma 10, Rua Augusta 100, Avenida de la Paz 12.</summary>
    [GeneratedRegex(@"\b(?:Calle|C/|Avenida|Avda\.|Plaza|Paseo|Carrer|Via|Viale|Piazza|Corso|Largo|Rua|Travessa|Praça) (?:(?:de|del|de la|de los|della|delle|dei|di|da|do|dos|das|la|las|los) )*\p{Lu}[\p{L}'’.-]*(?: (?:de |del |di |da )?\p{Lu}[\p{L}'’.-]*){0,3},? (?:n\.? ?º? ?)?\d{1,4}(?: ?[a-zA-Z]\b)?(?:º|ª)?" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex PrefixStreetAddress();

    /// <summary>Number first, street type after: 12 rue de la Paix, 5 avenue des Champs-Élysées, 3 bis boulevard Voltaire.</summary>
    [GeneratedRegex(@"\b\d{1,4}(?: ?(?:bis|ter))?,? (?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai|route|cours) (?:(?:de|du|des|de la|d'|l'|la|le|les) ?)*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex NumberFirstPrefixStreetAddress();

    [GeneratedRegex(@"\b(?i:P\.? ?O\.? Box|Postfach|Apartado(?: de correos)?|Casella postale|Boîte postale|BP) \d{1,6}(?: \d{2,4}){0,3}\b" + Tail, RegexOptions.CultureInvariant)]
    public static partial Regex PostOfficeBox();
}
