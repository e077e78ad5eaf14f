using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Facts;

/// <summary>
/// Everything known about one configured client, server or relying party: single-valued facts, collection elements,
/// the settings written with a value the engine could not resolve (never guessed, never reported), and the values
/// written on some paths only (under a condition), which rules judge one by one where they are written.
/// </summary>
public sealed class ClientConfiguration
{
    // Sized for a configuration with its library's defaults: growing it was a measurable share of a keystroke.
    private readonly Dictionary<Setting, Fact> _values = new(32);
    private readonly Dictionary<Setting, List<Fact>> _elements = new();
    private readonly HashSet<Setting> _unknown = new();
    private List<ConditionalWrite>? _conditional;
    private readonly Func<Setting, FixSite> _fixForMissing;

    public ClientConfiguration(ConfigurationKind kind, Location anchor, Func<Setting, FixSite> fixForMissing)
    {
        Kind = kind;
        Anchor = anchor;
        _fixForMissing = fixForMissing;
    }

    public ConfigurationKind Kind { get; }

    /// <summary>The library whose API wrote this configuration (bindings' name), for matching clients to their host.</summary>
    public string? Library { get; set; }

    /// <summary>The name that creates the configuration: where diagnostics about defaults and missing settings go.</summary>
    public Location Anchor { get; }

    /// <summary>The server configuration found in the same compilation, when there is exactly one.</summary>
    public ClientConfiguration? Server { get; set; }

    /// <summary>The client's name (ClientId) where the code states it, for messages.</summary>
    public string? Name { get; set; }

    /// <summary>Values written under a condition: each is one path's value, reported where it is written.</summary>
    public IReadOnlyList<ConditionalWrite> ConditionalWrites => (IReadOnlyList<ConditionalWrite>?)_conditional ?? Array.Empty<ConditionalWrite>();

    /// <summary>Every single-valued fact, for merging configurations of one options object.</summary>
    public IEnumerable<Fact> Values => _values.Values;

    /// <summary>Every setting written with a value the engine could not resolve.</summary>
    public IEnumerable<Setting> UnknownSettings => _unknown;

    /// <summary>The collection settings that have elements.</summary>
    public IEnumerable<Setting> ElementSettings => _elements.Keys;

    public Fact? Get(Setting setting) => _values.TryGetValue(setting, out var fact) ? fact : null;

    public IReadOnlyList<Fact> Elements(Setting setting)
        => _elements.TryGetValue(setting, out var list) ? list : Array.Empty<Fact>();

    /// <summary>True when code wrote the setting (or an element of it) with a value that could not be resolved.</summary>
    public bool IsUnknown(Setting setting) => _unknown.Contains(setting);

    public bool HasElement(Setting setting, string value)
    {
        foreach (var fact in Elements(setting))
        {
            if (string.Equals(fact.AsString, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How a code fix can add <paramref name="setting"/> where it is missing.</summary>
    public FixSite FixForMissing(Setting setting) => _fixForMissing(setting);

    public void Set(Fact fact)
    {
        _values[fact.Setting] = fact;
        _unknown.Remove(fact.Setting);
    }

    public void SetUnknown(Setting setting)
    {
        _values.Remove(setting);
        _unknown.Add(setting);
    }

    public void AddElement(Fact fact)
    {
        if (!_elements.TryGetValue(fact.Setting, out var list))
        {
            list = new List<Fact>();
            _elements.Add(fact.Setting, list);
        }

        list.Add(fact);
    }

    public void AddUnknownElement(Setting setting) => _unknown.Add(setting);

    public void RemoveElement(Setting setting, string value)
    {
        if (_elements.TryGetValue(setting, out var list))
        {
            list.RemoveAll(f => string.Equals(f.AsString, value, StringComparison.Ordinal));
        }
    }

    /// <summary>Drops the library's default elements of a collection (code added an element that supersedes them).</summary>
    public void RemoveDefaultElements(Setting setting)
    {
        if (_elements.TryGetValue(setting, out var list))
        {
            // The model's defaults sit on the anchor; an omitted argument's default sits on its own call and stays.
            list.RemoveAll(f => f.Origin == FactOrigin.LibraryDefault && f.Location.Equals(Anchor));
        }
    }

    /// <summary>Replaces a whole collection (a new collection assigned, or a builder that resets it).</summary>
    public void ClearElements(Setting setting)
    {
        _elements.Remove(setting);
        _unknown.Remove(setting);
    }

    private readonly HashSet<Setting> _replaced = new();

    /// <summary>Collections the code assigned anew on every path (what other code wrote before no longer counts).</summary>
    public IReadOnlyCollection<Setting> Replaced => _replaced;

    /// <summary>Records that the code assigned <paramref name="setting"/> anew on every path.</summary>
    public void MarkReplaced(Setting setting) => _replaced.Add(setting);

    /// <summary>A value written on some paths only: the setting is unknown, and the value is judged where it is written.</summary>
    public void SetConditional(Fact fact)
    {
        SetUnknown(fact.Setting);
        (_conditional ??= new List<ConditionalWrite>()).Add(new ConditionalWrite(fact, isElement: false));
    }

    /// <summary>Drops the conditional writes of a setting that a later writer elsewhere decides on every path.</summary>
    public void RemoveConditionalWrites(Setting setting) => _conditional?.RemoveAll(w => w.Fact.Setting == setting);

    /// <summary>An element added on some paths only: the collection is incomplete, and the element is judged where it is written.</summary>
    /// <param name="replaces">The element belongs to a value that replaces the collection on its path: the path holds
    /// that value's elements only.</param>
    public void AddConditionalElement(Fact fact, bool replaces = false)
    {
        AddUnknownElement(fact.Setting);
        (_conditional ??= new List<ConditionalWrite>()).Add(new ConditionalWrite(fact, isElement: true, replaces));
    }

    /// <summary>Code the engine cannot follow may have changed anything: every setting becomes unknown.</summary>
    public void ForgetAll()
    {
        _values.Clear();
        _elements.Clear();
        foreach (Setting setting in Enum.GetValues(typeof(Setting)))
        {
            _unknown.Add(setting);
        }
    }

    /// <summary>This configuration on the path where <paramref name="write"/> happens.</summary>
    public ClientConfiguration WithPath(ConditionalWrite write)
    {
        var copy = Copy();
        if (write.Replaces)
        {
            // The path's collection is the value written there, every element of it.
            copy.ClearElements(write.Fact.Setting);
            foreach (var other in _conditional!)
            {
                if (other.Replaces && other.Fact.Setting == write.Fact.Setting && other.Fact.Location.Equals(write.Fact.Location))
                {
                    copy.AddElement(other.Fact);
                }
            }
        }
        else if (write.IsElement)
        {
            copy.AddElement(write.Fact);
        }
        else
        {
            copy.Set(write.Fact);
        }

        return copy;
    }

    /// <summary>The same facts, elements and unknowns (not the conditional writes), to be changed apart from this one.</summary>
    public ClientConfiguration Copy()
    {
        var copy = new ClientConfiguration(Kind, Anchor, _fixForMissing) { Library = Library, Server = Server, Name = Name };
        foreach (var pair in _values)
        {
            copy._values.Add(pair.Key, pair.Value);
        }

        foreach (var pair in _elements)
        {
            copy._elements.Add(pair.Key, new List<Fact>(pair.Value));
        }

        copy._unknown.UnionWith(_unknown);
        return copy;
    }
}

/// <summary>A value written under a condition (if, switch, ternary, loop, try).</summary>
public readonly struct ConditionalWrite
{
    public ConditionalWrite(Fact fact, bool isElement, bool replaces = false)
    {
        Fact = fact;
        IsElement = isElement;
        Replaces = replaces;
    }

    public Fact Fact { get; }
    public bool IsElement { get; }

    /// <summary>True for an element of a value that replaces the whole collection on its path (one response type).</summary>
    public bool Replaces { get; }
}
