using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Facts;

/// <summary>
/// One configured value: what it is, where a diagnostic about it belongs, and whether it was written or defaulted.
/// <see cref="Value"/> is a string, bool or number; an unresolvable value never becomes a fact.
/// </summary>
public sealed class Fact
{
    private readonly System.Func<Setting, string, string?>? _describe;
    private readonly string? _whose;
    private string? _note;

    /// <summary>The note of a fact read from evidence (a client assertion written in an event): it decides over property writes in every registration.</summary>
    public const string EvidenceNote = "evidence";

    public Fact(Setting setting, object value, Location location, FactOrigin origin, FixSite fix, string? note = null)
    {
        Setting = setting;
        Value = value;
        Location = location;
        Origin = origin;
        Fix = fix;
        _note = note;
    }

    /// <summary>A default whose note ("whose default; what sets it") is written only when a diagnostic needs it.</summary>
    public Fact(Setting setting, object value, Location location, FactOrigin origin, FixSite fix, string whose, System.Func<Setting, string, string?> describe)
        : this(setting, value, location, origin, fix)
    {
        _whose = whose;
        _describe = describe;
    }

    /// <summary>For a default, whose default it is and what sets it instead; for a limitation, what the library does and where its source shows it.</summary>
    public string? Note => _note ??= _describe?.Invoke(Setting, _whose!);

    public Setting Setting { get; }
    public object Value { get; }
    public Location Location { get; }
    public FactOrigin Origin { get; }
    /// <summary>How the code at <see cref="Location"/> can be rewritten to another value.</summary>
    public FixSite Fix { get; }

    public string? AsString => Value as string;
    public bool? AsBool => Value as bool?;
}
