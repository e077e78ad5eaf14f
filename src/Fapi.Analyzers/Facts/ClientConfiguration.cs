using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Fapi.Analyzers.Facts;

/// <summary>
/// Everything known about one configured client (or server): single-valued facts, collection elements,
/// and the settings that were written with a value the engine could not resolve (never guessed, never reported).
/// </summary>
public sealed class ClientConfiguration
{
    private readonly Dictionary<Setting, Fact> _values = new();
    private readonly Dictionary<Setting, List<Fact>> _elements = new();
    private readonly HashSet<Setting> _unknown = new();
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

    /// <summary>Replaces a whole collection (a new collection assigned, or a builder that resets it).</summary>
    public void ClearElements(Setting setting)
    {
        _elements.Remove(setting);
        _unknown.Remove(setting);
    }
}
