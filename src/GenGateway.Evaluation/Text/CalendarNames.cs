using System.Collections.Frozen;

namespace GenGateway.Evaluation.Text;

/// <summary>Month and weekday names with their common abbreviations.</summary>
internal static class CalendarNames
{
    /// <summary>Month names and abbreviations to month numbers 1..12.</summary>
    public static FrozenDictionary<string, int> Months { get; } = new Dictionary<string, int>
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9,
        ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary();

    /// <summary>Full weekday names (and plurals) to days.</summary>
    public static FrozenDictionary<string, DayOfWeek> Weekdays { get; } = new Dictionary<string, DayOfWeek>
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
        ["mondays"] = DayOfWeek.Monday, ["tuesdays"] = DayOfWeek.Tuesday, ["wednesdays"] = DayOfWeek.Wednesday,
        ["thursdays"] = DayOfWeek.Thursday, ["fridays"] = DayOfWeek.Friday, ["saturdays"] = DayOfWeek.Saturday, ["sundays"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary();

    /// <summary>Weekday abbreviations; only read as weekdays when capitalized ("Sun", not "sun").</summary>
    public static FrozenDictionary<string, DayOfWeek> WeekdayAbbreviations { get; } = new Dictionary<string, DayOfWeek>
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary();
}
