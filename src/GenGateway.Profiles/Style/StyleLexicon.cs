namespace GenGateway.Profiles.Style;

/// <summary>Opening and closing phrases, in the form they are reported (longest first so "Best regards" wins over "Best").</summary>
internal static class StyleLexicon
{
    public static readonly string[] Greetings =
    [
        "Good morning", "Good afternoon", "Good evening", "Hello", "Hiya", "Hey", "Hi", "Dear", "Greetings", "Morning", "Yo",
        "Hallo", "Bonjour", "Hola", "Ciao", "Hoi", "Guten Tag", "Liebe", "Lieber", "Sehr geehrte", "Sehr geehrter",
    ];

    public static readonly string[] SignOffs =
    [
        "Best regards", "Kind regards", "Warm regards", "Many thanks", "Thanks again", "Thank you", "All the best",
        "Talk soon", "Take care", "See you", "Sincerely", "Regards", "Cheers", "Thanks", "Thx", "Best", "Love",
        "Mit freundlichen Grüßen", "Viele Grüße", "Liebe Grüße", "Cordialement", "Saludos", "Groetjes",
    ];
}
