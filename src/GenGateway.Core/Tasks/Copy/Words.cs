using System.Collections.Frozen;

namespace GenGateway.Core.Tasks.Copy;

/// <summary>
/// The small closed vocabularies the copy rules read a slot's grammatical form by. They only have to recognize the
/// words people put into briefs and UI contexts; anything unknown falls to the safer reading (no article added,
/// no verb assumed).
/// </summary>
internal static class Words
{
    /// <summary>Words that already fix a noun phrase's reference, so no article is added in front.</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "our", "your", "my", "their", "his", "her", "its", "this", "that", "these", "those", "every",
        "each", "all", "any", "some", "no", "more", "both", "another", "two", "three", "four", "five");

    /// <summary>Verbs a user does in an interface, base form; a goal starting with one is a verb phrase.</summary>
    public static readonly FrozenSet<string> UserVerbs = Set(
        "accept", "access", "activate", "add", "allow", "answer", "apply", "archive", "ask", "attach", "back", "book",
        "bookmark", "browse", "build", "buy", "call", "cancel", "change", "chat", "check", "choose", "claim", "clear",
        "close", "collect", "compare", "complete", "configure", "confirm", "connect", "contact", "continue", "copy",
        "create", "customize", "delete", "discover", "donate", "download", "earn", "edit", "enable", "disable",
        "enter", "explore", "export", "favorite", "fill", "find", "finish", "fix", "follow", "get", "give", "go",
        "hide", "import", "install", "invite", "join", "keep", "learn", "leave", "like", "link", "list", "listen",
        "load", "log", "make", "manage", "message", "mute", "open", "opt", "order", "organize", "pause", "pay",
        "personalize", "pick", "pin", "place", "plan", "play", "post", "preview", "print", "publish", "rate", "read",
        "reactivate", "receive", "record", "recover", "redeem", "refer", "refresh", "register", "reload", "remove",
        "rename", "renew", "reorder", "reply", "report", "request", "resend", "reserve", "reset", "restore", "resume",
        "retry", "return", "review", "run", "save", "scan", "schedule", "search", "see", "select", "sell", "send",
        "set", "share", "shop", "show", "sign", "skip", "sort", "start", "stay", "stream", "submit", "subscribe",
        "switch", "sync", "take", "test", "top", "track", "transfer", "try", "turn", "unlock", "unsubscribe",
        "update", "upgrade", "upload", "use", "validate", "verify", "view", "visit", "vote", "watch", "write",
        "understand", "know", "discover", "meet", "rent", "ship", "swap", "tap", "click", "drop", "pick", "claim",
        "filter", "begin", "support", "upvote", "adjust", "approve", "assign", "block", "compose", "crop", "duplicate",
        "embed", "merge", "move", "rotate", "tag", "translate", "undo");

    /// <summary>Verbs whose object must still be someone's action, not the user's: "increase sign-ups".</summary>
    public static readonly FrozenSet<string> BusinessVerbs = Set(
        "increase", "boost", "drive", "grow", "reduce", "improve", "maximize", "maximise", "minimize", "minimise",
        "encourage", "promote", "convert", "retain", "raise", "lift", "decrease", "prevent", "nudge", "push",
        "drive", "generate", "acquire", "capture", "optimize", "optimise", "lower", "cut", "win", "re-engage",
        "reengage", "activate-users", "measure", "monitor", "highlight", "showcase", "explain", "inform", "tell",
        "remind", "educate", "communicate");

    /// <summary>Verbs whose -ing form doubles the last consonant.</summary>
    public static readonly FrozenSet<string> DoublingVerbs = Set(
        "set", "get", "shop", "plan", "run", "stop", "pin", "chat", "put", "begin", "swap", "skip", "drop", "tap",
        "log", "cut", "win", "ship", "opt", "top", "sit", "let", "refer");

    /// <summary>Particles that belong to a phrasal verb ("sign up", "log in").</summary>
    public static readonly FrozenSet<string> Particles = Set("up", "in", "out", "on", "off", "back", "over", "down", "through");

    /// <summary>Nouns used without an article (mass nouns and the like), so "your" is never put before them.</summary>
    public static readonly FrozenSet<string> NoArticleNouns = Set(
        "access", "help", "support", "feedback", "money", "time", "everything", "anything", "something", "it", "them",
        "started", "ready", "more", "shipping", "advice", "music", "news", "data", "information", "info", "work",
        "feedback", "progress", "credit", "credits", "storage", "space", "insurance", "coffee", "food", "furniture",
        "software", "travel", "now", "today", "here", "there", "again", "up", "together", "online", "offline",
        "me", "us", "you", "yourself", "home", "twice", "once", "all", "both", "later", "notifications", "dark",
        "light", "mode", "security", "privacy", "pricing", "billing", "authentication", "encryption", "two-factor",
        "backup", "backups", "sharing", "sync", "location", "tracking", "autopay", "shopping", "learning", "checkout");

    /// <summary>Actions named by a noun ("account setup"): such a goal reads as "complete your account setup".</summary>
    public static readonly FrozenSet<string> ActionNouns = Set(
        "setup", "set-up", "signup", "sign-up", "registration", "verification", "checkout", "check-out", "onboarding",
        "reset", "renewal", "upgrade", "purchase", "booking", "payment", "order", "application", "subscription",
        "enrollment", "enrolment", "activation", "migration", "installation", "import", "export", "transfer", "profile",
        "survey", "review", "application", "sign-in", "login", "log-in", "return", "refund", "claim", "reservation",
        "donation", "request", "submission", "assessment", "check-in", "checkin", "tutorial", "tour", "walkthrough",
        "quiz", "questionnaire", "form", "trial");

    /// <summary>Words that describe whom a campaign is aimed at in a way no customer should read.</summary>
    public static readonly FrozenSet<string> InternalAudienceWords = Set(
        "lapsed", "inactive", "churned", "churn", "churning", "dormant", "at-risk", "risk", "abandoners", "abandoned",
        "unengaged", "disengaged", "cold", "low-value", "lost", "former", "cancelled", "canceled", "unsubscribed",
        "leads", "prospects", "segment", "cohort", "non-buyers", "non-purchasers", "one-time", "high-value",
        "whales", "trialists", "free-tier", "freemium", "users");

    /// <summary>Words that mark a campaign name as internal ("Q4 retention push"), never shown to customers.</summary>
    public static readonly FrozenSet<string> InternalCampaignWords = Set(
        "retention", "re-engagement", "reengagement", "reactivation", "winback", "win-back", "nurture", "drip",
        "abandoned", "abandonment", "cart", "test", "a/b", "campaign", "push", "blast", "q1", "q2", "q3", "q4",
        "h1", "h2", "fy", "upsell", "cross-sell", "crosssell", "lifecycle", "batch", "segment", "cohort", "v1", "v2",
        "churn", "acquisition", "conversion", "touchpoint", "sequence", "email", "newsletter", "reminder", "follow-up",
        "followup", "trigger", "triggered", "transactional", "announcement", "update", "digest");

    /// <summary>Common words a sentence-case field starts with; only these are lower-cased mid-sentence.</summary>
    public static readonly FrozenSet<string> CommonLeadWords = Set(
        "free", "save", "get", "buy", "extra", "early", "double", "up", "new", "all", "every", "your", "you", "our",
        "we", "the", "a", "an", "this", "it", "orders", "order", "sale", "sales", "offer", "offers", "only", "ends",
        "shipping", "delivery", "returns", "members", "member", "everything", "limited", "last", "just", "one",
        "two", "three", "buy", "spend", "use", "book", "join", "no", "winter", "summer", "spring", "autumn", "fall",
        "holiday", "running", "trail", "hiking", "outdoor", "indoor", "kids", "kids'", "men's", "women's", "home",
        "kitchen", "garden", "office", "coffee", "tea", "fresh", "organic", "wireless", "leather", "wool", "cotton",
        "smart", "gift", "gifts", "selected", "select", "annual", "monthly", "yearly", "weekly", "daily", "first",
        "next", "students", "student", "teachers", "points", "prices", "price", "tickets", "ticket", "seats",
        "rooms", "flights", "hotel", "hotels", "classes", "class", "courses", "course", "plans", "plan", "pet",
        "dog", "cat", "baby", "beauty", "skincare", "fitness", "yoga", "bike", "bikes", "shoes", "boots", "coats",
        "jackets", "dresses", "shirts", "bags", "furniture", "sofas", "mattresses", "books", "toys", "games",
        "headphones", "laptops", "phones", "watches", "jewelry", "sunglasses", "vitamins", "snacks", "meal", "meals",
        "wine", "groceries", "tools", "paint", "plants", "flowers", "candles", "stay", "stays", "spa", "ski",
        "camping", "travel", "insurance", "savings", "checking", "loans", "credit", "storage", "backup", "reading",
        "lunch", "dinner", "breakfast", "brunch", "family", "weekend", "evening", "morning", "delivered", "item",
        "items", "product", "products", "prescription", "appointment", "appointments", "doors", "registration",
        "sign-ups", "signups", "entry", "entries", "tickets", "pre-orders", "preorders", "limited-edition", "vintage",
        "handmade", "local", "premium", "deluxe", "classic", "seasonal", "discounted", "reduced", "clearance",
        "refurbished", "used", "electric", "e-bikes", "cargo", "road", "mountain", "city", "rain", "snow",
        "swim", "swimwear", "from", "cancel", "quotes", "presale", "applications", "donations", "while", "live",
        "stays", "skip", "made", "roasted", "delivered", "starts", "now", "saved", "exclusive", "unlimited", "same-day",
        "second", "half", "try", "shop", "transfers", "files", "arrives", "arriving", "ships", "walk-ins", "sign",
        "open", "opens", "pay", "earn", "bonus", "price", "rates", "returns", "every", "any", "up", "over", "under",
        "members-only", "lessons", "episodes", "new", "fast", "easy", "secure", "private", "today", "tonight",
        "tomorrow", "weekends", "appointments", "doors", "deals", "deal", "discount", "discounts", "code", "codes",
        "webinar", "appeal", "event", "drive", "fundraiser", "challenge", "summit", "conference", "tour", "collection",
        "solar", "applies", "valid", "available", "includes", "included", "one-time", "lifetime", "annual", "unlimited", "sports", "team", "school", "back-to-school", "office", "desk", "chairs", "lamps", "rugs");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
