using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Facts;

/// <summary>
/// One configured value: what it is, where a diagnostic about it belongs, and whether it was written or defaulted.
/// <see cref="Value"/> is a string, bool or number; an unresolvable value never becomes a fact.
/// </summary>
public sealed class Fact
{
    public Fact(Setting setting, object value, Location location, FactOrigin origin, FixSite fix)
    {
        Setting = setting;
        Value = value;
        Location = location;
        Origin = origin;
        Fix = fix;
    }

    public Setting Setting { get; }
    public object Value { get; }
    public Location Location { get; }
    public FactOrigin Origin { get; }
    /// <summary>How the code at <see cref="Location"/> can be rewritten to another value.</summary>
    public FixSite Fix { get; }

    public string? AsString => Value as string;
    public bool? AsBool => Value as bool?;
}
