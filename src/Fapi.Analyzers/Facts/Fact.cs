using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Facts;

/// <summary>
/// One configured value: what it is, where a diagnostic about it belongs, and whether it was written or defaulted.
/// <see cref="Value"/> is a string, bool or number; an unresolvable value never becomes a fact.
/// </summary>
public sealed class Fact
{
    public Fact(Setting setting, object value, Location location, FactOrigin origin, FixSite fix, string? note = null)
    {
        Setting = setting;
        Value = value;
        Location = location;
        Origin = origin;
        Fix = fix;
        Note = note;
    }

    /// <summary>For a default, what sets it ("set X"); for a limitation, what the library does and where its source shows it.</summary>
    public string? Note { get; }

    public Setting Setting { get; }
    public object Value { get; }
    public Location Location { get; }
    public FactOrigin Origin { get; }
    /// <summary>How the code at <see cref="Location"/> can be rewritten to another value.</summary>
    public FixSite Fix { get; }

    public string? AsString => Value as string;
    public bool? AsBool => Value as bool?;
}
