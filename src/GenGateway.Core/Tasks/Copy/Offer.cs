using System.Text.RegularExpressions;

namespace GenGateway.Core.Tasks.Copy;

/// <summary>How an offer joins a product: "20% off X", "Save 20% on X", "Free shipping on X", or only beside it.</summary>
internal enum OfferKind
{
    /// <summary>"20% off", "$10 off", "up to 40% off": placed right before the product.</summary>
    Discount,

    /// <summary>"Save 20%": "on" the product.</summary>
    Save,

    /// <summary>"Free shipping", "free returns": "on" the product.</summary>
    FreeService,

    /// <summary>"From $299", "Only $49": right after the product ("flights to Lisbon from $299").</summary>
    Price,

    /// <summary>Anything else ("Free helmet with every order", "2 months free"): never glued to the product.</summary>
    Other,
}

/// <summary>The brief's offer, read for how it attaches to the product.</summary>
internal sealed partial record Offer(string Text, OfferKind Kind)
{
    /// <summary>Inside a sentence: "20% off", "free shipping", "free helmet with every order".</summary>
    public string? Inner => Casing.LowerLeadOrNull(Text);

    /// <summary>At the start of a line.</summary>
    public string Start => Casing.Capitalize(Text);

    /// <summary>Whether it reads as a thing one can have ("Your 20% off is waiting").</summary>
    public bool IsBenefit => Kind is OfferKind.Discount or OfferKind.FreeService;

    /// <summary>The offer applied to the product, or null when the two do not join in one phrase.</summary>
    public string? On(NounPhrase? product)
    {
        if (product is null || Inner is null)
        {
            return null;
        }

        return Kind switch
        {
            OfferKind.Discount => $"{Inner} {product.Inner}",
            OfferKind.Save or OfferKind.FreeService => $"{Inner} on {product.Inner}",
            OfferKind.Price => $"{product.Inner} {Inner}",
            _ => null,
        };
    }

    /// <summary>Reads an offer field; null when empty.</summary>
    public static Offer? Read(string? value)
    {
        var text = Casing.Clean(value);
        if (text is null)
        {
            return null;
        }

        // "20% off on coats" → the "on" is the product's to add.
        text = TrailingOn().Replace(text, string.Empty);
        var kind = DiscountForm().IsMatch(text) ? OfferKind.Discount
            : text.StartsWith("save ", StringComparison.OrdinalIgnoreCase) && !text.Contains(" on ", StringComparison.OrdinalIgnoreCase) ? OfferKind.Save
            : FreeServiceForm().IsMatch(text) ? OfferKind.FreeService
            : PriceForm().IsMatch(text) ? OfferKind.Price
            : OfferKind.Other;
        return new Offer(text, kind);
    }

    [GeneratedRegex(@"\s+(?:on|for)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingOn();

    [GeneratedRegex(@"^(?:(?:an\s+)?extra\s+|up\s+to\s+|flat\s+)?(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:%|percent|dollars|euros|pounds|[$€£]))\s+off$", RegexOptions.IgnoreCase)]
    private static partial Regex DiscountForm();

    [GeneratedRegex(@"^(?:from|only|just|starting\s+at|now)\s+[$€£]\s?\d[\d.,]*(?:/\w+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PriceForm();

    [GeneratedRegex(@"^free\s+(?:standard\s+|express\s+|next-day\s+|same-day\s+|2-day\s+|two-day\s+)?(?:shipping|delivery|returns|shipping\s+and\s+returns|installation|setup|gift\s+wrapping|engraving|alterations)$", RegexOptions.IgnoreCase)]
    private static partial Regex FreeServiceForm();
}
